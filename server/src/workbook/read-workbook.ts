import type { Finding } from '../domain/finding';
import { bilingual, matchSheet } from './header-match';
import { readSheet } from './read-sheet';
import { openWorkbookParts } from './workbook-parts';

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

/**
 * Reads the sheets named by `specs`, streaming each sheet's rows through ExcelJS's worksheet
 * reader (the in-memory reader is too slow for 50,000-row rule grids). Other sheets are skipped.
 */
export async function readWorkbook(
  source: Buffer | string,
  specs: SheetSpec[],
): Promise<WorkbookTables> {
  const tables: Record<string, ReadTable | undefined> = {};
  const findings: Finding[] = [];
  let date1904 = false;
  const readFrom = new Map<string, string>();

  try {
    const parts = await openWorkbookParts(source);
    date1904 = parts.date1904;
    for (const sheet of parts.sheets) {
      const spec = matchSheet(sheet.name, specs);
      if (spec === undefined) continue;
      const first = readFrom.get(spec.key);
      if (first !== undefined) {
        findings.push(secondSheet(first, sheet.name, spec));
        continue;
      }
      readFrom.set(spec.key, sheet.name);
      const result = await readSheet(sheet.open(), spec, date1904);
      tables[spec.key] = result.table;
      findings.push(...result.findings);
    }
  } catch (error) {
    return { tables: {}, findings: [unreadable(error)], date1904: false };
  }

  findings.push(...missingSheets(specs, tables));
  return { tables, findings, date1904 };
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

/** Reading only the first would drop the second sheet's rows without a word. */
function secondSheet(first: string, name: string, spec: SheetSpec): Finding {
  return {
    sheet: name,
    code: 'DUPLICATE_SHEET',
    severity: 'BLOCK',
    message: `Both "${first}" and "${name}" hold the ${bilingual(spec)} table and only one is read: move all rows onto one sheet, and delete or rename the other.`,
  };
}

function unreadable(error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'UNREADABLE_WORKBOOK',
    severity: 'BLOCK',
    message: `The file could not be read as an .xlsx workbook (${reason}): save it from Excel as "Excel Workbook (*.xlsx)" and try again.`,
  };
}
