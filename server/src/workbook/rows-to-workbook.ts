import { Workbook } from 'exceljs';

/** Sheet rows as the Excel add-in reads them: a header and rows, with their Excel row numbers. */
export interface SheetRows {
  name: string;
  header: string[];
  /** Excel row number of rows[0]; the header sits on the row above it. */
  firstRow: number;
  rows: (string | number | boolean | null)[][];
}

/** The workbook reader looks for a header in the first ten rows. */
const LAST_HEADER_ROW = 10;

/**
 * Rebuilds an .xlsx from sheet rows so the add-in's sheets go through the same reading,
 * parsing and validation as an uploaded file, and findings name the same sheet, row and column
 * the planner sees. Rows keep their Excel row numbers; strings stay strings, so text such as
 * "=HYPERLINK(…)" is never a formula and ISO dates are parsed as typed dates.
 */
export async function workbookFromRows(sheets: SheetRows[]): Promise<Buffer> {
  const workbook = new Workbook();
  for (const source of sheets) {
    const sheet = workbook.addWorksheet(source.name);
    const headerRow = Math.min(Math.max(source.firstRow - 1, 1), LAST_HEADER_ROW);
    source.header.forEach((text, c) => {
      sheet.getCell(headerRow, c + 1).value = text;
    });
    source.rows.forEach((cells, i) => {
      const row = Math.max(source.firstRow + i, headerRow + 1);
      cells.forEach((value, c) => {
        if (value !== null && value !== '') sheet.getCell(row, c + 1).value = value;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
