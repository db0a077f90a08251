import { type SheetCell, writeSheets } from '../../../server/src/demo/sheet-writer';

export { excelDate } from '../../../server/src/demo/sheet-writer';
export type FixtureCell = SheetCell;

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
}

/** An .xlsx file (in memory) with the given sheets; the first row of each is its header. */
export function buildWorkbook(sheets: FixtureSheet[]): Promise<Buffer> {
  return writeSheets(sheets);
}
