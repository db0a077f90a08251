import {
  limitsFor,
  loadSnapshots,
  readSheetTable,
  saveSnapshots,
  SNAPSHOT_SHEET,
  takeSnapshot,
  writeSheetTable,
} from '../../addin/src/excel';
import { fakeHost } from './fake-support';
import { needsFormat, ruleTable } from './fixtures';

/** The pull snapshot kept in the workbook, through the fake Excel. */

const MB = 1024 * 1024;
const KEYS = ['计划编码', '规则编码'];

async function pulledRules(rows: number, payloadLimit = 5 * MB) {
  const excel = fakeHost({ payloadLimit });
  const limits = limitsFor(payloadLimit);
  await writeSheetTable(excel.excelContext, ruleTable(rows), { limits });
  const table = await readSheetTable(excel.excelContext, '规则', { needsFormat, limits });
  return { excel, limits, snapshot: takeSnapshot(table, KEYS) };
}

test('20,000 rule rows of Chinese text go through a 1 MB limit and come back equal', async () => {
  const { excel, limits, snapshot } = await pulledRules(20_000, 1 * MB);
  await saveSnapshots(excel.excelContext, { 规则: snapshot }, limits);

  expect(await loadSnapshots(excel.excelContext, limits)).toEqual({ 规则: snapshot });
  expect(Object.keys(snapshot.rows)).toHaveLength(20_000);
  // Very hidden, and every stored cell is text: nothing there is read as a number or formula.
  const sheet = excel.model.sheet(SNAPSHOT_SHEET)!;
  expect(sheet.visibility).toBe('VeryHidden');
  const stored = [...sheet.cells.values()];
  expect(stored.every((cell) => cell.numberFormat === '@' && cell.formula === undefined)).toBe(
    true,
  );
  const ok = excel.context.syncLog.filter((sync) => sync.outcome === 'ok');
  for (const sync of ok) expect(sync.requestBytes).toBeLessThanOrEqual(1 * MB);
});

test('a second save replaces the first, shorter or longer', async () => {
  const { excel, snapshot } = await pulledRules(50);
  await saveSnapshots(excel.excelContext, { 规则: snapshot, 计划: { keyColumns: [], rows: {} } });
  const smaller = { keyColumns: KEYS, rows: { '["P1","R1"]': '0123456789abcdef' } };
  await saveSnapshots(excel.excelContext, { 规则: smaller });
  expect(await loadSnapshots(excel.excelContext)).toEqual({ 规则: smaller });
});

test('a save that fails half-way leaves no snapshot rather than a partial one', async () => {
  const { excel, snapshot } = await pulledRules(2000);
  await saveSnapshots(excel.excelContext, { 规则: snapshot });
  // Every batch that writes the 1,500th rule's key fails, however small it is halved to.
  excel.failWhen((batch) => batch.writes('R-01500'));
  await expect(saveSnapshots(excel.excelContext, { 规则: snapshot })).rejects.toThrow();
  expect(await loadSnapshots(excel.excelContext)).toEqual({});
});

test('a workbook without the sheet, or with a sheet someone emptied, has no snapshot', async () => {
  const { excel, snapshot } = await pulledRules(3);
  expect(await loadSnapshots(excel.excelContext)).toEqual({});
  await saveSnapshots(excel.excelContext, { 规则: snapshot });
  excel.userEdit(SNAPSHOT_SHEET, 'A1', ''); // the format marker gone
  expect(await loadSnapshots(excel.excelContext)).toEqual({});
});
