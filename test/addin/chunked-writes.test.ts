import {
  ExcelAdapterError,
  limitsFor,
  readSheetTable,
  writeSheetTable,
} from '../../addin/src/excel';
import { mapCells } from '../../addin/src/testing/fake-excel/cell-grid';
import type { FakeExcel } from '../../addin/src/testing/fake-excel';
import { fakeHost } from './fake-support';
import { needsFormat, ruleTable } from './fixtures';

const MB = 1024 * 1024;

/** Everything a cell shows, over a generous area: value, formula, number format. */
function cellsOf(excel: FakeExcel, sheetName: string) {
  const sheet = excel.model.sheet(sheetName)!;
  return mapCells(sheet, { top: 0, left: 0, rowCount: 400, columnCount: 14 }, (cell) => [
    cell?.value ?? '',
    cell?.formula ?? null,
    cell?.numberFormat ?? 'General',
  ]);
}

test('20,000 Chinese rule rows go through a 1 MB payload limit and come back equal', async () => {
  const excel = fakeHost({ payloadLimit: 1 * MB });
  const source = ruleTable(20_000);
  const limits = limitsFor(1 * MB);

  await writeSheetTable(excel.excelContext, source, { tableName: 'RulesTable', limits });
  const back = await readSheetTable(excel.excelContext, '规则', { needsFormat, limits });

  expect(back.header).toEqual(source.header);
  expect(back.rows).toEqual(source.rows);
  const log = excel.context.syncLog;
  // It really was split, and no sync Excel accepted carried more than the limit.
  expect(log.filter((s) => s.outcome === 'ok').length).toBeGreaterThan(10);
  for (const sync of log.filter((s) => s.outcome === 'ok')) {
    expect(sync.requestBytes).toBeLessThanOrEqual(1 * MB);
    expect(sync.responseBytes).toBeLessThanOrEqual(1 * MB);
  }
});

test('a failing chunk is halved and retried', async () => {
  const excel = fakeHost();
  const source = ruleTable(1000);
  excel.failWhen((batch) => batch.writes('R-00999'), 1);

  await writeSheetTable(excel.excelContext, source);

  const valueWrites = excel.context.syncLog.filter((s) =>
    s.ops.some((op) => op.startsWith('values')),
  );
  expect(valueWrites.map((s) => s.outcome)).toEqual(['GeneralException', 'ok', 'ok']);
  const back = await readSheetTable(excel.excelContext, '规则', { needsFormat });
  expect(back.rows).toEqual(source.rows);
});

test('a chunk that fails even alone leaves the sheet as it was', async () => {
  const excel = fakeHost();
  await writeSheetTable(excel.excelContext, ruleTable(300), { tableName: 'RulesTable' });
  // What a planner adds by hand: a real formula, text that looks like one, a format.
  excel.userEdit('规则', 'M2', '=SUM(I2:I300)');
  excel.userEdit('规则', 'B5', 'R-改过的');
  const before = cellsOf(excel, '规则');
  const tablesBefore = excel.model.tables.map((t) => ({ name: t.name, area: { ...t.area } }));

  const next = ruleTable(350);
  next.rows[200][1] = 'POISON';
  excel.failWhen((batch) => batch.writes('POISON'));

  const attempt = writeSheetTable(excel.excelContext, next, { tableName: 'RulesTable' });
  await expect(attempt).rejects.toBeInstanceOf(ExcelAdapterError);
  await expect(attempt).rejects.toMatchObject({ code: 'WRITE_FAILED_RESTORED' });

  expect(cellsOf(excel, '规则')).toEqual(before);
  expect(excel.model.tables.map((t) => ({ name: t.name, area: t.area }))).toEqual(tablesBefore);
  // Halving went down to the single poisoned row.
  const failed = excel.context.syncLog.filter((s) => s.outcome === 'GeneralException');
  expect(failed.length).toBeGreaterThanOrEqual(Math.ceil(Math.log2(351)));
});
