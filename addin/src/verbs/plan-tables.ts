import type { CellValue, PlanLayout, SheetRows } from '../api/api-types';
import { findSheets } from '../excel/host';
import { readSheetTable } from '../excel/read-sheet-table';
import type { SheetTable } from '../excel/sheet-table';
import { PaneError } from '../i18n/error-text';

/** Headers whose cells are dates in any language: their number formats are read with them. */
function dateHeaders(layout: PlanLayout): Set<string> {
  return new Set(
    layout.sheets.flatMap((sheet) =>
      sheet.columns.filter((column) => column.kind === 'date').flatMap((column) => column.names),
    ),
  );
}

/** Batched read of the Plans and Rules sheets, under either language's names. */
export async function readPlanTables(
  context: Excel.RequestContext,
  layout: PlanLayout,
): Promise<SheetTable[]> {
  const names = await findSheets(
    context,
    layout.sheets.map((sheet) => sheet.names),
  );
  if (names.some((name) => name === null)) throw new PaneError('NO_PLAN_SHEETS');
  const dates = dateHeaders(layout);
  const tables: SheetTable[] = [];
  for (const name of names) {
    tables.push(await readSheetTable(context, name!, { needsFormat: (h) => dates.has(h) }));
  }
  return tables;
}

/** What the server reads: header, first row number and rows, trailing blank rows left out. */
export function toSheetRows(table: SheetTable): SheetRows {
  const isBlank = (cell: CellValue) => cell === null || cell === '';
  let end = table.rows.length;
  while (end > 0 && table.rows[end - 1].every(isBlank)) end -= 1;
  return {
    name: table.sheet,
    header: table.header,
    firstRow: table.firstRow,
    rows: table.rows.slice(0, end),
  };
}
