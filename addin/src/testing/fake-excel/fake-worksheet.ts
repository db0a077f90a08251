import { parseAddress } from '../../excel/a1-address';
import { FakeClientObject, itemNotFound } from './client-object';
import { FakeExcelError } from './fake-errors';
import { FakeRange } from './fake-range';
import { FakeNoteCollection, FakeTableCollection } from './fake-sheet-parts';
import type { ChangeHandler } from './change-events';
import type { FakeRequestContext } from './request-context';
import { SheetModel, type Visibility } from './workbook-model';

/** A worksheet proxy; `find` locates its model when an operation runs. */
export class FakeWorksheet extends FakeClientObject {
  readonly tables: FakeTableCollection;
  readonly notes: FakeNoteCollection;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => SheetModel | undefined,
    private readonly label: string,
    orNull = false,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, () => this.model);
    this.notes = new FakeNoteCollection(context, () => this.model);
    if (orNull) this.trackNullState(() => this.find() !== undefined);
  }

  describe(): string {
    return `sheet ${this.label}`;
  }

  get model(): SheetModel {
    const sheet = this.find();
    if (!sheet) throw itemNotFound(this.describe());
    return sheet;
  }

  protected readProperty(name: string): unknown {
    if (name === 'name') return this.model.name;
    if (name === 'visibility') return this.model.visibility;
    throw new FakeExcelError('InvalidArgument', `Worksheet has no ${name}`);
  }

  get name(): string {
    return this.loadedValue('name');
  }

  get visibility(): Visibility {
    return this.loadedValue('visibility');
  }
  set visibility(visibility: Visibility) {
    this.write(`visibility ${this.describe()}`, visibility, () => {
      this.model.visibility = visibility;
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, () => {
      const parsed = parseAddress(address);
      if (!parsed || parsed.sheet !== undefined) {
        throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
      }
      return { sheet: this.model, area: parsed.area };
    });
  }

  getRangeByIndexes(top: number, left: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (top < 0 || left < 0 || rowCount < 1 || columnCount < 1) {
        throw new FakeExcelError('InvalidArgument', 'Bad range indexes');
      }
      return { sheet: this.model, area: { top, left, rowCount, columnCount } };
    });
  }

  /** The fake only models the values-only used range, which is all the adapters ask for. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new FakeExcelError('NotImplemented', 'valuesOnly=false');
    return new FakeRange(
      this.context,
      () => {
        const area = this.find()?.usedArea();
        return area ? { sheet: this.model, area } : null;
      },
      true,
    );
  }

  delete(): void {
    this.write(`delete ${this.describe()}`, null, () => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(this.model), 1);
    });
  }

  /** Worksheet.onChanged, as far as the fake fires it: see FakeExcel.userEdit. */
  readonly onChanged = {
    add: (handler: ChangeHandler) => this.context.changeEvents.add(this.label, handler),
  };
}

export class FakeWorksheetCollection {
  constructor(private readonly context: FakeRequestContext) {}

  getItem(name: string): FakeWorksheet {
    return this.proxy(name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.proxy(name, true);
  }

  add(name: string): FakeWorksheet {
    this.context.enqueue({
      kind: 'write',
      describe: `add sheet ${name}`,
      payload: name,
      run: () => {
        if (this.context.model.sheet(name)) {
          throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} exists.`);
        }
        this.context.model.sheets.push(new SheetModel(name));
      },
    });
    return this.proxy(name, false);
  }

  private proxy(name: string, orNull: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name), name, orNull);
  }
}
