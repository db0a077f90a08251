import { type GridArea, areaAddress, quoteSheetName } from '../../excel/a1-address';
import { enterFormula, enterValue, type StoredCell } from './cell-entry';
import { FakeClientObject } from './client-object';
import { forEachCell, mapCells } from './cell-grid';
import { FakeExcelError } from './fake-errors';
import { FakeDataValidation, FakeRangeFill } from './fake-range-parts';
import type { FakeRequestContext } from './request-context';
import type { CellModel, SheetModel } from './workbook-model';

export interface RangeTarget {
  sheet: SheetModel;
  area: GridArea;
}

type Grid = unknown[][];

/**
 * A range proxy. Its target is resolved when its first operation runs inside a sync (so a range
 * of a sheet added earlier in the same batch works) and kept from then on.
 */
export class FakeRange extends FakeClientObject {
  readonly format: { fill: FakeRangeFill };
  readonly dataValidation: FakeDataValidation;
  private target: RangeTarget | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly resolveTarget: () => RangeTarget | null,
    orNull = false,
  ) {
    super(context);
    this.format = { fill: new FakeRangeFill(context, this) };
    this.dataValidation = new FakeDataValidation(context, this);
    if (orNull) this.trackNullState(() => this.resolved(false) !== null);
  }

  resolved(required = true): RangeTarget | null {
    if (this.target === undefined) this.target = this.resolveTarget();
    if (required && this.target === null) {
      throw new FakeExcelError('InvalidReference', 'This reference is not valid.');
    }
    return this.target;
  }

  /** The resolved target, or an error when the range is a null object. */
  get must(): RangeTarget {
    return this.resolved() as RangeTarget;
  }

  describe(): string {
    const target = this.target;
    return target ? `${target.sheet.name}!${areaAddress(target.area)}` : '(range)';
  }

  protected readProperty(name: string): unknown {
    // Loading a property of a null object is allowed; it just stays empty.
    if (this.resolved(false) === null) return null;
    const { sheet, area } = this.must;
    switch (name) {
      case 'values':
        return mapCells(sheet, area, (cell) => cell?.value ?? '');
      case 'numberFormat':
        return mapCells(sheet, area, (cell) => cell?.numberFormat ?? 'General');
      case 'formulas':
        return mapCells(sheet, area, (cell) => cell?.formula ?? cell?.value ?? '');
      case 'address':
        return `${quoteSheetName(sheet.name)}!${areaAddress(area)}`;
      case 'rowCount':
        return area.rowCount;
      case 'columnCount':
        return area.columnCount;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      default:
        throw new FakeExcelError('InvalidArgument', `The fake Range has no property ${name}`);
    }
  }

  get values(): Grid {
    return this.loadedValue('values');
  }
  set values(grid: Grid) {
    this.setCells('values', grid, (cell, input) =>
      store(cell, enterValue(input, cell.numberFormat ?? 'General')),
    );
  }

  get formulas(): Grid {
    return this.loadedValue('formulas');
  }
  set formulas(grid: Grid) {
    this.setCells('formulas', grid, (cell, input) =>
      store(cell, enterFormula(input, cell.numberFormat ?? 'General')),
    );
  }

  get numberFormat(): Grid {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(grid: Grid) {
    this.setCells('numberFormat', grid, (cell, input) => {
      cell.numberFormat = String(input);
    });
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ top, left }) => ({
      top: top + row,
      left: left + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((area) => ({
      ...area,
      rowCount: area.rowCount + deltaRows,
      columnCount: area.columnCount + deltaColumns,
    }));
  }

  /** "Contents" removes values and formulas, "Formats" number formats and fills, "All" both. */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.write(`clear ${applyTo} ${this.describe()}`, applyTo, () => {
      const { sheet, area } = this.must;
      forEachCell(area, (row, column) => {
        const cell = sheet.cell(row, column);
        if (!cell) return;
        if (applyTo !== 'Formats') {
          cell.value = '';
          delete cell.formula;
        }
        if (applyTo !== 'Contents') {
          delete cell.numberFormat;
          delete cell.fill;
        }
      });
    });
  }

  private derived(change: (area: GridArea) => GridArea): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.must;
      return { sheet, area: change(area) };
    });
  }

  private setCells(
    property: string,
    grid: Grid,
    apply: (cell: CellModel, input: unknown) => void,
  ): void {
    this.write(`${property} ${this.describe()}`, grid, () => {
      const { sheet, area } = this.must;
      const broadcast = !Array.isArray(grid);
      if (
        !broadcast &&
        (grid.length !== area.rowCount || grid.some((r) => r.length !== area.columnCount))
      ) {
        throw new FakeExcelError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
        );
      }
      forEachCell(area, (row, column) => {
        const input = broadcast ? grid : grid[row - area.top][column - area.left];
        apply(sheet.cellForWrite(row, column), input);
      });
    });
  }
}

function store(cell: CellModel, entered: StoredCell): void {
  cell.value = entered.value;
  if (entered.formula === undefined) delete cell.formula;
  else cell.formula = entered.formula;
  if (entered.impliedFormat && (cell.numberFormat ?? 'General') === 'General') {
    cell.numberFormat = entered.impliedFormat;
  }
}
