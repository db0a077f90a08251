import { type GridArea, areaAddress } from './a1-address';
import { ExcelAdapterError } from './adapter-errors';
import { isExcelApiSupported } from './api-support';
import { DEFAULT_LIMITS } from './batch-limits';
import { cellToExcel } from './cell-conversion';
import { queueDateSystem } from './date-system';
import { TEXT_FORMAT, numberFormatOf } from './number-formats';
import type { BatchLimits } from './row-batches';
import { restoreBackup, takeBackup } from './sheet-backup';
import type { TableToWrite } from './sheet-table';
import { queueSheetState } from './used-area';
import { type GridBlock, writeGrid } from './write-grid';

export interface WriteOptions {
  /** Keep an Excel table of this name over the header and rows (created or resized). */
  tableName?: string;
  limits?: BatchLimits;
}

/**
 * Writes a table (header + rows) from A1, replacing what the sheet held: the sheet's old rows
 * below the new ones are emptied. Syncs: one to learn the sheet, the backup read, the writes
 * (one sync unless the payload must be split) and the table. If any write fails for good,
 * everything overwritten is written back and WRITE_FAILED_RESTORED is thrown.
 */
export async function writeSheetTable(
  context: Excel.RequestContext,
  table: TableToWrite,
  options: WriteOptions = {},
): Promise<void> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { sheet, state } = queueSheetState(context, table.sheet);
  const dateSystem = queueDateSystem(context);
  await context.sync();

  const { exists, used } = state();
  const target = exists ? sheet : context.workbook.worksheets.add(table.sheet);
  const block = tableBlock(table, dateSystem());
  const touched = union(block, used);
  const usedRows = used ? used.top + used.rowCount : 0;
  const backup = await takeBackup(context, target, touched, usedRows, limits);

  try {
    await writeGrid(context, target, block, limits, () => clearOutside(target, block, touched));
  } catch (error) {
    await restoreBackup(context, target, backup, limits);
    throw new ExcelAdapterError('WRITE_FAILED_RESTORED', 'Writing failed; the sheet is as it was', {
      cause: error,
    });
  }

  if (options.tableName) await placeTable(context, target, options.tableName, block);
}

/** Header as text, then the rows converted for Excel, each column under its kind's format. */
function tableBlock(table: TableToWrite, system: '1900' | '1904'): GridBlock {
  const columnFormats = table.kinds.map(numberFormatOf);
  const header = table.header.map((name) => cellToExcel(name, 'text', system));
  const rows = table.rows.map((row) =>
    table.kinds.map((kind, c) => cellToExcel(row[c] ?? null, kind, system)),
  );
  return {
    top: 0,
    left: 0,
    columnCount: table.header.length,
    rowCount: rows.length + 1,
    formats: [table.header.map(() => TEXT_FORMAT), ...rows.map(() => columnFormats)],
    values: [header, ...rows],
  };
}

function union(block: GridBlock, used: GridArea | null): GridArea {
  const bottom = Math.max(block.top + block.rowCount, used ? used.top + used.rowCount : 0);
  const right = Math.max(block.left + block.columnCount, used ? used.left + used.columnCount : 0);
  return { top: 0, left: 0, rowCount: bottom, columnCount: right };
}

/** Old contents outside the new block are emptied (queued with the first write). */
function clearOutside(sheet: Excel.Worksheet, block: GridBlock, touched: GridArea): void {
  if (touched.rowCount > block.rowCount) {
    const rows = touched.rowCount - block.rowCount;
    sheet.getRangeByIndexes(block.rowCount, 0, rows, touched.columnCount).clear('Contents');
  }
  if (touched.columnCount > block.columnCount) {
    const columns = touched.columnCount - block.columnCount;
    sheet.getRangeByIndexes(0, block.columnCount, block.rowCount, columns).clear('Contents');
  }
}

/**
 * The table spans header and rows (at least one body row, as Excel requires). Resizing needs
 * ExcelApi 1.13; before that the old table becomes a plain range and a new one is added.
 */
async function placeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  name: string,
  block: GridBlock,
): Promise<void> {
  const address = areaAddress({ ...block, rowCount: Math.max(block.rowCount, 2) });
  const existing = sheet.tables.getItemOrNullObject(name);
  await context.sync();

  if (!existing.isNullObject && isExcelApiSupported('1.13')) {
    existing.resize(address);
  } else {
    if (!existing.isNullObject) existing.convertToRange();
    sheet.tables.add(address, true).name = name;
  }
  await context.sync();
}
