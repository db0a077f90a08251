import { parseAddress } from './a1-address';

/**
 * The task pane's door to the host: the only place that names the `Office` and `Excel` globals
 * besides the requirement check. Everything else gets a request context from `runExcel`.
 */

/** Resolves once office.js has initialised; rejects when the pane is not inside Excel. */
export async function whenExcelReady(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined) throw new Error('office.js is not loaded');
  const info = await office.onReady();
  // Office.HostType.Excel is the string "Excel"; comparing strings spares the enum object.
  if (String(info.host) !== 'Excel') {
    throw new Error(`Not running in Excel (host ${String(info.host)})`);
  }
}

/** One batch of work on the workbook. */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

/**
 * The first existing sheet of each group of candidate names (a sheet may carry its Chinese or
 * English name), or null; one sync whatever the number of names.
 */
export async function findSheets(
  context: Excel.RequestContext,
  candidates: string[][],
): Promise<(string | null)[]> {
  const probes = candidates.map((names) =>
    names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) })),
  );
  await context.sync();
  return probes.map((group) => group.find((probe) => !probe.sheet.isNullObject)?.name ?? null);
}

/** The sheet and 1-based Excel row of the active cell. */
export async function selectedRow(
  context: Excel.RequestContext,
): Promise<{ sheet: string; row: number } | null> {
  const range = context.workbook.getSelectedRange();
  range.load('address');
  await context.sync();
  const parsed = parseAddress(range.address);
  return parsed?.sheet ? { sheet: parsed.sheet, row: parsed.area.top + 1 } : null;
}
