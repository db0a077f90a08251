import { PassThrough } from 'node:stream';
import { stream } from 'exceljs';
import type { Finding } from '../domain/finding';
import { bilingual, matchSheet } from './header-match';
import { readSheet, type StreamSheet } from './read-sheet';

/**
 * A column a sheet may carry; `required` columns missing from the header row are a finding.
 * `aliases` are further accepted header texts (matched like zh and en).
 */
export interface ColumnDef {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
  aliases?: string[];
}
export interface SheetSpec {
  key: string;
  zh: string;
  en: string;
  columns: ColumnDef[];
  required: boolean;
}
/** A cell's displayed meaning. Dates are UTC Dates holding the wall-clock date and time. */
export interface CellValue {
  value: string | number | boolean | Date | null;
  percent: boolean;
  error?: string;
}
/** `row` is the Excel row number; `cells` has an entry for every known column in the header. */
export interface TableRow {
  row: number;
  cells: Record<string, CellValue>;
}
/** `headers[key]` is the header text as found, which findings use as their `column`. */
export interface ReadTable {
  sheet: string;
  headerRow: number;
  headers: Record<string, string>;
  rows: TableRow[];
}
export interface WorkbookTables {
  tables: Record<string, ReadTable | undefined>;
  findings: Finding[];
  date1904: boolean;
}

/** Styles are cached because percent and date formats change a number's meaning. */
const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

type Reader = InstanceType<typeof stream.xlsx.WorkbookReader>;

/**
 * Reads the sheets named by `specs` with ExcelJS's streaming reader (the in-memory reader is too
 * slow for 50,000-row rule grids). Sheets that match no spec are read past and ignored.
 */
export async function readWorkbook(
  source: Buffer | string,
  specs: SheetSpec[],
): Promise<WorkbookTables> {
  const reader = new stream.xlsx.WorkbookReader(toStream(source), READER_OPTIONS);
  const tables: Record<string, ReadTable | undefined> = {};
  const findings: Finding[] = [];

  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as StreamSheet;
      const spec = matchSheet(sheet.name, specs);
      const wanted = spec !== undefined && !(spec.key in tables);
      const result = await readSheet(sheet, wanted ? spec : undefined, () => isDate1904(reader));
      if (!wanted) continue;
      tables[spec.key] = result.table;
      findings.push(...result.findings);
    }
  } catch (error) {
    return { tables: {}, findings: [unreadable(error)], date1904: false };
  }

  findings.push(...missingSheets(specs, tables));
  return { tables, findings, date1904: isDate1904(reader) };
}

function toStream(source: Buffer | string): string | PassThrough {
  if (typeof source === 'string') return source;
  const input = new PassThrough();
  input.end(source);
  return input;
}

/**
 * ExcelJS keeps the parsed <workbookPr> on the reader (not in its typings). It recognises only
 * date1904="1", which Excel writes; LibreOffice's "true" is missed (ExcelJS 4.4).
 */
function isDate1904(reader: Reader): boolean {
  const parsed = reader as unknown as { properties?: { model?: { date1904?: boolean } } };
  return parsed.properties?.model?.date1904 === true;
}

function missingSheets(specs: SheetSpec[], tables: Record<string, unknown>): Finding[] {
  return specs
    .filter((spec) => spec.required && !(spec.key in tables))
    .map((spec) => ({
      sheet: bilingual(spec),
      code: 'MISSING_SHEET',
      severity: 'BLOCK' as const,
      message: `The workbook has no sheet named "${spec.zh}", "${spec.en}" or "${bilingual(spec)}": add it, or rename the sheet that holds this table.`,
    }));
}

function unreadable(error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'UNREADABLE_WORKBOOK',
    severity: 'BLOCK',
    message: `The file could not be read as an .xlsx workbook (${reason}): save it from Excel as "Excel Workbook (*.xlsx)" and try again.`,
  };
}
