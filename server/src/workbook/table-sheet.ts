/**
 * A plain output table on a streaming workbook: bold frozen header with a filter, one number
 * format per column, and flagged rows filled (the flag column stronger). Numbers are numbers;
 * percent points are stored as fractions under a percent format.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';

type Kind = 'text' | 'money' | 'percent' | 'integer';
type Value = string | number | null;

export interface OutColumn<T> {
  header: string;
  kind: Kind;
  width: number;
  value(row: T): Value;
}

const FORMATS: Record<Kind, string> = {
  text: '@',
  money: '#,##0.00',
  percent: '0.00%',
  integer: '0',
};

/** Light amber behind a flagged row, a stronger amber on its flag cell. */
const FLAG_ROW_FILL = 'FFFFF2CC';
const FLAG_CELL_FILL = 'FFF4B183';

export interface SheetFlags<T> {
  isFlagged(row: T): boolean;
  /** 1-based column filled stronger on flagged rows. */
  flagColumn: number;
}

export function writeTableSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: OutColumn<T>[],
  rows: Iterable<T>,
  flags?: SheetFlags<T>,
): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed (or exported to PDF) a row stays on one page; the header repeats on every page.
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();

  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => column.value(row)));
    const flagged = flags?.isFlagged(row) ?? false;
    columns.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      cell.numFmt = FORMATS[column.kind];
      if (flagged)
        cell.fill = solid(index + 1 === flags!.flagColumn ? FLAG_CELL_FILL : FLAG_ROW_FILL);
    });
    added.commit();
  }
  sheet.commit();
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export function textColumn<T>(
  header: string,
  width: number,
  value: (row: T) => string | null,
): OutColumn<T> {
  return { header, kind: 'text', width, value };
}

export function integerColumn<T>(
  header: string,
  value: (row: T) => number,
  width = 10,
): OutColumn<T> {
  return { header, kind: 'integer', width, value };
}

/** Money as a 2-decimal string in, a number out (exact enough as a double at 2 decimals). */
export function moneyColumn<T>(header: string, value: (row: T) => string | null): OutColumn<T> {
  return {
    header,
    kind: 'money',
    width: 20,
    value: (row) => {
      const text = value(row);
      return text === null ? null : Number(text);
    },
  };
}

/** Percent points in ("8.70"), a fraction in the cell (0.087) so the % format shows 8.70%. */
export function percentColumn<T>(
  header: string,
  value: (row: T) => string | null,
  width = 18,
): OutColumn<T> {
  return {
    header,
    kind: 'percent',
    width,
    value: (row) => {
      const points = value(row);
      return points === null ? null : new Decimal(points).dividedBy(100).toNumber();
    },
  };
}
