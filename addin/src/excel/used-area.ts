import type { GridArea } from './a1-address';

/**
 * Queues what the adapters need to know about a sheet before touching it: whether it exists and
 * where its values are. Read the answer after the caller's next sync.
 */
export function queueSheetState(
  context: Excel.RequestContext,
  sheetName: string,
): { sheet: Excel.Worksheet; state: () => { exists: boolean; used: GridArea | null } } {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);

  return {
    sheet,
    state: () => ({
      exists: !sheet.isNullObject,
      used:
        sheet.isNullObject || used.isNullObject
          ? null
          : {
              top: used.rowIndex,
              left: used.columnIndex,
              rowCount: used.rowCount,
              columnCount: used.columnCount,
            },
    }),
  };
}
