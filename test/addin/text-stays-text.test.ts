import { readSheetTable, writeSheetTable } from '../../addin/src/excel';
import type { TableToWrite } from '../../addin/src/excel';
import { fakeHost } from './fake-support';

/** User text that Excel would take for a formula, a number or a date stays literal text. */
const TRICKY = [
  '=HYPERLINK("http://x","y")',
  '+86 138 0000 0000',
  '-5% 让利',
  '@采购部',
  "'引号开头",
  '00123',
  '2026-01-01',
  '\t制表符开头',
];

const plans = (names: string[]): TableToWrite => ({
  sheet: '计划',
  header: ['计划编码', '计划名称', '预算'],
  kinds: ['text', 'text', 'money'],
  rows: names.map((name, i) => [`P-${i}`, name, 1000]),
});

test('a plan named =HYPERLINK(...) stays literal text through write, read, write, read', async () => {
  const excel = fakeHost();
  const ctx = excel.excelContext;

  await writeSheetTable(ctx, plans(TRICKY));
  const first = await readSheetTable(ctx, '计划');
  await writeSheetTable(ctx, { ...plans([]), rows: first.rows });
  const second = await readSheetTable(ctx, '计划');

  expect(first.rows.map((row) => row[1])).toEqual(TRICKY);
  expect(second.rows.map((row) => row[1])).toEqual(TRICKY);
  const sheet = excel.model.sheet('计划')!;
  for (let row = 1; row <= TRICKY.length; row++)
    expect(sheet.cell(row, 1)!.formula).toBeUndefined();
});

test('text in a money column is kept as text, not taken as a formula', async () => {
  const excel = fakeHost();
  const table = plans(['甲']);
  table.rows[0][2] = '=1+1';
  await writeSheetTable(excel.excelContext, table);
  const back = await readSheetTable(excel.excelContext, '计划');
  expect(back.rows[0][2]).toBe('=1+1');
  expect(excel.model.sheet('计划')!.cell(1, 2)!.formula).toBeUndefined();
});
