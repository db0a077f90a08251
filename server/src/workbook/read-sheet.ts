import type { Row } from 'exceljs';
import type { Finding } from '../domain/finding';
import { toCellValue } from './cell-value';
import { bilingual, compactName, eitherName, headerIndex } from './header-match';
import type { CellValue, ReadTable, SheetSpec, TableRow } from './read-workbook';
import type { StreamSheet } from './workbook-parts';

/** Title rows (often merged) may sit above the header; beyond this many rows we stop looking. */
const HEADER_SEARCH_ROWS = 10;
const MIN_KNOWN_HEADERS = 2;

interface Layout {
  headerRow: number;
  columns: { key: string; col: number }[];
  headers: Record<string, string>;
  duplicates: { col: number; text: string }[];
}

export interface SheetResult {
  table: ReadTable | undefined;
  findings: Finding[];
}

/** Finds the header row, then reads every later row that is not blank. */
export async function readSheet(
  sheet: StreamSheet,
  spec: SheetSpec,
  date1904: boolean,
): Promise<SheetResult> {
  const index = headerIndex(spec.columns);
  let layout: Layout | undefined;
  const rows: TableRow[] = [];

  for await (const row of sheet) {
    if (layout) {
      const cells = readCells(row, layout, date1904);
      if (cells) rows.push({ row: row.number, cells });
    } else if (row.number <= HEADER_SEARCH_ROWS) {
      layout = findHeader(row, index);
    } else {
      break;
    }
  }

  if (!layout) return { table: undefined, findings: [headerNotFound(sheet.name, spec)] };
  const table = { sheet: sheet.name, headerRow: layout.headerRow, headers: layout.headers, rows };
  return { table, findings: headerFindings(table, layout, spec) };
}

function findHeader(row: Row, index: Map<string, string>): Layout | undefined {
  const layout: Layout = { headerRow: row.number, columns: [], headers: {}, duplicates: [] };
  row.eachCell((cell, col) => {
    const value = toCellValue(cell, false).value;
    if (value === null) return;
    const text = String(value).trim();
    const key = index.get(compactName(text));
    if (key === undefined) return;
    if (key in layout.headers) layout.duplicates.push({ col, text });
    else {
      layout.headers[key] = text;
      layout.columns.push({ key, col });
    }
  });
  return layout.columns.length >= MIN_KNOWN_HEADERS ? layout : undefined;
}

/** The row's known cells, or undefined when all of them are empty (a blank row is skipped). */
function readCells(
  row: Row,
  layout: Layout,
  date1904: boolean,
): Record<string, CellValue> | undefined {
  const cells: Record<string, CellValue> = {};
  let blank = true;
  for (const { key, col } of layout.columns) {
    const value = toCellValue(row.findCell(col), date1904);
    cells[key] = value;
    if (!isEmpty(value)) blank = false;
  }
  return blank ? undefined : cells;
}

function isEmpty(cell: CellValue): boolean {
  if (cell.error !== undefined) return false;
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

function headerFindings(table: ReadTable, layout: Layout, spec: SheetSpec): Finding[] {
  const missing = spec.columns
    .filter((column) => column.required && !(column.key in layout.headers))
    .map((column) => ({
      sheet: table.sheet,
      row: table.headerRow,
      column: bilingual(column),
      code: 'MISSING_COLUMN',
      severity: 'BLOCK' as const,
      message: `The header row has no column ${eitherName(column)}: add it.`,
    }));
  const duplicates = layout.duplicates.map(({ text }) => ({
    sheet: table.sheet,
    row: table.headerRow,
    column: text,
    code: 'DUPLICATE_COLUMN',
    severity: 'BLOCK' as const,
    message: `Two columns are headed "${text}" and only the first is read: delete or rename one.`,
  }));
  return [...missing, ...duplicates];
}

function headerNotFound(sheetName: string, spec: SheetSpec): Finding {
  const examples = spec.columns.slice(0, 3).map(bilingual).join('", "');
  return {
    sheet: sheetName,
    code: 'HEADER_NOT_FOUND',
    severity: 'BLOCK',
    message: `No header row in the first ${HEADER_SEARCH_ROWS} rows: put the column headers ("${examples}", …) in one row above the data.`,
  };
}
