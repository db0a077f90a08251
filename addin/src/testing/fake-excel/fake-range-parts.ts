import { areaAddress } from '../../excel/a1-address';
import { forEachCell, mapCells } from './cell-grid';
import { FakeClientObject } from './client-object';
import { FakeExcelError } from './fake-errors';
import type { FakeRange } from './fake-range';
import type { FakeRequestContext } from './request-context';

/** `range.format.fill` and `range.dataValidation`, acting on their range's cells. */

export class FakeRangeFill extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  describe(): string {
    return `fill of ${this.range.describe()}`;
  }

  protected readProperty(name: string): unknown {
    if (name !== 'color') throw new FakeExcelError('InvalidArgument', `fill has no ${name}`);
    const { sheet, area } = this.range.must;
    const fills = new Set(mapCells(sheet, area, (cell) => cell?.fill ?? null).flat());
    // Excel reports null when the cells differ, and no fill as white.
    return fills.size > 1 ? null : ([...fills][0] ?? '#FFFFFF');
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(color: string) {
    this.write(`fill ${this.describe()}`, color, () => this.setFill(color.toUpperCase()));
  }

  clear(): void {
    this.write(`clear fill ${this.describe()}`, null, () => this.setFill(undefined));
  }

  private setFill(color: string | undefined): void {
    const { sheet, area } = this.range.must;
    forEachCell(area, (row, column) => {
      const cell = sheet.cellForWrite(row, column);
      if (color === undefined) delete cell.fill;
      else cell.fill = color;
    });
  }
}

export class FakeDataValidation extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context);
  }

  describe(): string {
    return `validation of ${this.range.describe()}`;
  }

  protected readProperty(name: string): unknown {
    const { sheet, area } = this.range.must;
    const found = sheet.validationAt(area.top, area.left);
    if (name === 'rule') return found?.rule ?? {};
    if (name === 'errorAlert') return found?.errorAlert ?? null;
    throw new FakeExcelError('InvalidArgument', `dataValidation has no ${name}`);
  }

  get rule(): unknown {
    return this.loadedValue('rule');
  }
  set rule(rule: unknown) {
    this.write(`validation ${this.describe()}`, rule, () => {
      const { sheet, area } = this.range.must;
      sheet.validations.push({ area, rule });
    });
  }

  set errorAlert(alert: unknown) {
    this.write(`error alert ${this.describe()}`, alert, () => {
      const { sheet, area } = this.range.must;
      const found = sheet.validations.findLast((v) => areaAddress(v.area) === areaAddress(area));
      if (!found) throw new FakeExcelError('InvalidOperation', 'Set a rule before its alert.');
      found.errorAlert = alert;
    });
  }

  clear(): void {
    this.write(`clear validation ${this.describe()}`, null, () => {
      const { sheet, area } = this.range.must;
      sheet.validations.push({ area, rule: {} });
    });
  }
}
