import { absoluteAddress, areaAddress } from './a1-address';
import { ExcelAdapterError } from './adapter-errors';
import { DEFAULT_LIMITS } from './batch-limits';
import { TEXT_FORMAT, numberFormatOf } from './number-formats';
import type { MasterLists, SheetLayout } from './plan-sheet-layout';
import type { BatchLimits } from './row-batches';
import { valueForEntry } from './text-entry';
import { queueSheetState } from './used-area';
import { writeGrid } from './write-grid';

/**
 * Creates the plan sheets as Excel tables with formats and drop-downs. Drop-downs are sourced
 * from named ranges on a hidden sheet, never inline lists: Excel caps those at 255 characters
 * and splits them on commas. Refuses (SHEET_EXISTS) when a plan sheet already has content.
 */
export async function createPlanSheets(
  context: Excel.RequestContext,
  layouts: SheetLayout[],
  master: MasterLists,
  limits: BatchLimits = DEFAULT_LIMITS,
): Promise<void> {
  const states = layouts.map((layout) => queueSheetState(context, layout.sheet));
  const listsState = queueSheetState(context, master.sheet);
  const names = Object.keys(master.lists).map((name) =>
    context.workbook.names.getItemOrNullObject(name),
  );
  await context.sync();

  const taken = layouts.find((_, i) => states[i].state().used !== null);
  if (taken) throw new ExcelAdapterError('SHEET_EXISTS', `The sheet ${taken.sheet} is not empty`);

  await writeMasterLists(context, master, listsState, names, limits);
  for (const [i, layout] of layouts.entries()) {
    const { exists } = states[i].state();
    const sheet = exists ? states[i].sheet : context.workbook.worksheets.add(layout.sheet);
    await buildPlanSheet(context, sheet, layout, limits);
  }
}

/** Each list in its own column of the hidden sheet, under its name, and a name over it. */
async function writeMasterLists(
  context: Excel.RequestContext,
  master: MasterLists,
  state: ReturnType<typeof queueSheetState>,
  oldNames: Excel.NamedItem[],
  limits: BatchLimits,
): Promise<void> {
  const { exists, used } = state.state();
  const sheet = exists ? state.sheet : context.workbook.worksheets.add(master.sheet);
  sheet.visibility = 'Hidden';
  if (used)
    sheet
      .getRangeByIndexes(0, 0, used.top + used.rowCount, used.left + used.columnCount)
      .clear('All');
  for (const name of oldNames) if (!name.isNullObject) name.delete();
  await context.sync();

  const lists = Object.entries(master.lists);
  const height = 1 + Math.max(1, ...lists.map(([, items]) => items.length));
  const values = Array.from({ length: height }, (_, r) =>
    lists.map(([name, items]) => valueForEntry((r === 0 ? name : items[r - 1]) ?? '', 'text')),
  );
  const formats = values.map((row) => row.map(() => TEXT_FORMAT));
  await writeGrid(
    context,
    sheet,
    { top: 0, left: 0, columnCount: lists.length, rowCount: height, values, formats },
    limits,
  );

  lists.forEach(([name, items], column) => {
    const area = { top: 1, left: column, rowCount: Math.max(1, items.length), columnCount: 1 };
    context.workbook.names.add(name, `=${absoluteAddress(master.sheet, area)}`);
  });
  await context.sync();
}

/** Header, a table over it, then formats and drop-downs on the prepared rows of each column. */
async function buildPlanSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  limits: BatchLimits,
): Promise<void> {
  const { columns, preparedRows } = layout;
  const header = columns.map((column) => valueForEntry(column.header, 'text'));
  const headerArea = { top: 0, left: 0, rowCount: 1, columnCount: columns.length };
  const headerRange = sheet.getRange(areaAddress(headerArea));
  headerRange.numberFormat = [header.map(() => TEXT_FORMAT)];
  headerRange.values = [header];
  sheet.tables.add(areaAddress({ ...headerArea, rowCount: 2 }), true).name = layout.tableName;

  columns.forEach((column, c) => {
    if (!column.list) return;
    const body = sheet.getRangeByIndexes(1, c, preparedRows, 1);
    body.dataValidation.rule = { list: { inCellDropDown: true, source: `=${column.list}` } };
    // Several entries in one cell are not in the list: offer the list, but do not refuse.
    if (column.multiple)
      body.dataValidation.errorAlert = {
        showAlert: false,
        style: 'Information',
        title: '',
        message: '',
      };
  });
  await context.sync();

  const formatRow = columns.map((column) => numberFormatOf(column.kind));
  const formats = Array.from({ length: preparedRows }, () => formatRow);
  const block = { top: 1, left: 0, columnCount: columns.length, rowCount: preparedRows, formats };
  await writeGrid(context, sheet, block, limits);
}
