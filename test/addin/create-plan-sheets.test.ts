import { ExcelAdapterError, createPlanSheets } from '../../addin/src/excel';
import type { MasterLists, SheetLayout } from '../../addin/src/excel';
import { fakeHost } from './fake-support';

const LAYOUTS: SheetLayout[] = [
  {
    sheet: '计划',
    tableName: 'Plans',
    preparedRows: 500,
    columns: [
      { header: '计划编码', kind: 'text' },
      { header: '层级', kind: 'text', list: 'List_Levels' },
      { header: '开始日期', kind: 'date' },
      { header: '预算', kind: 'money' },
    ],
  },
  {
    sheet: '规则',
    tableName: 'Rules',
    preparedRows: 5000,
    columns: [
      { header: '规则编码', kind: 'text' },
      { header: '医院', kind: 'text', list: 'List_Hospitals', multiple: true },
      { header: '值', kind: 'percent' },
      { header: '优先级', kind: 'integer' },
    ],
  },
];

const HOSPITALS = Array.from({ length: 300 }, (_, i) => `第${i}人民医院（东院,南区）`);
const MASTER: MasterLists = {
  sheet: 'MedPromo Lists',
  lists: { List_Levels: ['ANNUAL', 'QUARTERLY', 'MONTHLY'], List_Hospitals: HOSPITALS },
};

test('plan sheets are tables with formats and drop-downs from named ranges on a hidden sheet', async () => {
  const excel = fakeHost();
  await createPlanSheets(excel.excelContext, LAYOUTS, MASTER);

  expect(excel.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
    ['Plans', '计划'],
    ['Rules', '规则'],
  ]);
  const lists = excel.model.sheet('MedPromo Lists')!;
  expect(lists.visibility).toBe('Hidden');
  expect(excel.model.names.get('List_Hospitals')).toBe("='MedPromo Lists'!$B$2:$B$301");
  expect(lists.cell(300, 1)!.value).toBe(HOSPITALS[299]); // commas inside an entry are kept

  const rules = excel.model.sheet('规则')!;
  expect(rules.validationAt(4999, 1)).toMatchObject({
    rule: { list: { inCellDropDown: true, source: '=List_Hospitals' } },
    errorAlert: { showAlert: false },
  });
  const plans = excel.model.sheet('计划')!;
  expect(plans.validationAt(1, 1)!.rule).toEqual({
    list: { inCellDropDown: true, source: '=List_Levels' },
  });
  expect(plans.validationAt(1, 1)!.errorAlert).toBeUndefined();

  expect([0, 1, 2, 3].map((c) => plans.cell(500, c)!.numberFormat)).toEqual([
    '@',
    '@',
    'yyyy-mm-dd',
    '#,##0.00',
  ]);
  expect([2, 3].map((c) => rules.cell(1, c)!.numberFormat)).toEqual(['0.00%', '0']);
  expect(plans.cell(0, 1)!.value).toBe('层级');
});

test('a plan sheet that already has content is not overwritten', async () => {
  const excel = fakeHost();
  await createPlanSheets(excel.excelContext, LAYOUTS, MASTER);
  const again = createPlanSheets(excel.excelContext, LAYOUTS, MASTER);
  await expect(again).rejects.toBeInstanceOf(ExcelAdapterError);
  await expect(again).rejects.toMatchObject({ code: 'SHEET_EXISTS' });
});
