import { type GridArea, areaAddress, parseAddress } from '../../excel/a1-address';
import { FakeClientObject, itemNotFound } from './client-object';
import { FakeExcelError } from './fake-errors';
import { FakeRange } from './fake-range';
import type { FakeRequestContext } from './request-context';
import { type SheetModel, type TableModel, type WorkbookModel, overlaps } from './workbook-model';

/** Tables, notes and named items: the parts of a sheet the adapters touch besides ranges. */

export class FakeTable extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly find: () => TableModel | undefined,
    orNull = false,
  ) {
    super(context);
    if (orNull) this.trackNullState(() => this.find() !== undefined);
  }

  describe(): string {
    return `table ${this.find()?.name ?? '?'}`;
  }

  private get model(): TableModel {
    const table = this.find();
    if (!table) throw itemNotFound('table');
    return table;
  }

  protected readProperty(name: string): unknown {
    if (name === 'name') return this.model.name;
    if (name === 'style') return this.model.style ?? 'TableStyleMedium2';
    throw new FakeExcelError('InvalidArgument', `Table has no ${name}`);
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(name: string) {
    this.write(`rename ${this.describe()}`, name, () => {
      const clash = this.context.model.tables.find((t) => t !== this.model && t.name === name);
      if (clash) throw new FakeExcelError('ItemAlreadyExists', `A table named ${name} exists.`);
      this.model.name = name;
    });
  }

  set style(style: string) {
    this.write(`style ${this.describe()}`, style, () => {
      this.model.style = style;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.model.sheet, area: this.model.area }));
  }

  /** ExcelApi 1.13. */
  resize(address: string): void {
    this.write(
      `resize ${this.describe()}`,
      address,
      () => {
        const area = parseAddress(address)?.area;
        if (!area || area.top !== this.model.area.top || area.left !== this.model.area.left) {
          throw new FakeExcelError('InvalidArgument', 'A table keeps its top-left corner.');
        }
        this.model.area = area;
      },
      '1.13',
    );
  }

  convertToRange(): FakeRange {
    const range = this.getRange();
    this.write(`convert ${this.describe()}`, null, () => {
      range.resolved();
      const tables = this.context.model.tables;
      tables.splice(tables.indexOf(this.model), 1);
    });
    return range;
  }
}

export class FakeTableCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {}

  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.context.enqueue({
      kind: 'write',
      describe: `add table ${address}`,
      payload: [address, hasHeaders],
      run: () => {
        created = this.createTable(address);
      },
    });
    return new FakeTable(this.context, () => created);
  }

  getItemOrNullObject(name: string): FakeTable {
    const find = () =>
      this.context.model.tables.find((t) => t.name === name && t.sheet === this.sheet());
    return new FakeTable(this.context, find, true);
  }

  private createTable(address: string): TableModel {
    const sheet = this.sheet();
    const area = parseAddress(address)?.area;
    if (!area) throw new FakeExcelError('InvalidArgument', `Bad address ${address}`);
    const model = this.context.model;
    if (model.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) {
      throw new FakeExcelError('InvalidOperation', 'A table cannot overlap another table.');
    }
    const table = { name: `Table${model.tables.length + 1}`, sheet, area };
    model.tables.push(table);
    return table;
  }
}

/** Notes (ExcelApi 1.18): the plain yellow notes of old, keyed by cell address. */
export class FakeNote extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
    private readonly address: string,
  ) {
    super(context);
    this.trackNullState(() => this.sheet().notes.has(address));
  }

  describe(): string {
    return `note ${this.address}`;
  }

  protected readProperty(name: string): unknown {
    if (name !== 'content') throw new FakeExcelError('InvalidArgument', `Note has no ${name}`);
    return this.sheet().notes.get(this.address);
  }

  get content(): string {
    return this.loadedValue('content');
  }

  delete(): void {
    this.write(
      `delete ${this.describe()}`,
      this.address,
      () => {
        if (!this.sheet().notes.delete(this.address)) throw itemNotFound(this.describe());
      },
      '1.18',
    );
  }
}

export class FakeNoteCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {}

  add(cellAddress: string, content: string): void {
    this.context.enqueue({
      kind: 'write',
      describe: `add note ${cellAddress}`,
      payload: [cellAddress, content],
      requires: '1.18',
      run: () => {
        const notes = this.sheet().notes;
        if (notes.has(cellAddress)) {
          throw new FakeExcelError(
            'InvalidArgument',
            `The cell ${cellAddress} already has a note.`,
          );
        }
        notes.set(cellAddress, content);
      },
    });
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    return new FakeNote(this.context, this.sheet, cellAddress);
  }
}

export class FakeNamedItem extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    private readonly name: string,
    orNull: boolean,
  ) {
    super(context);
    if (orNull) this.trackNullState(() => this.context.model.names.has(name));
  }

  describe(): string {
    return `name ${this.name}`;
  }

  protected readProperty(property: string): unknown {
    if (property !== 'formula') throw new FakeExcelError('InvalidArgument', `no ${property}`);
    return this.context.model.names.get(this.name);
  }

  get formula(): string {
    return this.loadedValue('formula');
  }

  delete(): void {
    this.write(`delete ${this.describe()}`, this.name, () => {
      this.context.model.names.delete(this.name);
    });
  }
}

export class FakeNamedItemCollection {
  constructor(private readonly context: FakeRequestContext) {}

  /** `reference` is a formula such as "=Lists!$A$2:$A$9", or a range. */
  add(name: string, reference: string | FakeRange, _comment?: string): FakeNamedItem {
    this.context.enqueue({
      kind: 'write',
      describe: `add name ${name}`,
      payload: [name, typeof reference === 'string' ? reference : 'range'],
      run: () => addName(this.context.model, name, reference),
    });
    return new FakeNamedItem(this.context, name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name, true);
  }
}

function addName(model: WorkbookModel, name: string, reference: string | FakeRange): void {
  if (model.names.has(name)) throw new FakeExcelError('ItemAlreadyExists', `${name} exists`);
  if (typeof reference === 'string') {
    model.names.set(name, reference.startsWith('=') ? reference : `=${reference}`);
    return;
  }
  const { sheet, area } = reference.must;
  model.names.set(name, `=${sheetRef(sheet.name)}!${absolute(area)}`);
}

const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (area: GridArea) => areaAddress(area).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
