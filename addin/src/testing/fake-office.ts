import { cellAddress, parseAddress } from '../excel/a1-address';
import { FakeExcel, type FakeExcelOptions } from './fake-excel';

/**
 * A stand-in for office.js in browser tests: installs the fake Excel as the `Office` and
 * `Excel` globals the task pane expects, and exposes `window.fakeExcel` so a test can type into
 * cells and inspect fills and notes. Bundled for the browser; never shipped with the pane.
 */

const COLUMN_SCAN = 64;

export interface CellMark {
  address: string;
  fill: string;
  note: string | null;
}

export function installFakeOffice(options: FakeExcelOptions = {}) {
  const excel = new FakeExcel(options);
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    ...excel.officeGlobal(),
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (ready: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
    const result = await batch(excel.excelContext);
    await excel.excelContext.sync();
    return result;
  };
  const testing = {
    excel,
    sheetNames: () => excel.model.sheets.map((sheet) => sheet.name),
    values: (sheet: string) => excel.valuesOf(sheet),
    /** A planner typing a row of cells from `address` rightwards. */
    typeRow: (sheet: string, address: string, typed: (string | number | null)[]) => {
      const area = parseAddress(address)!.area;
      typed.forEach((value, i) => {
        if (value !== null) excel.userEdit(sheet, cellAddress(area.top, area.left + i), value);
      });
    },
    /** A planner adding a sheet through the workbook, as Excel's "+" does. */
    addSheet: async (name: string) => {
      excel.context.workbook.worksheets.add(name);
      await excel.context.sync();
    },
    /** A planner clicking a cell. */
    select: (sheet: string, address: string) => excel.select(sheet, address),
    /** Every filled cell of a sheet with its note. */
    marks: (sheetName: string): CellMark[] => {
      const sheet = excel.model.sheet(sheetName);
      const used = sheet?.usedArea();
      if (!sheet || !used) return [];
      const marks: CellMark[] = [];
      for (let row = 0; row < used.top + used.rowCount; row++) {
        for (let column = 0; column < COLUMN_SCAN; column++) {
          const fill = sheet.cell(row, column)?.fill;
          if (fill === undefined) continue;
          const address = cellAddress(row, column);
          marks.push({ address, fill, note: sheet.notes.get(address) ?? null });
        }
      }
      return marks;
    },
  };
  Object.assign(globalThis, { Office: office, Excel: { run }, fakeExcel: testing });
  return testing;
}

installFakeOffice();
