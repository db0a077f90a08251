import type { CellValue, PricedLine } from '../api/api-types';
import type { Language, MedPromoApi } from '../api/medpromo-api';
import { findSheets, runExcel, selectedRow } from '../excel/host';
import { readSheetTable } from '../excel/read-sheet-table';
import type { ColumnKind, SheetTable } from '../excel/sheet-table';
import { writeColumns } from '../excel/write-columns';
import { PaneError } from '../i18n/error-text';
import { toSheetRows } from './plan-tables';

/** Sheet 订单行 Lines of SPEC §3.3, under either language's name and headers. */
const LINES_SHEET = ['订单行', 'Lines'];
const DATE_HEADERS = ['定价日期', 'PricingDate', '效期', 'Expiry'];
const ORDER_NO = ['订单号', 'OrderNo'];
const LINE_NO = ['行号', 'LineNo'];

/** The result columns written beside the lines, in the pane's language. */
export const RESULT_HEADERS: Record<Language, string[]> = {
  'zh-CN': ['标价', '毛额', '折扣额', '净额', '净单价', '应用规则', '定价问题'],
  en: ['ListPrice', 'Gross', 'Discount', 'Net', 'NetUnitPrice', 'AppliedRules', 'PriceFindings'],
};
const RESULT_KINDS: ColumnKind[] = ['money', 'money', 'money', 'money', 'money', 'text', 'text'];
const ALL_RESULT_HEADERS = new Set(Object.values(RESULT_HEADERS).flat());

export interface SimulateOutcome {
  sheet: string;
  /** Excel row -> its priced line, for "why this price". */
  lines: Map<number, PricedLine>;
  plans: { plan: string; version: number }[];
}

/**
 * Prices the Lines sheet (with named versions, or those in force) and writes the results in
 * columns beside the lines, replacing an earlier simulation's; the planner's cells stay as typed.
 */
export async function simulateLines(
  api: MedPromoApi,
  language: Language,
  plans: string[],
): Promise<SimulateOutcome> {
  const table = await runExcel(readLines);
  const width = inputWidth(table);
  const input = { ...table, header: table.header.slice(0, width) };
  input.rows = table.rows.map((row) => row.slice(0, width));

  const result = await api.priceRows([toSheetRows(input)], plans);
  const lines = matchLines(input, result.lines);
  const rows = table.rows.map((_, i) => resultCells(lines.get(table.firstRow + i)));
  await runExcel((context) =>
    writeColumns(context, {
      sheet: table.sheet,
      top: table.firstRow - 2,
      left: table.firstColumn + width,
      header: RESULT_HEADERS[language],
      kinds: RESULT_KINDS,
      rows,
    }),
  );
  return { sheet: table.sheet, lines, plans: result.plans };
}

async function readLines(context: Excel.RequestContext): Promise<SheetTable> {
  const [name] = await findSheets(context, [LINES_SHEET]);
  if (!name) throw new PaneError('NO_LINES_SHEET');
  return readSheetTable(context, name, { needsFormat: (h) => DATE_HEADERS.includes(h) });
}

/** The planner's columns: up to an earlier simulation's results or the last header. */
function inputWidth(table: SheetTable): number {
  const firstResult = table.header.findIndex((header) => ALL_RESULT_HEADERS.has(header));
  if (firstResult >= 0) return firstResult;
  let width = table.header.length;
  while (width > 0 && table.header[width - 1] === '') width -= 1;
  return width;
}

/** Lines come back by order and line number (the server refuses duplicates). */
function matchLines(table: SheetTable, priced: PricedLine[]): Map<number, PricedLine> {
  const byKey = new Map(priced.map((line) => [`${line.orderNo}\u0000${line.lineNo}`, line]));
  const order = table.header.findIndex((header) => ORDER_NO.includes(header));
  const lineNo = table.header.findIndex((header) => LINE_NO.includes(header));
  const lines = new Map<number, PricedLine>();
  if (order < 0 || lineNo < 0) return lines;
  table.rows.forEach((cells, i) => {
    const key = `${String(cells[order] ?? '').trim()}\u0000${Number(cells[lineNo])}`;
    const line = byKey.get(key);
    if (line) lines.set(table.firstRow + i, line);
  });
  return lines;
}

function resultCells(line: PricedLine | undefined): CellValue[] {
  if (!line) return RESULT_KINDS.map(() => null);
  const money = (amount: string | null) => (amount === null ? null : Number(amount));
  return [
    money(line.listUnitPrice),
    money(line.grossAmount),
    money(line.discountAmount),
    money(line.netAmount),
    money(line.netUnitPrice),
    line.applied.map((rule) => `${rule.plan}@${rule.version}/${rule.rule}`).join(', ') || null,
    line.findings.map((finding) => finding.code).join(', ') || null,
  ];
}

/** The priced line under the active cell, if it is on the simulated Lines sheet. */
export async function selectedLine(outcome: SimulateOutcome): Promise<{
  row: number;
  line: PricedLine;
} | null> {
  const selected = await runExcel(selectedRow);
  if (!selected || selected.sheet !== outcome.sheet) return null;
  const line = outcome.lines.get(selected.row);
  return line ? { row: selected.row, line } : null;
}
