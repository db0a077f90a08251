import { daysFromCivil } from '../../excel/serial-dates';
import { FakeClientObject } from './client-object';
import { FakeExcelError } from './fake-errors';
import type { FakeRange } from './fake-range';
import { FakeNamedItemCollection, FakeTable } from './fake-sheet-parts';
import { FakeWorksheetCollection } from './fake-worksheet';
import type { FakeRequestContext } from './request-context';

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly functions: FakeFunctions;
  readonly tables: { getItemOrNullObject(name: string): FakeTable };

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.functions = new FakeFunctions(context);
    this.tables = {
      getItemOrNullObject: (name) =>
        new FakeTable(context, () => context.model.tables.find((t) => t.name === name), true),
    };
  }

  getSelectedRange(): FakeRange {
    const selection = this.context.model.selection ?? {
      sheet: this.context.model.sheets[0].name,
      address: 'A1',
    };
    return this.worksheets.getItem(selection.sheet).getRange(selection.address);
  }
}

/** Worksheet functions evaluated by Excel without a cell; only DATE, to learn the date system. */
export class FakeFunctions {
  constructor(private readonly context: FakeRequestContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, () => {
      const system = this.context.model.date1904 ? 24_107 : 25_569;
      const serial = daysFromCivil(year, month, day) + system;
      // The 1900 system's phantom leap day shifts everything before March 1900 by one.
      return !this.context.model.date1904 && serial <= 60 ? serial - 1 : serial;
    });
  }
}

export class FakeFunctionResult extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly compute: () => number,
  ) {
    super(context);
  }

  describe(): string {
    return 'function result';
  }

  protected readProperty(name: string): unknown {
    if (name === 'value') return this.compute();
    if (name === 'error') return null;
    throw new FakeExcelError('InvalidArgument', `FunctionResult has no ${name}`);
  }

  get value(): number {
    return this.loadedValue('value');
  }
}
