import type { GridArea } from '../../excel/a1-address';

/** The fake's data, with no proxies: what a real workbook would hold. */

export interface CellModel {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
}

export interface ValidationModel {
  area: GridArea;
  rule: unknown;
  errorAlert?: unknown;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: GridArea;
  style?: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

const COLUMNS = 16_384;

export class SheetModel {
  readonly cells = new Map<number, CellModel>();
  readonly notes = new Map<string, string>();
  readonly validations: ValidationModel[] = [];
  visibility: Visibility = 'Visible';

  constructor(public name: string) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(row * COLUMNS + column);
  }

  /** The cell, created empty when missing, for writes. */
  cellForWrite(row: number, column: number): CellModel {
    const key = row * COLUMNS + column;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of the cells holding a value or a formula, like getUsedRange(true). */
  usedArea(): GridArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const row = Math.floor(key / COLUMNS);
      const column = key % COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return { top, left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** The validation rule that applies to a cell: the last one set over it. */
  validationAt(row: number, column: number): ValidationModel | undefined {
    return this.validations.findLast(({ area }) => contains(area, row, column));
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [new SheetModel('Sheet1')];
  /** Workbook-scoped names and the formula they refer to ("='Lists'!$A$2:$A$9"). */
  readonly names = new Map<string, string>();
  readonly tables: TableModel[] = [];
  date1904 = false;
  /** The active cell, as a planner would click it; A1 of the first sheet until then. */
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }
}

export function contains(area: GridArea, row: number, column: number): boolean {
  return (
    row >= area.top &&
    row < area.top + area.rowCount &&
    column >= area.left &&
    column < area.left + area.columnCount
  );
}

export function overlaps(a: GridArea, b: GridArea): boolean {
  return (
    a.top < b.top + b.rowCount &&
    b.top < a.top + a.rowCount &&
    a.left < b.left + b.columnCount &&
    b.left < a.left + a.columnCount
  );
}
