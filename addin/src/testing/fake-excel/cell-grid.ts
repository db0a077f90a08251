import type { GridArea } from '../../excel/a1-address';
import type { CellModel, SheetModel } from './workbook-model';

/** Cell-by-cell walks over an area of a sheet model. */

export function forEachCell(area: GridArea, visit: (row: number, column: number) => void): void {
  for (let row = area.top; row < area.top + area.rowCount; row++) {
    for (let column = area.left; column < area.left + area.columnCount; column++) {
      visit(row, column);
    }
  }
}

export function mapCells<T>(
  sheet: SheetModel,
  area: GridArea,
  read: (cell: CellModel | undefined) => T,
): T[][] {
  const grid: T[][] = [];
  for (let row = area.top; row < area.top + area.rowCount; row++) {
    const line: T[] = [];
    for (let column = area.left; column < area.left + area.columnCount; column++) {
      line.push(read(sheet.cell(row, column)));
    }
    grid.push(line);
  }
  return grid;
}
