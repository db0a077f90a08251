import { locateFindings } from '../../addin/src/excel/cell-findings';
import type { SheetTable } from '../../addin/src/excel/sheet-table';

/** Findings name their column by the header as found, or bilingually ("值 Value"). */
const rules: SheetTable = {
  sheet: '规则',
  header: ['计划编码', '规则编码', '产品', '值'],
  rows: [],
  firstRow: 2,
  firstColumn: 1,
};

const finding = (column: string | undefined) => ({
  sheet: '规则',
  row: 4 as number | undefined,
  column,
  code: 'TEST',
  severity: 'BLOCK' as const,
  message: 'm',
});

it.each([
  ['值', 'E4'],
  ['值 Value', 'E4'],
  ['产品 Products', 'D4'],
  ['Value', null],
  [undefined, null],
])('column %p on row 4 is cell %p (the table starts in column B)', (column, address) => {
  expect(locateFindings([finding(column)], [rules])[0].address).toBe(address);
});

it('leaves a finding without a row or on another sheet unplaced', () => {
  expect(locateFindings([{ ...finding('值'), row: undefined }], [rules])[0].address).toBeNull();
  expect(locateFindings([{ ...finding('值'), sheet: '计划' }], [rules])[0].address).toBeNull();
});
