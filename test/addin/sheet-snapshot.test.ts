import {
  findChangedRows,
  readSheetTable,
  takeSnapshot,
  writeSheetTable,
} from '../../addin/src/excel';
import type { SheetTable } from '../../addin/src/excel';
import { fakeHost } from './fake-support';
import { needsFormat, ruleTable } from './fixtures';

const KEYS = ['计划编码', '规则编码'];

test('rows changed since the pull are found from the snapshot while every change event is dropped', async () => {
  const excel = fakeHost();
  const ctx = excel.excelContext;
  await writeSheetTable(ctx, ruleTable(100));
  const pulled = await readSheetTable(ctx, '规则', { needsFormat });
  const snapshot = takeSnapshot(pulled, KEYS);

  let events = 0;
  ctx.workbook.worksheets.getItem('规则').onChanged.add(async () => {
    events++;
  });
  excel.dropChangeEvents('all');
  excel.userEdit('规则', 'H11', '12%'); // row 11 = rule 9: value 9.5% -> 12%
  excel.userEdit('规则', 'L51', '改：仅限三甲医院'); // row 51 = rule 49: notes
  excel.userEdit('规则', 'H30', '8.5%'); // rule 28: typed again, same value as before
  excel.userEdit('规则', 'A102', 'P-2026-999'); // a new row below
  excel.userEdit('规则', 'B102', 'R-NEW');

  const now = await readSheetTable(ctx, '规则', { needsFormat });
  expect(events).toBe(0);
  expect(findChangedRows(snapshot, now)).toEqual({ added: [102], changed: [11, 51], removed: [] });
});

test('moving columns or sorting rows is no change; a deleted row is removed by key', () => {
  const table: SheetTable = {
    sheet: '规则',
    header: ['计划编码', '规则编码', '值'],
    rows: [
      ['P1', 'R1', '10%'],
      ['P1', 'R2', '5%'],
      ['P2', 'R1', null],
    ],
    firstRow: 2,
    firstColumn: 0,
  };
  const snapshot = takeSnapshot(table, KEYS);
  const moved: SheetTable = {
    ...table,
    header: ['值', '规则编码', '计划编码'],
    rows: [
      ['5%', 'R2', 'P1'],
      ['10%', 'R1', 'P1'],
      [null, null, null],
    ],
  };
  expect(findChangedRows(snapshot, moved)).toEqual({
    added: [],
    changed: [],
    removed: ['["P2","R1"]'],
  });
});
