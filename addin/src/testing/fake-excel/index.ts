import { EXCEL_WEB_PAYLOAD_LIMIT } from '../../excel/payload-size';
import { parseAddress } from '../../excel/a1-address';
import { enterValue } from './cell-entry';
import type { DropPolicy } from './change-events';
import { FakeExcelError } from './fake-errors';
import { mapCells } from './cell-grid';
import { FakeWorkbook } from './fake-workbook';
import { type BatchView, FakeRequestContext, compareVersions } from './request-context';
import { WorkbookModel } from './workbook-model';

/**
 * An in-memory Excel for tests and, later, for the browser tests' fake office.js: plain
 * TypeScript, no Node APIs. It implements the subset of the Excel JavaScript API the adapters in
 * `addin/src/excel/` use, with office-js's load/sync semantics, Excel on the web's payload limits,
 * failures on demand and droppable change events.
 */

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake host supports; default 1.18 (notes). */
  apiVersion?: string;
  /** Bytes a request or a response may carry; default 5 MB, as Excel on the web. */
  payloadLimit?: number;
  date1904?: boolean;
}

export class FakeExcel {
  readonly model = new WorkbookModel();
  readonly context: FakeRequestContext & { workbook: FakeWorkbook };

  constructor(options: FakeExcelOptions = {}) {
    const limit = options.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT;
    const context = new FakeRequestContext(
      this.model,
      { requestBytes: limit, responseBytes: limit },
      options.apiVersion ?? '1.18',
    );
    this.context = Object.assign(context, { workbook: new FakeWorkbook(context) });
    this.model.date1904 = options.date1904 ?? false;
  }

  /** The fake typed as the real thing, for adapters that take `Excel.RequestContext`. */
  get excelContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  get syncCount(): number {
    return this.context.syncCount;
  }

  setPayloadLimit(bytes: number): void {
    this.context.limits = { requestBytes: bytes, responseBytes: bytes };
  }

  failWhen(when: (batch: BatchView) => boolean, times?: number): void {
    this.context.failWhen(when, times);
  }

  dropChangeEvents(policy: DropPolicy): void {
    this.context.changeEvents.policy = policy;
  }

  /** An `Office` global whose requirement checks answer for this fake host. */
  officeGlobal(): {
    context: { requirements: { isSetSupported(set: string, v?: string): boolean } };
  } {
    const version = this.context.apiVersion;
    return {
      context: {
        requirements: {
          isSetSupported: (set, wanted = '1.1') =>
            set === 'ExcelApi' && compareVersions(version, wanted) >= 0,
        },
      },
    };
  }

  /** A planner typing into one cell: stored as typed input, with a change event (maybe dropped). */
  userEdit(sheetName: string, address: string, typed: string | number): void {
    const sheet = this.model.sheet(sheetName);
    const area = parseAddress(address)?.area;
    if (!sheet || !area) throw new FakeExcelError('InvalidArgument', `${sheetName}!${address}`);
    const cell = sheet.cellForWrite(area.top, area.left);
    const entered = enterValue(typed, cell.numberFormat ?? 'General');
    cell.value = entered.value;
    if (entered.formula === undefined) delete cell.formula;
    else cell.formula = entered.formula;
    this.context.changeEvents.fire(sheet.name, address);
  }

  /** A planner clicking a cell. */
  select(sheetName: string, address: string): void {
    this.model.selection = { sheet: sheetName, address };
  }

  /** Test inspection, outside any batch: the values of a sheet's used range. */
  valuesOf(sheetName: string): unknown[][] {
    const sheet = this.model.sheet(sheetName);
    const area = sheet?.usedArea();
    return sheet && area ? mapCells(sheet, area, (cell) => cell?.value ?? '') : [];
  }
}

export type { BatchView, SyncRecord } from './request-context';
export { FakeExcelError } from './fake-errors';
