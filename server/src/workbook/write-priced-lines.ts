/**
 * The priced order lines as a workbook (SPEC 3.3 output): sheet 定价结果 Priced, one row per line,
 * and sheet 追溯 Trace, one row per trace entry, each Priced row linking to its line's first entry.
 * Written with the streaming writer because a priced order book can run to a million lines.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';

/** A priced line as the engine's JSON adapter hands it over. Money is a decimal string. */
export interface PricedLineJson {
  orderNo: string;
  lineNo: number;
  sku: string;
  qty: number;
  listUnitPrice: string;
  grossAmount: string;
  discountAmount: string;
  netAmount: string;
  netUnitPrice: string;
  applied: { plan: string; version: number; rule: string; amount: string; truncated: boolean }[];
  freeGoods: { sku: string; qty: number; rule: string }[];
  findings: { code: string; severity: string; message: string }[];
  trace: { message: string }[];
  /** PRICED, REFUSED (a BLOCK compliance guard) or UNPRICED; absent is shown as empty. */
  status?: string;
}

export const PRICED_SHEET = '定价结果 Priced';
export const TRACE_SHEET = '追溯 Trace';

const MONEY = '#,##0.00';
// Net unit prices may carry more than 2 decimals (a net amount spread over the quantity).
const UNIT_PRICE = '#,##0.00##';
// Text format: Excel keeps "=…", "+…", "-…", "@…" typed into or re-entered in these cells as text.
const TEXT = '@';
const INTEGER = '0';

type Kind = 'text' | 'integer' | 'money' | 'unitPrice' | 'link';
interface OutColumn {
  header: string;
  kind: Kind;
  width: number;
}

const PRICED_COLUMNS: OutColumn[] = [
  { header: '订单号 OrderNo', kind: 'text', width: 16 },
  { header: '行号 LineNo', kind: 'integer', width: 10 },
  { header: 'SKU', kind: 'text', width: 16 },
  { header: '数量 Qty', kind: 'integer', width: 10 },
  { header: '目录单价 ListUnitPrice', kind: 'unitPrice', width: 16 },
  { header: '金额 Gross', kind: 'money', width: 14 },
  { header: '折扣 Discount', kind: 'money', width: 14 },
  { header: '净额 Net', kind: 'money', width: 14 },
  { header: '净单价 NetUnitPrice', kind: 'unitPrice', width: 16 },
  { header: '适用规则 Applied', kind: 'text', width: 40 },
  { header: '赠品 FreeGoods', kind: 'text', width: 24 },
  { header: '发现 Findings', kind: 'text', width: 40 },
  { header: '追溯 Trace', kind: 'link', width: 12 },
  { header: '状态 Status', kind: 'text', width: 12 },
];

const TRACE_COLUMNS: OutColumn[] = [
  { header: '订单号 OrderNo', kind: 'text', width: 16 },
  { header: '行号 LineNo', kind: 'integer', width: 10 },
  { header: '步骤 Step', kind: 'integer', width: 8 },
  { header: '说明 Message', kind: 'text', width: 100 },
];

const FORMATS: Record<Kind, string | undefined> = {
  text: TEXT,
  integer: INTEGER,
  money: MONEY,
  unitPrice: UNIT_PRICE,
  link: undefined,
};

type OutValue = string | number | null | { formula: string; result: string };

/** Writes both sheets to `path`; resolves when the file is complete. */
export async function writePricedLinesWorkbook(
  path: string,
  lines: PricedLineJson[],
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });

  const priced = addSheet(workbook, PRICED_SHEET, PRICED_COLUMNS);
  // Trace rows start under the header; each line's block starts after the previous blocks.
  let nextTraceRow = 2;
  for (const line of lines) {
    writeRow(priced, PRICED_COLUMNS, pricedValues(line, nextTraceRow));
    nextTraceRow += line.trace.length;
  }
  priced.commit();

  const trace = addSheet(workbook, TRACE_SHEET, TRACE_COLUMNS);
  for (const line of lines) {
    line.trace.forEach((entry, index) => {
      writeRow(trace, TRACE_COLUMNS, [line.orderNo, line.lineNo, index + 1, entry.message]);
    });
  }
  trace.commit();

  await workbook.commit();
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: OutColumn[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  return sheet;
}

function writeRow(sheet: ExcelJS.Worksheet, columns: OutColumn[], values: OutValue[]): void {
  const row = sheet.addRow(values);
  columns.forEach((column, index) => {
    const format = FORMATS[column.kind];
    if (format) row.getCell(index + 1).numFmt = format;
  });
  row.commit();
}

function pricedValues(line: PricedLineJson, firstTraceRow: number): OutValue[] {
  return [
    line.orderNo,
    line.lineNo,
    line.sku,
    line.qty,
    moneyNumber(line.listUnitPrice),
    moneyNumber(line.grossAmount),
    moneyNumber(line.discountAmount),
    moneyNumber(line.netAmount),
    moneyNumber(line.netUnitPrice),
    appliedText(line.applied),
    freeGoodsText(line.freeGoods),
    findingsText(line.findings),
    line.trace.length > 0 ? traceLink(firstTraceRow) : null,
    line.status ?? null,
  ];
}

/** A decimal string as a number for Excel to format; empty or malformed (a line with no price) stays empty. */
function moneyNumber(text: string): number | null {
  if (text.trim() === '') return null;
  try {
    return new Decimal(text).toNumber();
  } catch {
    return null;
  }
}

/** "ZJ-2026@3/R01 −120.00; Q4-2026@1/R07 −35.50 (截断 truncated)" */
export function appliedText(applied: PricedLineJson['applied']): string {
  return applied
    .map((entry) => {
      const amount = `−${formatAmount(entry.amount)}`;
      const truncated = entry.truncated ? ' (截断 truncated)' : '';
      return `${entry.plan}@${entry.version}/${entry.rule} ${amount}${truncated}`;
    })
    .join('; ');
}

function formatAmount(text: string): string {
  try {
    return new Decimal(text).abs().toFixed(2);
  } catch {
    return text;
  }
}

function freeGoodsText(freeGoods: PricedLineJson['freeGoods']): string {
  return freeGoods.map((entry) => `${entry.sku} ×${entry.qty} (${entry.rule})`).join('; ');
}

function findingsText(findings: PricedLineJson['findings']): string {
  return findings.map((entry) => `[${entry.severity}] ${entry.code}: ${entry.message}`).join('; ');
}

/** A HYPERLINK formula: the streaming writer can only emit external hyperlink relationships. */
function traceLink(row: number): OutValue {
  const target = `#'${TRACE_SHEET}'!A${row}`;
  const label = `→ ${row}`;
  return { formula: `HYPERLINK("${target}","${label}")`, result: label };
}
