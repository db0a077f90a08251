import type { Finding } from '../../../server/src/domain/finding';
import { parseMasterWorkbook } from '../../../server/src/master/master-workbook';
import { buildWorkbook, excelDate, type FixtureCell } from './workbook-fixture';

type Sheets = Record<string, FixtureCell[][]>;

/** The sheets the compliance rows refer to: two products, a hospital and a distributor. */
const BASE: Sheets = {
  '产品 Products': [
    ['SKU', '名称', '品类', '器械类别', '注册证号'],
    ['DES-3018', '药物洗脱冠脉支架', '冠脉支架', 'III', '国械注准1'],
    ['GW-0335', '导丝', '导丝', 'II', '浙械注准2'],
  ],
  '医院 Hospitals': [
    ['编码', '名称', '省份', '城市', '等级', '性质'],
    ['GDH003', '东莞示例骨科医院', '广东', '东莞', '2C', '民营'],
  ],
  '经销商 Distributors': [
    ['编码', '名称', '层级', '省份'],
    ['D-ZJ01', '浙江示例医药有限公司', 'T1', '浙江'],
    ['D-JS01', '江苏示例医疗器械贸易有限公司', 'T1', '江苏'],
  ],
};

const HEADERS: Sheets = {
  许可证: [['经销商', '类型', '证号', '经营范围', '有效期自', '有效期至']],
  Authorizations: [
    [
      'Distributor',
      'DocNo',
      'Products',
      'Territory',
      'Channel',
      'Exclusive',
      'ValidFrom',
      'ValidTo',
    ],
  ],
  '挂网价 PlatformListings': [['省份', 'SKU', '挂网价', '生效日期', '失效日期']],
  集采: [['项目', '省份', 'SKU', '中选价', '生效日期', '失效日期']],
  '库存 Inventory': [['SKU', '批号', '效期', '数量', '日期']],
  两票制: [['省份', '性质', '器械类别', '生效日期', '失效日期']],
};

async function parse(sheet: string, rows: FixtureCell[][], known = { skus: new Set<string>() }) {
  const sheets = { ...BASE, [sheet]: [...HEADERS[sheet], ...rows] };
  const buffer = await buildWorkbook(
    Object.entries(sheets).map(([name, sheetRows]) => ({ name, rows: sheetRows })),
  );
  return parseMasterWorkbook(buffer, known);
}

describe('each sheet parses to typed rows', () => {
  test('许可证 Licenses: kinds as code, label or document name; scope lists; an open filing', async () => {
    const { data, findings } = await parse('许可证', [
      [
        'D-ZJ01',
        '经营许可证',
        '浙杭药监械经营许1号',
        '冠脉支架、导丝',
        excelDate('2021-06-18'),
        '2026/6/17',
      ],
      ['D-ZJ01', 'FILING_II', '浙杭药监械经营备2号', '导丝', '2021-06-18', null],
      [
        'D-ZJ01',
        '第三类医疗器械经营许可证',
        '浙杭药监械经营许1号',
        '冠脉支架；导丝',
        '2026-06-18',
        '2031-06-17',
      ],
    ]);
    expect(findings).toEqual([]);
    expect(data.licenses).toEqual([
      {
        distributor: 'D-ZJ01',
        kind: 'LICENSE_III',
        number: '浙杭药监械经营许1号',
        scope: ['冠脉支架', '导丝'],
        validFrom: '2021-06-18',
        validTo: '2026-06-17',
      },
      {
        distributor: 'D-ZJ01',
        kind: 'FILING_II',
        number: '浙杭药监械经营备2号',
        scope: ['导丝'],
        validFrom: '2021-06-18',
        validTo: null,
      },
      {
        distributor: 'D-ZJ01',
        kind: 'LICENSE_III',
        number: '浙杭药监械经营许1号',
        scope: ['冠脉支架', '导丝'],
        validFrom: '2026-06-18',
        validTo: '2031-06-17',
      },
    ]);
  });

  test('授权 Authorizations: territory split into provinces, cities and hospitals; channels', async () => {
    const { data, findings } = await parse('Authorizations', [
      [
        'D-ZJ01',
        'SQ-1',
        'DES-3018, 导丝',
        '浙江，东莞、GDH003',
        '公立医院;RETAIL',
        '是',
        '2026-01-01',
        '2026-12-31',
      ],
      ['D-ZJ01', 'SQ-2', '冠脉支架', '330000', null, null, '2026-01-01', null],
    ]);
    expect(findings).toEqual([]);
    expect(data.authorizations).toEqual([
      {
        distributor: 'D-ZJ01',
        docNo: 'SQ-1',
        products: ['DES-3018', '导丝'],
        territory: { provinces: ['330000'], cities: ['东莞'], hospitals: ['GDH003'] },
        channels: ['PUBLIC_HOSPITAL', 'RETAIL'],
        exclusive: true,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      },
      {
        distributor: 'D-ZJ01',
        docNo: 'SQ-2',
        products: ['冠脉支架'],
        territory: { provinces: ['330000'], cities: [], hospitals: [] },
        channels: [],
        exclusive: false,
        validFrom: '2026-01-01',
        validTo: null,
      },
    ]);
  });

  test('挂网价 PlatformListings: a price history of one SKU and province', async () => {
    const { data, findings } = await parse('挂网价 PlatformListings', [
      ['川', 'GW-0335', 298, '2026-01-01', '2026-06-30'],
      ['510000', 'GW-0335', '¥310.50', '2026-07-01', null],
    ]);
    expect(findings).toEqual([]);
    expect(data.platformListings).toEqual([
      {
        province: '510000',
        sku: 'GW-0335',
        listedPrice: '298.00',
        validFrom: '2026-01-01',
        validTo: '2026-06-30',
      },
      {
        province: '510000',
        sku: 'GW-0335',
        listedPrice: '310.50',
        validFrom: '2026-07-01',
        validTo: null,
      },
    ]);
  });

  test('集采 VbpAwards: a list of provinces', async () => {
    const { data, findings } = await parse('集采', [
      ['冠脉支架联盟', '江苏、四川省、江苏', 'DES-3018', 798, '2026-07-01', '2028-06-30'],
    ]);
    expect(findings).toEqual([]);
    expect(data.vbpAwards).toEqual([
      {
        program: '冠脉支架联盟',
        provinces: ['320000', '510000'],
        sku: 'DES-3018',
        selectedPrice: '798.00',
        validFrom: '2026-07-01',
        validTo: '2028-06-30',
      },
    ]);
  });

  test('库存 Inventory: a lot counted on two dates; a lot without expiry', async () => {
    const { data, findings } = await parse('库存 Inventory', [
      ['DES-3018', 'DS01', '2027-05-31', 85, '2026-10-31'],
      ['DES-3018', 'DS01', '2027-05-31', '1,200', '2026-11-30'],
      ['GW-0335', 'GZ01', null, 0, '2026-11-30'],
    ]);
    expect(findings).toEqual([]);
    expect(data.inventory).toEqual([
      { sku: 'DES-3018', lot: 'DS01', expiry: '2027-05-31', qty: 85, asOf: '2026-10-31' },
      { sku: 'DES-3018', lot: 'DS01', expiry: '2027-05-31', qty: 1200, asOf: '2026-11-30' },
      { sku: 'GW-0335', lot: 'GZ01', expiry: null, qty: 0, asOf: '2026-11-30' },
    ]);
  });

  test('两票制 TwoInvoice: ownership and class as codes or labels', async () => {
    const { data, findings } = await parse('两票制', [
      ['浙江', '公立', 'III类', '2019-01-01', null],
      ['330000', 'PUBLIC', 'II', '2019-01-01', '2025-12-31'],
    ]);
    expect(findings).toEqual([]);
    expect(data.twoInvoice).toEqual([
      {
        province: '330000',
        ownership: 'PUBLIC',
        deviceClass: 'III',
        validFrom: '2019-01-01',
        validTo: null,
      },
      {
        province: '330000',
        ownership: 'PUBLIC',
        deviceClass: 'II',
        validFrom: '2019-01-01',
        validTo: '2025-12-31',
      },
    ]);
  });
});

type Located = Pick<Finding, 'sheet' | 'row' | 'column' | 'code' | 'severity'>;
type Case = [label: string, sheet: string, rows: FixtureCell[][], expected: Located[]];

const at = (sheet: string, row: number, column: string, code: string, severity = 'BLOCK') => ({
  sheet,
  row,
  column,
  code,
  severity: severity as Finding['severity'],
});
const L = '许可证';
const A = 'Authorizations';
const P = '挂网价 PlatformListings';
const V = '集采';
const I = '库存 Inventory';
const T = '两票制';
const licence = (over: Partial<Record<number, FixtureCell>> = {}): FixtureCell[] =>
  Object.assign(['D-ZJ01', 'LICENSE_III', 'N1', '冠脉支架', '2026-01-01', '2030-12-31'], over);
const authorisation = (over: Partial<Record<number, FixtureCell>> = {}): FixtureCell[] =>
  Object.assign(
    ['D-ZJ01', 'SQ-1', 'DES-3018', '浙江', null, 'N', '2026-01-01', '2026-12-31'],
    over,
  );
const listing = (over: Partial<Record<number, FixtureCell>> = {}): FixtureCell[] =>
  Object.assign(['浙江', 'DES-3018', 3880, '2026-01-01', null], over);
const award = (over: Partial<Record<number, FixtureCell>> = {}): FixtureCell[] =>
  Object.assign(['联盟', '江苏、四川', 'DES-3018', 798, '2026-07-01', '2028-06-30'], over);
const lot = (over: Partial<Record<number, FixtureCell>> = {}): FixtureCell[] =>
  Object.assign(['DES-3018', 'DS01', '2027-05-31', 10, '2026-11-30'], over);
const rule = (over: Partial<Record<number, FixtureCell>> = {}): FixtureCell[] =>
  Object.assign(['浙江', '公立', 'III', '2019-01-01', null], over);

const CASES: Case[] = [
  [
    'a licence of an unknown distributor',
    L,
    [licence({ 0: 'D-XX' })],
    [at(L, 2, '经销商', 'UNKNOWN_DISTRIBUTOR')],
  ],
  ['an unknown licence kind', L, [licence({ 1: '营业执照' })], [at(L, 2, '类型', 'UNKNOWN_CODE')]],
  [
    'a scope category no product has',
    L,
    [licence({ 3: '冠脉支架、人工晶体' })],
    [at(L, 2, '经营范围', 'UNKNOWN_CATEGORY')],
  ],
  ['an empty scope', L, [licence({ 3: null })], [at(L, 2, '经营范围', 'MISSING_VALUE')]],
  [
    'a licence ending before it starts',
    L,
    [licence({ 5: '2025-12-31' })],
    [at(L, 2, '有效期至', 'END_BEFORE_START')],
  ],
  [
    'a Class III licence without an end',
    L,
    [licence({ 5: null })],
    [at(L, 2, '有效期至', 'MISSING_VALUE')],
  ],
  [
    'two validities of one licence overlapping',
    L,
    [licence(), licence({ 4: '2030-06-01', 5: '2035-05-31' })],
    [at(L, 3, '有效期自', 'OVERLAPPING_VALIDITY')],
  ],
  [
    'one licence validity twice',
    L,
    [licence(), licence()],
    [at(L, 3, '有效期自', 'DUPLICATE_KEY')],
  ],
  [
    'an authorisation of an unknown distributor',
    A,
    [authorisation({ 0: 'D-XX' })],
    [at(A, 2, 'Distributor', 'UNKNOWN_DISTRIBUTOR')],
  ],
  [
    'an authorised product that is no SKU or category',
    A,
    [authorisation({ 2: 'DES-9999' })],
    [at(A, 2, 'Products', 'UNKNOWN_PRODUCT')],
  ],
  [
    'an unknown territory',
    A,
    [authorisation({ 3: '浙江、火星' })],
    [at(A, 2, 'Territory', 'UNKNOWN_TERRITORY')],
  ],
  [
    'a bad channel',
    A,
    [authorisation({ 4: '公立医院、批发' })],
    [at(A, 2, 'Channel', 'UNKNOWN_CODE')],
  ],
  [
    'an authorisation ending before it starts',
    A,
    [authorisation({ 7: '2025-01-01' })],
    [at(A, 2, 'ValidTo', 'END_BEFORE_START')],
  ],
  [
    'one authorisation twice',
    A,
    [authorisation(), authorisation()],
    [at(A, 3, 'DocNo', 'DUPLICATE_KEY')],
  ],
  [
    'another distributor beside an exclusive authorisation, in another province (no finding)',
    A,
    [authorisation({ 5: '是' }), authorisation({ 0: 'D-JS01', 1: 'SQ-9', 3: '江苏' })],
    [],
  ],
  [
    'another distributor inside an exclusive authorisation',
    A,
    [
      authorisation({ 5: '是' }),
      authorisation({ 0: 'D-JS01', 1: 'SQ-9', 6: '2026-06-01', 7: null }),
    ],
    [at(A, 3, 'Products', 'EXCLUSIVE_CONFLICT')],
  ],
  [
    'a listing in an unknown province',
    P,
    [listing({ 0: '浙北' })],
    [at(P, 2, '省份', 'UNKNOWN_PROVINCE')],
  ],
  ['a listing of an unknown SKU', P, [listing({ 1: 'NOPE' })], [at(P, 2, 'SKU', 'UNKNOWN_SKU')]],
  ['a listed price of 0', P, [listing({ 2: 0 })], [at(P, 2, '挂网价', 'OUT_OF_RANGE')]],
  ['a negative listed price', P, [listing({ 2: -1 })], [at(P, 2, '挂网价', 'NEGATIVE_AMOUNT')]],
  [
    'a listing ending before it starts',
    P,
    [listing({ 4: '2025-12-31' })],
    [at(P, 2, '失效日期', 'END_BEFORE_START')],
  ],
  [
    'two listings of one SKU and province on one day',
    P,
    [listing({ 4: '2026-06-30' }), listing({ 0: '330000', 3: '2026-06-30' })],
    [at(P, 3, '生效日期', 'OVERLAPPING_VALIDITY')],
  ],
  [
    'an award in an unknown province',
    V,
    [award({ 1: '江苏、江南' })],
    [at(V, 2, '省份', 'UNKNOWN_PROVINCE')],
  ],
  ['an award of an unknown SKU', V, [award({ 2: 'NOPE' })], [at(V, 2, 'SKU', 'UNKNOWN_SKU')]],
  [
    'an award ending before it starts',
    V,
    [award({ 5: '2026-06-30' })],
    [at(V, 2, '失效日期', 'END_BEFORE_START')],
  ],
  [
    'two awards of one SKU in one province on one day',
    V,
    [award(), award({ 0: '国采', 1: '四川、广东', 4: '2028-01-01', 5: null })],
    [at(V, 3, '生效日期', 'OVERLAPPING_VALIDITY')],
  ],
  ['one award twice', V, [award(), award({ 1: '广东' })], [at(V, 3, '生效日期', 'DUPLICATE_KEY')]],
  ['stock of an unknown SKU', I, [lot({ 0: 'NOPE' })], [at(I, 2, 'SKU', 'UNKNOWN_SKU')]],
  ['a negative quantity', I, [lot({ 3: -5 })], [at(I, 2, '数量', 'NEGATIVE_QUANTITY')]],
  ['a fractional quantity', I, [lot({ 3: 2.5 })], [at(I, 2, '数量', 'NOT_A_WHOLE_NUMBER')]],
  [
    'one lot counted twice on one day',
    I,
    [lot(), lot({ 3: 11 })],
    [at(I, 3, '日期', 'DUPLICATE_KEY')],
  ],
  [
    'one lot with two expiries',
    I,
    [lot(), lot({ 2: '2027-06-30', 4: '2026-12-31' })],
    [at(I, 3, '效期', 'LOT_EXPIRY_MISMATCH')],
  ],
  [
    'expired stock on hand (a warning)',
    I,
    [lot({ 2: '2026-11-29' })],
    [at(I, 2, '效期', 'EXPIRED_STOCK', 'WARN')],
  ],
  ['a rule in an unknown province', T, [rule({ 0: 'XX' })], [at(T, 2, '省份', 'UNKNOWN_PROVINCE')]],
  ['an unknown ownership', T, [rule({ 1: '合资' })], [at(T, 2, '性质', 'UNKNOWN_CODE')]],
  ['an unknown device class', T, [rule({ 2: 'IV' })], [at(T, 2, '器械类别', 'UNKNOWN_CODE')]],
  [
    'a rule ending before it starts',
    T,
    [rule({ 4: '2018-12-31' })],
    [at(T, 2, '失效日期', 'END_BEFORE_START')],
  ],
  [
    'two rules of one province, ownership and class on one day',
    T,
    [rule(), rule({ 3: '2020-01-01' })],
    [at(T, 3, '生效日期', 'OVERLAPPING_VALIDITY')],
  ],
];

test.each(CASES)('%s', async (_label, sheet, rows, expected) => {
  const { findings } = await parse(sheet, rows);
  const located = findings.map(({ sheet: name, row, column, code, severity }) => ({
    sheet: name,
    row,
    column,
    code,
    severity,
  }));
  expect(located).toEqual(expected);
  for (const finding of findings) expect(finding.message.length).toBeGreaterThan(20);
});

test('a row with a BLOCK finding is left out; the others are kept', async () => {
  const { data } = await parse('库存 Inventory', [lot(), lot({ 1: 'DS02', 3: -1 })]);
  expect(data.inventory.map((row) => row.lot)).toEqual(['DS01']);
});

test('codes only the database knows are accepted', async () => {
  const buffer = await buildWorkbook([
    {
      name: '许可证',
      rows: [...HEADERS['许可证'], ['D-OLD', '备案', 'B1', '旧品类', '2020-01-01']],
    },
    {
      name: 'Authorizations',
      rows: [
        ...HEADERS.Authorizations,
        ['D-OLD', 'SQ', 'OLD-1', 'H-OLD、绍兴', null, null, '2026-01-01'],
      ],
    },
  ]);
  const known = {
    skus: new Set(['OLD-1']),
    categories: new Set(['旧品类']),
    distributors: new Set(['D-OLD']),
    hospitals: new Set(['H-OLD']),
    cities: new Set(['绍兴']),
  };
  const { data, findings } = await parseMasterWorkbook(buffer, known);
  expect(findings).toEqual([]);
  expect(data.authorizations[0].territory).toEqual({
    provinces: [],
    cities: ['绍兴'],
    hospitals: ['H-OLD'],
  });
  expect(data.licenses).toHaveLength(1);
});

test('the message of an unknown distributor says where to look', async () => {
  const { findings } = await parse(L, [licence({ 0: 'D-XX' })]);
  expect(findings[0].message).toContain('D-XX');
  expect(findings[0].message).toContain('Distributors sheet');
});
