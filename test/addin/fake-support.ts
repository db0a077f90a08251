import { FakeExcel, type FakeExcelOptions } from '../../addin/src/testing/fake-excel';

/** A fake Excel with its `Office` global installed, as the adapters find it in a real host. */
export function fakeHost(options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  (globalThis as { Office?: unknown }).Office = excel.officeGlobal();
  return excel;
}

/** Sync count of one operation. */
export async function countSyncs(excel: FakeExcel, run: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await run();
  return excel.syncCount - before;
}
