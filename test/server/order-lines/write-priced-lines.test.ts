import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type PricedLineJson,
  writePricedLinesWorkbook,
} from '../../../server/src/workbook/write-priced-lines';

const LINE_1: PricedLineJson = {
  orderNo: 'SO-2026-1201',
  lineNo: 1,
  sku: 'DES-3018',
  qty: 10,
  listUnitPrice: '6800.00',
  grossAmount: '68000.00',
  discountAmount: '7155.50',
  netAmount: '60844.50',
  netUnitPrice: '6084.45',
  applied: [
    { plan: 'ZJ-2026', version: 2, rule: 'R01', amount: '6800.00', truncated: false },
    { plan: 'Q4-2026', version: 1, rule: 'R07', amount: '355.5', truncated: true },
  ],
  freeGoods: [{ sku: 'GW-0140', qty: 2, rule: 'R09' }],
  findings: [{ code: 'BELOW_COST', severity: 'WARN', message: 'net below standard cost' }],
  trace: [{ message: 'base 6800.00 from DL-2026' }, { message: 'R01 applied' }, { message: 'end' }],
};

// User text that a careless writer would turn into formulas.
const LINE_2: PricedLineJson = {
  ...LINE_1,
  orderNo: '=HYPERLINK("http://x","y")',
  lineNo: 2,
  sku: '+SKU',
  listUnitPrice: '',
  grossAmount: '0',
  discountAmount: '0',
  netAmount: '0',
  netUnitPrice: '0',
  applied: [],
  freeGoods: [],
  findings: [{ code: 'NO_PRICE', severity: 'BLOCK', message: '-no price list' }],
  trace: [{ message: '@SUM(A1:A2)' }, { message: '-1+2' }],
};

const LINE_3: PricedLineJson = { ...LINE_1, orderNo: 'SO-2026-1202', lineNo: 1, trace: [] };

let dir: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'priced-'));
  const path = join(dir, 'priced.xlsx');
  await writePricedLinesWorkbook(path, [LINE_1, LINE_2, LINE_3]);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function priced(): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet('定价结果 Priced');
  if (!sheet) throw new Error('no Priced sheet');
  return sheet;
}

function trace(): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet('追溯 Trace');
  if (!sheet) throw new Error('no Trace sheet');
  return sheet;
}

test('the Priced header names every column in both languages', () => {
  expect(priced().getRow(1).values).toEqual([
    undefined,
    '订单号 OrderNo',
    '行号 LineNo',
    'SKU',
    '数量 Qty',
    '目录单价 ListUnitPrice',
    '金额 Gross',
    '折扣 Discount',
    '净额 Net',
    '净单价 NetUnitPrice',
    '适用规则 Applied',
    '赠品 FreeGoods',
    '发现 Findings',
    '追溯 Trace',
    '状态 Status',
  ]);
});

test('money is written as numbers with a money format', () => {
  const row = priced().getRow(2);
  expect([5, 6, 7, 8, 9].map((col) => row.getCell(col).value)).toEqual([
    6800, 68000, 7155.5, 60844.5, 6084.45,
  ]);
  expect(row.getCell(6).numFmt).toBe('#,##0.00');
  expect(row.getCell(7).numFmt).toBe('#,##0.00');
  expect(row.getCell(8).numFmt).toBe('#,##0.00');
});

test('a line without a list price leaves that cell empty rather than zero', () => {
  expect(priced().getRow(3).getCell(5).value).toBeNull();
});

test('applied rules, free goods and findings are summarised as text', () => {
  const row = priced().getRow(2);
  expect(row.getCell(10).value).toBe(
    'ZJ-2026@2/R01 −6800.00; Q4-2026@1/R07 −355.50 (截断 truncated)',
  );
  expect(row.getCell(11).value).toBe('GW-0140 ×2 (R09)');
  expect(row.getCell(12).value).toBe('[WARN] BELOW_COST: net below standard cost');
});

test('text that starts with = + - @ stays text', () => {
  const row = priced().getRow(3);
  for (const [cell, text] of [
    [row.getCell(1), '=HYPERLINK("http://x","y")'],
    [row.getCell(3), '+SKU'],
    [row.getCell(12), '[BLOCK] NO_PRICE: -no price list'],
    [trace().getRow(5).getCell(4), '@SUM(A1:A2)'],
    [trace().getRow(6).getCell(4), '-1+2'],
  ] as const) {
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(text);
    expect(cell.numFmt).toBe('@');
  }
});

test('the Trace sheet has one row per entry with its step number', () => {
  const rows = trace()
    .getSheetValues()
    .slice(1)
    .map((values) => (values as unknown[]).slice(1));
  expect(rows).toEqual([
    ['订单号 OrderNo', '行号 LineNo', '步骤 Step', '说明 Message'],
    ['SO-2026-1201', 1, 1, 'base 6800.00 from DL-2026'],
    ['SO-2026-1201', 1, 2, 'R01 applied'],
    ['SO-2026-1201', 1, 3, 'end'],
    ['=HYPERLINK("http://x","y")', 2, 1, '@SUM(A1:A2)'],
    ['=HYPERLINK("http://x","y")', 2, 2, '-1+2'],
  ]);
});

test("each Priced row links to its line's first trace row; no trace, no link", () => {
  const links = [2, 3, 4].map((row) => priced().getRow(row).getCell(13).value);
  expect(links).toEqual([
    { formula: `HYPERLINK("#'追溯 Trace'!A2","→ 2")`, result: '→ 2' },
    { formula: `HYPERLINK("#'追溯 Trace'!A5","→ 5")`, result: '→ 5' },
    null,
  ]);
});
