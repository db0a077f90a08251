import { parse } from 'csv-parse/sync';

import type { Finding } from '../../domain/finding';
import { bilingual, compactName, headerIndex } from '../../workbook/header-match';
import type { CellValue, ReadTable, SheetSpec, TableRow } from '../../workbook/read-workbook';

export interface CsvTable {
  table: ReadTable | undefined;
  findings: Finding[];
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * A CSV file as the table the workbook reader would give for the same sheet: header in the first
 * record, known columns only, blank records skipped, `row` the line a record starts on. Findings
 * name the file where a workbook finding names the sheet.
 */
export function readCsvTable(source: Buffer, fileName: string, spec: SheetSpec): CsvTable {
  const text = decode(source);
  if (text === undefined) return { table: undefined, findings: [notText(fileName)] };

  let records: CsvRecord[];
  try {
    const options = { bom: true, info: true, skip_empty_lines: true, relax_column_count: true };
    // One kind of line break, so csv-parse counts lines the way an editor numbers them.
    records = parse(text.replace(/\r\n?/g, '\n'), options) as unknown as CsvRecord[];
  } catch (error) {
    return { table: undefined, findings: [unparseable(fileName, error)] };
  }
  if (records.length === 0) return { table: undefined, findings: [] };

  const [header, ...data] = records;
  const columns = matchColumns(header.record, spec);
  const table: ReadTable = {
    sheet: fileName,
    headerRow: 1,
    headers: Object.fromEntries(columns.map(({ key, text: name }) => [key, name])),
    rows: data.flatMap((record) => toRow(record, columns)),
  };
  return { table, findings: missingColumns(table, spec) };
}

/**
 * UTF-8 with or without a BOM; failing that, GB18030, which Excel on Chinese Windows writes for
 * "CSV (逗号分隔)". Undefined when neither decodes.
 */
function decode(source: Buffer): string | undefined {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(source);
    } catch {
      // try the next encoding
    }
  }
  return undefined;
}

interface CsvColumn {
  key: string;
  text: string;
  index: number;
}

function matchColumns(header: string[], spec: SheetSpec): CsvColumn[] {
  const index = headerIndex(spec.columns);
  const columns: CsvColumn[] = [];
  header.forEach((raw, position) => {
    const text = raw.trim();
    const key = index.get(compactName(text));
    // A repeated header is read from its first column, as the workbook reader does.
    if (key !== undefined && !columns.some((column) => column.key === key)) {
      columns.push({ key, text, index: position });
    }
  });
  return columns;
}

function toRow({ record, info }: CsvRecord, columns: CsvColumn[]): TableRow[] {
  const cells: Record<string, CellValue> = {};
  for (const { key, index } of columns) {
    cells[key] = { value: record[index] ?? null, percent: false };
  }
  const blank = Object.values(cells).every(({ value }) => String(value ?? '').trim() === '');
  if (blank) return [];
  // info.lines is the line a record ends on; quoted line breaks push it past the start.
  const breaks = record.join('').split('\n').length - 1;
  return [{ row: info.lines - breaks, cells }];
}

function missingColumns(table: ReadTable, spec: SheetSpec): Finding[] {
  return spec.columns
    .filter((column) => column.required && !(column.key in table.headers))
    .map((column) => ({
      sheet: table.sheet,
      row: 1,
      column: bilingual(column),
      code: 'MISSING_COLUMN',
      severity: 'BLOCK' as const,
      message: `The header line has no column "${column.zh}" or "${column.en}": add it.`,
    }));
}

function notText(fileName: string): Finding {
  return {
    sheet: fileName,
    code: 'UNREADABLE_CSV',
    severity: 'BLOCK',
    message: 'The file is not UTF-8 or GB18030 text: save it from Excel as "CSV UTF-8 (逗号分隔)".',
  };
}

function unparseable(fileName: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    sheet: fileName,
    code: 'UNREADABLE_CSV',
    severity: 'BLOCK',
    message: `The file could not be read as CSV (${reason}): check for an unclosed quote.`,
  };
}
