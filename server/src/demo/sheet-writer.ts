import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A cell as the demo writes it: a plain value, or a value with an Excel number format. */
export type SheetCell =
  string | number | boolean | Date | null | { value: number | Date; numFmt: string };

export interface SheetData {
  name: string;
  /** The first row is the header. */
  rows: SheetCell[][];
  widths?: number[];
}

const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * An .xlsx file in memory. The streaming writer is used for its fixed part order (no shared-strings
 * part, workbook part last), which ExcelJS's own streaming reader handles every time; the
 * in-memory writer orders parts by timing, and a sheet that lands after the shared strings but
 * before the workbook part makes that reader fail.
 */
export async function writeSheets(sheets: SheetData[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });

  for (const sheet of sheets) writeSheet(workbook, sheet);
  await workbook.commit();
  return Buffer.concat(chunks);
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetData): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  if (sheet.widths) worksheet.columns = sheet.widths.map((width) => ({ width }));
  sheet.rows.forEach((cells, index) => {
    const row = worksheet.addRow(cells.map(plainValue));
    if (index === 0) row.font = { bold: true };
    cells.forEach((cell, col) => {
      const format = formatOf(cell);
      if (format) row.getCell(col + 1).numFmt = format;
    });
    row.commit();
  });
  worksheet.commit();
}

function plainValue(cell: SheetCell): ExcelJS.CellValue {
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.value : cell;
}

function formatOf(cell: SheetCell): string | undefined {
  if (cell instanceof Date) return DATE_FORMAT;
  if (cell !== null && typeof cell === 'object') return cell.numFmt;
  return undefined;
}

/** A Date holding a calendar date as Excel stores it: UTC midnight of that date. */
export function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
