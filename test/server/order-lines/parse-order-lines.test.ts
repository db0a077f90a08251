import type { Finding } from '../../../server/src/domain/finding';
import { type OrderLineInput, parseOrderLines } from '../../../server/src/orders/order-lines';
import { buildWorkbook, excelDate, type FixtureCell } from '../master-workbook/workbook-fixture';

const HEADER = [
  '订单号 OrderNo',
  '行号 LineNo',
  '定价日期 PricingDate',
  'SKU',
  '数量 Qty',
  '对象 Audience',
  '医院 Hospital',
  '经销商 Distributor',
  '批号 Lot',
  '效期 Expiry',
  '省份 Province',
  '渠道 Channel',
  '医院等级 Grade',
];

const line = (fields: Partial<OrderLineInput> & Pick<OrderLineInput, 'row'>): OrderLineInput => ({
  orderNo: 'SO-1',
  lineNo: 1,
  pricingDate: '2026-12-03',
  sku: 'DES-3018',
  qty: 1,
  audience: 'DISTRIBUTOR',
  hospital: null,
  distributor: 'D-ZJ01',
  lot: null,
  expiry: null,
  province: null,
  channel: null,
  grade: null,
  ...fields,
});

function xlsx(rows: FixtureCell[][], header: FixtureCell[] = HEADER): Promise<Buffer> {
  return buildWorkbook([{ name: '订单行 Lines', rows: [header, ...rows] }]);
}

const GOOD_ROWS: FixtureCell[][] = [
  [
    'SO-1',
    1,
    excelDate('2026-12-03'),
    'DES-3018',
    30,
    '经销商',
    null,
    'D-ZJ01',
    'DS2609A12',
    excelDate('2028-08-31'),
  ],
  ['SO-1', 2, '2026-12-03', 'BC-2015', '1,000', 'DISTRIBUTOR', null, 'D-ZJ01'],
  [],
  [
    'SO-2',
    1,
    '2026-12-10 10:30',
    'CS-MASK50',
    150,
    '医院',
    'SHH002',
    null,
    'MK2610C15',
    '2028/10/14',
  ],
  [
    'SIM-1',
    1,
    '2026-12-18T14:00:00+08:00',
    'GW-0140',
    5,
    'HOSPITAL',
    null,
    null,
    null,
    null,
    '广东',
    '公立医院',
    '三甲',
  ],
];

const GOOD_LINES: OrderLineInput[] = [
  line({ row: 2, qty: 30, lot: 'DS2609A12', expiry: '2028-08-31' }),
  line({ row: 3, lineNo: 2, sku: 'BC-2015', qty: 1000 }),
  line({
    row: 5,
    orderNo: 'SO-2',
    pricingDate: '2026-12-10T10:30:00+08:00',
    sku: 'CS-MASK50',
    qty: 150,
    audience: 'HOSPITAL',
    hospital: 'SHH002',
    distributor: null,
    lot: 'MK2610C15',
    expiry: '2028-10-14',
  }),
  line({
    row: 6,
    orderNo: 'SIM-1',
    pricingDate: '2026-12-18T14:00:00+08:00',
    sku: 'GW-0140',
    qty: 5,
    audience: 'HOSPITAL',
    distributor: null,
    province: '440000',
    channel: 'PUBLIC_HOSPITAL',
    grade: '3A',
  }),
];

test('an .xlsx file gives typed lines; blank rows are skipped', async () => {
  const { lines, findings } = await parseOrderLines(await xlsx(GOOD_ROWS), 'lines.xlsx');
  expect(findings).toEqual([]);
  expect(lines).toEqual(GOOD_LINES);
});

const CSV_TEXT = [
  'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Hospital,Distributor,Lot,Expiry,Province,Channel,Grade,Comment',
  'SO-1,1,2026-12-03,DES-3018,30,经销商,,D-ZJ01,DS2609A12,2028-08-31,,,,"first line',
  'of a comment"',
  'SO-1,2,2026-12-03,BC-2015,"1,000",DISTRIBUTOR,,D-ZJ01,,,,,,',
  '',
  'SO-2,1,2026-12-10 10:30,CS-MASK50,150,医院,SHH002,,MK2610C15,2028/10/14,,,,',
  'SIM-1,1,2026-12-18T14:00:00+08:00,GW-0140,5,HOSPITAL,,,,,广东,公立医院,三甲,',
].join('\r\n');

// Rows are the lines records start on: the comment's line break moves the rest down by one.
const CSV_LINES = GOOD_LINES.map((expected, index) => ({ ...expected, row: [2, 4, 6, 7][index] }));

test.each([
  ['UTF-8 with a BOM', Buffer.from(`\ufeff${CSV_TEXT}`, 'utf8')],
  ['UTF-8 without a BOM', Buffer.from(CSV_TEXT, 'utf8')],
])('a .csv file in %s gives the same lines', async (_label, source) => {
  const { lines, findings } = await parseOrderLines(source, 'lines.csv');
  expect(findings).toEqual([]);
  expect(lines).toEqual(CSV_LINES);
});

test('a .csv saved by Chinese Excel in GB18030 is read too', async () => {
  // 经销商 in GB18030 is BE AD CF FA C9 CC, which is not valid UTF-8.
  const source = Buffer.concat([
    Buffer.from(
      'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Distributor\r\nSO-1,1,2026-12-03,DES-3018,2,',
    ),
    Buffer.from([0xbe, 0xad, 0xcf, 0xfa, 0xc9, 0xcc]),
    Buffer.from(',D-ZJ01\r\n'),
  ]);
  const { lines, findings } = await parseOrderLines(source, 'LINES.CSV');
  expect(findings).toEqual([]);
  expect(lines).toEqual([line({ row: 2, qty: 2 })]);
});

type Located = Pick<Finding, 'row' | 'column' | 'code'>;

const CASES: [string, FixtureCell[][], Located[]][] = [
  [
    'a line number used twice in one order',
    [
      ['SO-1', 1, '2026-12-03', 'A', 1, 'DISTRIBUTOR', null, 'D1'],
      ['SO-1', 1, '2026-12-03', 'B', 1, 'DISTRIBUTOR', null, 'D1'],
      ['SO-2', 1, '2026-12-03', 'B', 1, 'DISTRIBUTOR', null, 'D1'],
    ],
    [{ row: 3, column: '行号 LineNo', code: 'DUPLICATE_KEY' }],
  ],
  [
    'a zero quantity',
    [['SO-1', 1, '2026-12-03', 'A', 0, 'DISTRIBUTOR', null, 'D1']],
    [{ row: 2, column: '数量 Qty', code: 'OUT_OF_RANGE' }],
  ],
  [
    'a negative quantity',
    [['SO-1', 1, '2026-12-03', 'A', -3, 'DISTRIBUTOR', null, 'D1']],
    [{ row: 2, column: '数量 Qty', code: 'OUT_OF_RANGE' }],
  ],
  [
    'a fractional quantity',
    [['SO-1', 1, '2026-12-03', 'A', 1.5, 'DISTRIBUTOR', null, 'D1']],
    [{ row: 2, column: '数量 Qty', code: 'NOT_A_WHOLE_NUMBER' }],
  ],
  [
    'an unknown audience',
    [['SO-1', 1, '2026-12-03', 'A', 1, 'CLINIC', null, 'D1']],
    [{ row: 2, column: '对象 Audience', code: 'UNKNOWN_CODE' }],
  ],
  [
    'an empty SKU',
    [['SO-1', 1, '2026-12-03', null, 1, 'DISTRIBUTOR', null, 'D1']],
    [{ row: 2, column: 'SKU', code: 'MISSING_VALUE' }],
  ],
  [
    'an impossible pricing date',
    [['SO-1', 1, '2026-02-30', 'A', 1, 'DISTRIBUTOR', null, 'D1']],
    [{ row: 2, column: '定价日期 PricingDate', code: 'INVALID_DATE' }],
  ],
  [
    'a distributor line without its distributor',
    [['SO-1', 1, '2026-12-03', 'A', 1, 'DISTRIBUTOR']],
    [{ row: 2, column: '经销商 Distributor', code: 'MISSING_VALUE' }],
  ],
  [
    'an unknown province override',
    [['S', 1, '2026-12-03', 'A', 1, 'HOSPITAL', null, null, null, null, '华东']],
    [{ row: 2, column: '省份 Province', code: 'UNKNOWN_PROVINCE' }],
  ],
  [
    'an unknown channel override',
    [['S', 1, '2026-12-03', 'A', 1, 'HOSPITAL', null, null, null, null, null, '批发']],
    [{ row: 2, column: '渠道 Channel', code: 'UNKNOWN_CODE' }],
  ],
  [
    'an order priced on two days',
    [
      ['SO-1', 1, '2026-12-03T23:30:00+08:00', 'A', 1, 'DISTRIBUTOR', null, 'D1'],
      ['SO-1', 2, '2026-12-03T15:30:00Z', 'B', 1, 'DISTRIBUTOR', null, 'D1'],
      ['SO-1', 3, '2026-12-03T16:30:00Z', 'B', 1, 'DISTRIBUTOR', null, 'D1'],
    ],
    // 15:30Z is 23:30 in Shanghai, the same day; 16:30Z is already 2026-12-04 there.
    [{ row: 4, column: '定价日期 PricingDate', code: 'ORDER_INCONSISTENT' }],
  ],
  [
    'an order for two audiences',
    [
      ['SO-1', 1, '2026-12-03', 'A', 1, 'DISTRIBUTOR', null, 'D1'],
      ['SO-1', 2, '2026-12-03', 'B', 1, 'HOSPITAL', 'H1'],
    ],
    [{ row: 3, column: '对象 Audience', code: 'ORDER_INCONSISTENT' }],
  ],
  [
    'a hospital order for two hospitals',
    [
      ['SO-1', 1, '2026-12-03', 'A', 1, 'HOSPITAL', 'H1'],
      ['SO-1', 2, '2026-12-03', 'B', 1, 'HOSPITAL', 'H2'],
    ],
    [{ row: 3, column: '医院 Hospital', code: 'ORDER_INCONSISTENT' }],
  ],
];

test.each(CASES)(
  '%s is a located finding and the line is left out',
  async (_label, rows, expected) => {
    const { lines, findings } = await parseOrderLines(await xlsx(rows), 'lines.xlsx');
    expect(findings.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    for (const finding of findings) {
      expect(finding).toMatchObject({ sheet: '订单行 Lines', severity: 'BLOCK' });
    }
    const refused = new Set(expected.map((finding) => finding.row));
    expect(lines.map((parsed) => parsed.row)).toEqual(
      rows.map((_row, index) => index + 2).filter((row) => !refused.has(row)),
    );
  },
);

test('a missing required column is reported once, not on every line', async () => {
  const header = HEADER.filter((name) => name !== '数量 Qty');
  const rows = [['SO-1', 1, '2026-12-03', 'A', 'DISTRIBUTOR', null, 'D1']];
  const { lines, findings } = await parseOrderLines(await xlsx(rows, header), 'lines.xlsx');
  expect(lines).toEqual([]);
  expect(findings.map(({ code, column }) => ({ code, column }))).toEqual([
    { code: 'MISSING_COLUMN', column: '数量 Qty' },
  ]);
});

test('a CSV without a required column says so, naming the file', async () => {
  const source = Buffer.from('OrderNo,LineNo,SKU,Qty,Audience\nSO-1,1,A,1,DISTRIBUTOR\n');
  const { lines, findings } = await parseOrderLines(source, 'march.csv');
  expect(lines).toEqual([]);
  expect(findings.map(({ sheet, code, column }) => ({ sheet, code, column }))).toEqual([
    { sheet: 'march.csv', code: 'MISSING_COLUMN', column: '定价日期 PricingDate' },
  ]);
});

test('a file that is neither .xlsx nor .csv is refused', async () => {
  const { lines, findings } = await parseOrderLines(
    Buffer.from('\xd0\xcf\x11\xe0', 'latin1'),
    'old.xls',
  );
  expect(lines).toEqual([]);
  expect(findings.map((finding) => finding.code)).toEqual(['UNSUPPORTED_FILE']);
});
