import { extname } from 'node:path';

import type { Finding } from '../../domain/finding';
import { RowReader } from '../../master/master-workbook/row-reader';
import { readWorkbook, type ReadTable } from '../../workbook/read-workbook';
import { readCsvTable } from './csv-table';
import { LINES_SHEET, parseLineRow } from './lines-sheet';
import { duplicateLines, inconsistentOrders, lineReporter } from './order-checks';
import type { OrderLineInput } from './order-line-input';

export interface OrderLinesResult {
  /** Only lines without a BLOCK finding. */
  lines: OrderLineInput[];
  findings: Finding[];
}

const ZIP_MAGIC = 'PK';

/**
 * Reads an order-lines file (SPEC 3.3): an .xlsx workbook with sheet 订单行 Lines, or a .csv with
 * the same headers. Whether SKUs, hospitals and distributors exist is the caller's check.
 */
export async function parseOrderLines(source: Buffer, fileName: string): Promise<OrderLinesResult> {
  const read = await readTable(source, fileName);
  if (!read.table || !hasRequiredColumns(read.table)) return { lines: [], findings: read.findings };
  const { table, date1904 } = read;

  const findings = [...read.findings];
  const parsed: OrderLineInput[] = [];
  for (const tableRow of table.rows) {
    const reader = new RowReader(table, tableRow, LINES_SHEET.columns);
    const line = parseLineRow(reader, date1904);
    findings.push(...reader.findings);
    if (line) parsed.push(line);
  }

  const report = lineReporter(table, LINES_SHEET.columns);
  const checks = [...duplicateLines(parsed, report), ...inconsistentOrders(parsed, report)];
  const refused = new Set(checks.map((finding) => finding.row));
  const lines = parsed.filter((line) => !refused.has(line.row));
  return { lines, findings: [...findings, ...checks].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

interface LinesTable {
  table: ReadTable | undefined;
  findings: Finding[];
  date1904: boolean;
}

async function readTable(source: Buffer, fileName: string): Promise<LinesTable> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv')
    return { ...readCsvTable(source, fileName, LINES_SHEET), date1904: false };
  const isZip = source.subarray(0, 2).toString('latin1') === ZIP_MAGIC;
  if (extension === '.xlsx' || extension === '.xlsm' || isZip) {
    const read = await readWorkbook(source, [LINES_SHEET]);
    return { table: read.tables.lines, findings: read.findings, date1904: read.date1904 };
  }
  return { table: undefined, findings: [unsupported(fileName)], date1904: false };
}

function hasRequiredColumns(table: ReadTable): boolean {
  return LINES_SHEET.columns.every((column) => !column.required || column.key in table.headers);
}

function unsupported(fileName: string): Finding {
  return {
    sheet: fileName,
    code: 'UNSUPPORTED_FILE',
    severity: 'BLOCK',
    message: `${fileName} is neither an .xlsx workbook nor a .csv file: save it from Excel as "Excel Workbook (*.xlsx)" or "CSV UTF-8".`,
  };
}
