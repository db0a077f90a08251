import {
  locateFindings,
  readSheetTable,
  writeFindings,
  writeSheetTable,
} from '../../addin/src/excel';
import type { FindingInput } from '../../addin/src/excel';
import { fakeHost } from './fake-support';
import { planTable } from './fixtures';

const finding = (
  row: number,
  column: string,
  severity: FindingInput['severity'],
  message: string,
) => ({
  sheet: '计划',
  row,
  column,
  code: 'TEST',
  severity,
  message,
});

async function validateWith(excel: ReturnType<typeof fakeHost>, findings: FindingInput[]) {
  const table = await readSheetTable(excel.excelContext, '计划');
  return writeFindings(excel.excelContext, locateFindings(findings, [table]));
}

test('offending cells are filled and noted; the Findings sheet links to each cell', async () => {
  const excel = fakeHost();
  await writeSheetTable(excel.excelContext, planTable(10));
  const result = await validateWith(excel, [
    finding(3, '预算', 'BLOCK', '预算不能为负'),
    finding(3, '预算', 'WARN', '预算超过上年 50%'),
    finding(7, '开始日期', 'WARN', '开始日期早于上级计划'),
    { code: 'NO_PLANS', severity: 'INFO', message: '没有位置的提示' },
  ]);

  expect(result).toEqual({ markedCells: 2, annotation: 'notes' });
  const sheet = excel.model.sheet('计划')!;
  expect(sheet.cell(2, 5)!.fill).toBe('#FFC7CE'); // F3, most severe wins
  expect(sheet.cell(6, 3)!.fill).toBe('#FFEB9C'); // D7
  expect(sheet.notes.get('F3')).toBe('[TEST] 预算不能为负\n[TEST] 预算超过上年 50%');

  const findings = excel.model.sheet('Findings')!;
  expect(findings.cell(1, 6)!.formula).toBe(`=HYPERLINK("#'计划'!F3","计划!F3")`);
  expect(findings.cell(4, 5)!.value).toBe('没有位置的提示');
  expect(findings.cell(4, 6)?.formula).toBeUndefined();
  expect(excel.model.sheet('MedPromo_Marks')!.visibility).toBe('VeryHidden');
});

test("validating again takes the earlier marks off first and keeps the planner's own fill and note", async () => {
  const excel = fakeHost();
  await writeSheetTable(excel.excelContext, planTable(10));
  const sheet = excel.model.sheet('计划')!;
  sheet.cellForWrite(4, 1).fill = '#00FF00'; // the planner's green on B5
  sheet.notes.set('C6', '计划员自己的备注');

  await validateWith(excel, [
    finding(5, '计划名称', 'BLOCK', '名称重复'),
    finding(6, '层级', 'WARN', '层级未知'),
  ]);
  expect(sheet.cell(4, 1)!.fill).toBe('#FFC7CE');
  expect(sheet.notes.get('C6')).toBe('计划员自己的备注'); // not overwritten: no note added there

  await validateWith(excel, [finding(9, '预算', 'INFO', '预算为整数')]);
  expect(sheet.cell(4, 1)!.fill).toBe('#00FF00');
  expect(sheet.cell(5, 2)!.fill).toBeUndefined();
  expect([...sheet.notes.entries()]).toEqual([
    ['C6', '计划员自己的备注'],
    ['F9', '[TEST] 预算为整数'],
  ]);
  expect(excel.valuesOf('Findings')).toHaveLength(2);
});

test('a host without notes (ExcelApi 1.12) gets fills only', async () => {
  const excel = fakeHost({ apiVersion: '1.12' });
  await writeSheetTable(excel.excelContext, planTable(3));
  const result = await validateWith(excel, [finding(2, '预算', 'BLOCK', '预算缺失')]);
  expect(result.annotation).toBe('fill-only');
  expect(excel.model.sheet('计划')!.cell(1, 5)!.fill).toBe('#FFC7CE');
  expect(excel.model.sheet('计划')!.notes.size).toBe(0);
});
