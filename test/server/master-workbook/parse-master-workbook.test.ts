import type { Finding } from '../../../server/src/domain/finding';
import {
  emptyMasterData,
  type MasterData,
  parseMasterWorkbook,
} from '../../../server/src/master/master-workbook';
import { buildWorkbook, excelDate, type FixtureCell, type FixtureSheet } from './workbook-fixture';

const PRODUCT_HEADER = [
  'SKU',
  '名称 Name',
  '品类',
  'DeviceClass',
  '注册证号 CertNo',
  '注册证有效期至 CertValidTo',
  'GTIN',
  '每包数量 UnitsPerPack',
  '标准成本 StandardCost',
  '需批号 RequiresLot',
  '需效期 RequiresExpiry',
  '需序列号 RequiresSerial',
];
const STENT: FixtureCell[] = [
  'DES-3018',
  '药物洗脱冠脉支架 3.0×18mm',
  '冠脉支架',
  'III类',
  '国械注准20233130001',
  excelDate('2028-06-30'),
  '06923456001022',
  1,
  980,
  '是',
  'Y',
  'TRUE',
];
// The GTIN typed as a number loses its leading zero; the gauze is Class I with no certificate.
const GAUZE: FixtureCell[] = [
  'CS-GAUZE',
  '医用纱布块(非无菌)',
  '一次性耗材',
  'I',
  '浙杭械备20210045号',
  null,
  6923456005037,
  200,
  '18.00',
  '是',
  '否',
  null,
];

const PRICE_HEADER = [
  '价目表 PriceList',
  '对象 Audience',
  'SKU',
  '单价 UnitPrice',
  '含税 TaxInclusive',
  '税率 VatRate',
  '生效日期 ValidFrom',
  '失效日期 ValidTo',
];
const HOSPITAL_HEADER = ['编码', '名称', '省份', '城市', '等级', '性质'];
const DISTRIBUTOR_HEADER = ['Code', 'Name', 'USCC', 'Tier', 'Province'];

function sheets(overrides: Partial<Record<string, FixtureCell[][]>> = {}): FixtureSheet[] {
  const base: Record<string, FixtureCell[][]> = {
    '产品 Products': [PRODUCT_HEADER, STENT, GAUZE],
    '价格表 PriceList': [
      PRICE_HEADER,
      ['DL-2026', '经销商', 'DES-3018', 2680, 'N', null, '2026-01-01', null],
      [
        'HL-2026',
        'HOSPITAL',
        'DES-3018',
        '3,880.00',
        '是',
        { value: 0.13, numFmt: '0%' },
        excelDate('2026-01-01'),
        '2026/12/31',
      ],
    ],
    医院: [
      HOSPITAL_HEADER,
      ['ZJH001', '杭州市示例第一人民医院', '浙江', '杭州', '三级甲等', '公立'],
      ['SHH002', '上海示例国际医疗中心', '310000', null, 'UNGRADED', 'PRIVATE'],
    ],
    Distributors: [
      DISTRIBUTOR_HEADER,
      ['D-ZJ01', '浙江示例医药有限公司', '91330106MA2CK3P815', 'T1', '浙江省'],
      ['D-SC01', '四川示例医药物流有限公司', null, '配送商', '川'],
    ],
  };
  return Object.entries({ ...base, ...overrides }).map(([name, rows]) => ({ name, rows: rows! }));
}

async function parse(
  overrides: Partial<Record<string, FixtureCell[][]>> = {},
  skus: string[] = [],
) {
  return parseMasterWorkbook(await buildWorkbook(sheets(overrides)), { skus: new Set(skus) });
}

test('a good workbook parses to typed rows with no findings', async () => {
  const expected: MasterData = {
    ...emptyMasterData(),
    products: [
      {
        sku: 'DES-3018',
        name: '药物洗脱冠脉支架 3.0×18mm',
        category: '冠脉支架',
        deviceClass: 'III',
        certNo: '国械注准20233130001',
        certValidTo: '2028-06-30',
        gtin: '06923456001022',
        unitsPerPack: 1,
        standardCost: '980.00',
        requiresLot: true,
        requiresExpiry: true,
        requiresSerial: true,
      },
      {
        sku: 'CS-GAUZE',
        name: '医用纱布块(非无菌)',
        category: '一次性耗材',
        deviceClass: 'I',
        certNo: '浙杭械备20210045号',
        certValidTo: null,
        gtin: '06923456005037',
        unitsPerPack: 200,
        standardCost: '18.00',
        requiresLot: true,
        requiresExpiry: false,
        requiresSerial: false,
      },
    ],
    priceList: [
      {
        priceList: 'DL-2026',
        audience: 'DISTRIBUTOR',
        sku: 'DES-3018',
        unitPrice: '2680.00',
        taxInclusive: false,
        vatRate: '0.13',
        validFrom: '2026-01-01',
        validTo: null,
      },
      {
        priceList: 'HL-2026',
        audience: 'HOSPITAL',
        sku: 'DES-3018',
        unitPrice: '3880.00',
        taxInclusive: true,
        vatRate: '0.13',
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      },
    ],
    hospitals: [
      {
        code: 'ZJH001',
        name: '杭州市示例第一人民医院',
        province: '330000',
        city: '杭州',
        grade: '3A',
        ownership: 'PUBLIC',
      },
      {
        code: 'SHH002',
        name: '上海示例国际医疗中心',
        province: '310000',
        city: null,
        grade: 'UNGRADED',
        ownership: 'PRIVATE',
      },
    ],
    distributors: [
      {
        code: 'D-ZJ01',
        name: '浙江示例医药有限公司',
        uscc: '91330106MA2CK3P815',
        tier: 'T1',
        province: '330000',
      },
      {
        code: 'D-SC01',
        name: '四川示例医药物流有限公司',
        uscc: null,
        tier: 'DELIVERY',
        province: '510000',
      },
    ],
  };
  const { data, findings } = await parse();
  expect(findings).toEqual([]);
  expect(data).toEqual(expected);
});

test('every sheet is optional: a file with only hospitals parses', async () => {
  const buffer = await buildWorkbook(sheets().filter((sheet) => sheet.name === '医院'));
  const { data, findings } = await parseMasterWorkbook(buffer, { skus: new Set() });
  expect(findings).toEqual([]);
  expect(data.hospitals.map((hospital) => hospital.code)).toEqual(['ZJH001', 'SHH002']);
  expect(data.products).toEqual([]);
});

test('a file with none of the sheets is one finding', async () => {
  const buffer = await buildWorkbook([{ name: 'Sheet1', rows: [['SKU', '名称 Name']] }]);
  const { findings } = await parseMasterWorkbook(buffer, { skus: new Set() });
  expect(findings.map((finding) => finding.code)).toEqual(['NO_MASTER_SHEET']);
});

test('a missing required column is reported once, not on every row', async () => {
  const { data, findings } = await parse({
    医院: [
      ['编码', '名称', '省份', '城市', '性质'],
      ['ZJH001', 'A', '浙江', '杭州', '公立'],
      ['ZJH002', 'B', '浙江', '杭州', '公立'],
    ],
  });
  expect(findings.map(({ code, sheet }) => ({ code, sheet }))).toEqual([
    { code: 'MISSING_COLUMN', sheet: '医院' },
  ]);
  expect(data.hospitals).toEqual([]);
});

type Case = [
  label: string,
  overrides: Partial<Record<string, FixtureCell[][]>>,
  expected: Pick<Finding, 'sheet' | 'row' | 'column' | 'code' | 'severity'>[],
];

const withStent = (row: FixtureCell[]): FixtureCell[][] => [PRODUCT_HEADER, STENT, row];
const withPrices = (...rows: FixtureCell[][]): FixtureCell[][] => [PRICE_HEADER, ...rows];
const withHospital = (row: FixtureCell[]): FixtureCell[][] => [HOSPITAL_HEADER, row];
const withDistributor = (row: FixtureCell[]): FixtureCell[][] => [DISTRIBUTOR_HEADER, row];
const at = (sheet: string, row: number, column: string, code: string, severity = 'BLOCK') => ({
  sheet,
  row,
  column,
  code,
  severity: severity as Finding['severity'],
});
const price = (
  list: string,
  sku: string,
  from: FixtureCell,
  to: FixtureCell,
  audience = '经销商',
) => [list, audience, sku, 100, 'N', null, from, to];
const other = (
  sku: string,
  gtin: FixtureCell,
  deviceClass = 'II',
  cert: FixtureCell = '浙械注准1',
) => [sku, 'x', '导丝', deviceClass, cert, null, gtin, null, null, null, null, null];

const CASES: Case[] = [
  [
    'a GTIN with a wrong check digit',
    { '产品 Products': withStent(other('GW-0335', '06923456003020')) },
    [at('产品 Products', 3, 'GTIN', 'INVALID_GTIN')],
  ],
  [
    'a GTIN of 11 digits',
    { '产品 Products': withStent(other('GW-0335', '69234560030')) },
    [at('产品 Products', 3, 'GTIN', 'INVALID_GTIN')],
  ],
  [
    'two products with one GTIN',
    { '产品 Products': withStent(other('GW-0335', '06923456001022')) },
    [at('产品 Products', 3, 'GTIN', 'DUPLICATE_KEY')],
  ],
  [
    'a duplicate SKU',
    { '产品 Products': withStent(other('DES-3018', null)) },
    [at('产品 Products', 3, 'SKU', 'DUPLICATE_KEY')],
  ],
  [
    'an unknown device class',
    { '产品 Products': withStent(other('GW-0335', null, 'IV')) },
    [at('产品 Products', 3, 'DeviceClass', 'UNKNOWN_CODE')],
  ],
  [
    'a Class II product without a certificate number (a warning; the row is kept)',
    { '产品 Products': withStent(other('GW-0335', null, 'II', null)) },
    [at('产品 Products', 3, '注册证号 CertNo', 'MISSING_CERT', 'WARN')],
  ],
  [
    'a price for a SKU nobody knows',
    { '价格表 PriceList': withPrices(price('DL-2026', 'NOPE-1', '2026-01-01', null)) },
    [at('价格表 PriceList', 2, 'SKU', 'UNKNOWN_SKU')],
  ],
  [
    'a price that ends before it starts',
    { '价格表 PriceList': withPrices(price('DL-2026', 'DES-3018', '2026-06-01', '2026-05-31')) },
    [at('价格表 PriceList', 2, '失效日期 ValidTo', 'END_BEFORE_START')],
  ],
  [
    'two prices of one list and SKU from the same day',
    {
      '价格表 PriceList': withPrices(
        price('DL-2026', 'DES-3018', '2026-01-01', '2026-06-30'),
        price('DL-2026', 'DES-3018', '2026-01-01', null),
      ),
    },
    [at('价格表 PriceList', 3, '生效日期 ValidFrom', 'DUPLICATE_KEY')],
  ],
  [
    'overlapping validity of one list and SKU',
    {
      '价格表 PriceList': withPrices(
        price('DL-2026', 'DES-3018', '2026-07-01', null),
        price('DL-2026', 'DES-3018', '2026-01-01', '2026-07-01'),
      ),
    },
    [at('价格表 PriceList', 2, '生效日期 ValidFrom', 'OVERLAPPING_VALIDITY')],
  ],
  [
    'a price list serving two audiences',
    {
      '价格表 PriceList': withPrices(
        price('DL-2026', 'DES-3018', '2026-01-01', null),
        price('DL-2026', 'CS-GAUZE', '2026-01-01', null, '医院'),
      ),
    },
    [at('价格表 PriceList', 3, '对象 Audience', 'MIXED_AUDIENCE')],
  ],
  [
    'a zero unit price',
    {
      '价格表 PriceList': withPrices(['DL-2026', '经销商', 'DES-3018', 0, 'N', null, '2026-01-01']),
    },
    [at('价格表 PriceList', 2, '单价 UnitPrice', 'OUT_OF_RANGE')],
  ],
  [
    'a VAT rate typed as a fraction without a percent format',
    {
      '价格表 PriceList': withPrices(['DL-2026', '经销商', 'DES-3018', 1, 'N', 0.13, '2026-01-01']),
    },
    [at('价格表 PriceList', 2, '税率 VatRate', 'VAT_RATE_AS_FRACTION')],
  ],
  [
    'an unusual but possible VAT rate (5%)',
    {
      '价格表 PriceList': withPrices(['DL-2026', '经销商', 'DES-3018', 1, 'N', 5, '2026-01-01']),
    },
    [at('价格表 PriceList', 2, '税率 VatRate', 'UNUSUAL_VAT_RATE', 'WARN')],
  ],
  [
    'an empty TaxInclusive',
    {
      '价格表 PriceList': withPrices([
        'DL-2026',
        '经销商',
        'DES-3018',
        1,
        null,
        null,
        '2026-01-01',
      ]),
    },
    [at('价格表 PriceList', 2, '含税 TaxInclusive', 'MISSING_VALUE')],
  ],
  [
    'an unknown province',
    { 医院: withHospital(['ZJH009', 'X', '浙北', '湖州', '3A', '公立']) },
    [at('医院', 2, '省份', 'UNKNOWN_PROVINCE')],
  ],
  [
    'an unknown grade',
    { 医院: withHospital(['ZJH009', 'X', '浙江', '湖州', '特级', '公立']) },
    [at('医院', 2, '等级', 'UNKNOWN_CODE')],
  ],
  [
    'an unknown ownership',
    { 医院: withHospital(['ZJH009', 'X', '浙江', '湖州', '3A', '合资']) },
    [at('医院', 2, '性质', 'UNKNOWN_CODE')],
  ],
  [
    'a USCC with a wrong check character',
    { Distributors: withDistributor(['D-X', 'X', '91330106MA2CK3P816', 'T1', '浙江']) },
    [at('Distributors', 2, 'USCC', 'INVALID_USCC')],
  ],
  [
    'a USCC with a letter outside its character set',
    { Distributors: withDistributor(['D-X', 'X', '91330106MA2CK3PO15', 'T1', '浙江']) },
    [at('Distributors', 2, 'USCC', 'INVALID_USCC')],
  ],
  [
    'an unknown tier',
    { Distributors: withDistributor(['D-X', 'X', null, 'T3', '浙江']) },
    [at('Distributors', 2, 'Tier', 'UNKNOWN_CODE')],
  ],
];

test.each(CASES)('%s', async (_label, overrides, expected) => {
  const { findings } = await parse(overrides);
  const located = findings.map(({ sheet, row, column, code, severity }) => ({
    sheet,
    row,
    column,
    code,
    severity,
  }));
  expect(located).toEqual(expected);
  for (const finding of findings) expect(finding.message.length).toBeGreaterThan(20);
});

test('a price may name a SKU that only the database knows', async () => {
  const overrides = {
    '价格表 PriceList': withPrices(price('DL-2026', 'OLD-1', '2026-01-01', null)),
  };
  const { data, findings } = await parse(overrides, ['OLD-1']);
  expect(findings).toEqual([]);
  expect(data.priceList.map((row) => row.sku)).toEqual(['OLD-1']);
});

test('a price may name a product whose own row has a problem, without a second finding', async () => {
  const { findings } = await parse({
    '产品 Products': withStent(other('GW-0335', '06923456003020')),
    '价格表 PriceList': withPrices(price('DL-2026', 'GW-0335', '2026-01-01', null)),
  });
  expect(findings.map((finding) => finding.code)).toEqual(['INVALID_GTIN']);
});

test('rows with a BLOCK finding are left out of the data; WARN rows stay', async () => {
  const { data } = await parse({
    '产品 Products': [
      PRODUCT_HEADER,
      STENT,
      other('GW-0335', '06923456003020'),
      other('GW-0336', null, 'II', null),
      other('DES-3018', null),
    ],
  });
  expect(data.products.map((product) => product.sku)).toEqual(['DES-3018', 'GW-0336']);
});

test.each([
  ['3A', '3A'],
  ['三级甲等', '3A'],
  ['三甲', '3A'],
  ['２ｂ', '2B'],
  ['二级丙等', '2C'],
  ['一乙', '1B'],
  ['未定级', 'UNGRADED'],
])('grade %s reads as %s', async (typed, grade) => {
  const { data, findings } = await parse({
    医院: withHospital(['H1', 'X', '浙', '杭州', typed, '民营']),
  });
  expect(findings).toEqual([]);
  expect(data.hospitals[0].grade).toBe(grade);
});

test.each([
  ['330000', '330000'],
  ['浙江', '330000'],
  ['浙江省', '330000'],
  ['浙', '330000'],
  ['广东省', '440000'],
  ['沪', '310000'],
])('province %s reads as %s', async (typed, code) => {
  const { data } = await parse({ Distributors: withDistributor(['D-X', 'X', null, 'T2', typed]) });
  expect(data.distributors[0].province).toBe(code);
});
