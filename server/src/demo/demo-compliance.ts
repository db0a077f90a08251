import type {
  AuthorizationRow,
  InventoryRow,
  LicenseRow,
  PlatformListingRow,
  TwoInvoiceRow,
  VbpAwardRow,
} from '../master/master-workbook';
import { DEMO_CATALOGUE } from './demo-products';

/**
 * The demo company's compliance master data (invented numbers). Seen from the demo's today,
 * 2026-12-03: 广东's Class III licence expired on 2026-11-25 (renewal pending), 四川's runs out on
 * 2027-02-19 (within 90 days); a provincial alliance awarded DES-2518 in 江苏 and 四川 from
 * 2026-07-01, and those platforms now list it at the 中选价; 四川 lists GW-0335 at 298.00, below
 * the company's 330.00 hospital price; IVD-HBSAG is not yet listed in 上海.
 */

const III = (
  distributor: string,
  number: string,
  scope: string[],
  validFrom: string,
  validTo: string,
): LicenseRow => ({ distributor, kind: 'LICENSE_III', number, scope, validFrom, validTo });
const II = (
  distributor: string,
  number: string,
  scope: string[],
  validFrom: string,
): LicenseRow => ({
  distributor,
  kind: 'FILING_II',
  number,
  scope,
  validFrom,
  validTo: null,
});

const CORONARY = ['冠脉支架', '球囊导管', '导丝'];

export const DEMO_LICENSES: LicenseRow[] = [
  // A renewal keeps its number: two validities of one licence, back to back.
  III(
    'D-ZJ01',
    '浙杭药监械经营许20160123号',
    [...CORONARY, '骨科植入物'],
    '2021-06-18',
    '2026-06-17',
  ),
  III(
    'D-ZJ01',
    '浙杭药监械经营许20160123号',
    [...CORONARY, '骨科植入物', '体外诊断试剂'],
    '2026-06-18',
    '2031-06-17',
  ),
  II('D-ZJ01', '浙杭药监械经营备20210457号', ['导丝', '一次性耗材', '体外诊断试剂'], '2021-06-18'),
  III('D-JS01', '苏宁药监械经营许20220088号', CORONARY, '2022-09-01', '2027-08-31'),
  II('D-JS01', '苏宁药监械经营备20220311号', ['导丝', '一次性耗材'], '2022-09-01'),
  III(
    'D-SH01',
    '沪药监械经营许20230219号',
    [...CORONARY, '骨科植入物', '体外诊断试剂'],
    '2023-04-10',
    '2028-04-09',
  ),
  II('D-SH01', '沪药监械经营备20230402号', ['导丝', '一次性耗材', '体外诊断试剂'], '2023-04-10'),
  III(
    'D-GD01',
    '粤穗药监械经营许20211102号',
    ['冠脉支架', '导丝', '骨科植入物'],
    '2021-11-26',
    '2026-11-25',
  ),
  II('D-GD01', '粤穗药监械经营备20211388号', ['导丝', '一次性耗材', '体外诊断试剂'], '2021-11-26'),
  III(
    'D-SC01',
    '川成药监械经营许20220045号',
    ['冠脉支架', '球囊导管', '骨科植入物', '体外诊断试剂'],
    '2022-02-20',
    '2027-02-19',
  ),
  II('D-SC01', '川成药监械经营备20220071号', ['一次性耗材', '体外诊断试剂'], '2022-02-20'),
];

const YEAR_2026 = { validFrom: '2026-01-01', validTo: '2026-12-31' } as const;
const territory = (provinces: string[], cities: string[] = [], hospitals: string[] = []) => ({
  provinces,
  cities,
  hospitals,
});

export const DEMO_AUTHORIZATIONS: AuthorizationRow[] = [
  {
    distributor: 'D-ZJ01',
    docNo: 'SQ-2026-ZJ01',
    products: [...CORONARY, '骨科植入物'],
    territory: territory(['330000']),
    channels: [],
    exclusive: true,
    ...YEAR_2026,
  },
  {
    distributor: 'D-ZJ01',
    docNo: 'SQ-2026-ZJ02',
    products: ['一次性耗材', 'IVD-CTNI', 'IVD-HBSAG'],
    territory: territory(['330000']),
    channels: ['PUBLIC_HOSPITAL', 'PRIVATE_HOSPITAL', 'RETAIL'],
    exclusive: false,
    ...YEAR_2026,
  },
  {
    distributor: 'D-JS01',
    docNo: 'SQ-2026-JS01',
    products: [...CORONARY, '一次性耗材'],
    territory: territory(['320000']),
    channels: [],
    exclusive: false,
    ...YEAR_2026,
  },
  {
    distributor: 'D-SH01',
    docNo: 'SQ-2026-SH01',
    products: [...CORONARY, '骨科植入物', '一次性耗材', '体外诊断试剂'],
    territory: territory(['310000']),
    channels: ['PUBLIC_HOSPITAL', 'PRIVATE_HOSPITAL'],
    exclusive: false,
    ...YEAR_2026,
  },
  {
    distributor: 'D-GD01',
    docNo: 'SQ-2026-GD01',
    products: ['GW-0140', 'GW-0335', '一次性耗材'],
    territory: territory([], ['广州', '深圳']),
    channels: [],
    exclusive: false,
    ...YEAR_2026,
  },
  {
    distributor: 'D-GD01',
    docNo: 'SQ-2026-GD02',
    products: ['骨科植入物'],
    territory: territory([], [], ['GDH003']),
    channels: ['PRIVATE_HOSPITAL'],
    exclusive: true,
    validFrom: '2026-03-01',
    validTo: '2027-02-28',
  },
  {
    distributor: 'D-SC01',
    docNo: 'SQ-2026-SC01',
    products: ['冠脉支架', '球囊导管', '骨科植入物', '一次性耗材', '体外诊断试剂'],
    territory: territory(['510000']),
    channels: [],
    exclusive: false,
    validFrom: '2026-01-01',
    validTo: '2027-03-31',
  },
];

const VBP_SKU = 'DES-2518';
const VBP_PROVINCES = ['320000', '510000'];
const VBP_START = '2026-07-01';
const VBP_PRICE = '798.00';
const LISTINGS_START = '2026-01-01';

export const DEMO_VBP_AWARDS: VbpAwardRow[] = [
  {
    program: '冠脉支架省际联盟集采(2026)',
    provinces: VBP_PROVINCES,
    sku: VBP_SKU,
    selectedPrice: VBP_PRICE,
    validFrom: VBP_START,
    validTo: '2028-06-30',
  },
];

/** Exceptions to "every province lists every SKU at the company's hospital price". */
function listingsOf(province: string, sku: string, hospitalPrice: string): PlatformListingRow[] {
  const listing = {
    province,
    sku,
    listedPrice: hospitalPrice,
    validFrom: LISTINGS_START,
    validTo: null,
  };
  if (sku === 'IVD-HBSAG' && province === '310000') return [];
  if (sku === 'GW-0335' && province === '510000') return [{ ...listing, listedPrice: '298.00' }];
  if (sku === VBP_SKU && VBP_PROVINCES.includes(province)) {
    return [
      { ...listing, validTo: '2026-06-30' },
      { ...listing, listedPrice: VBP_PRICE, validFrom: VBP_START },
    ];
  }
  return [listing];
}

export const DEMO_PROVINCES = ['330000', '320000', '310000', '440000', '510000'];

export const DEMO_PLATFORM_LISTINGS: PlatformListingRow[] = DEMO_PROVINCES.flatMap((province) =>
  DEMO_CATALOGUE.flatMap(({ product, hospitalPrice }) =>
    listingsOf(province, product.sku, hospitalPrice),
  ),
);

const AS_OF = '2026-11-30';
const lot = (sku: string, lotNo: string, expiry: string | null, qty: number, asOf = AS_OF) => ({
  sku,
  lot: lotNo,
  expiry,
  qty,
  asOf,
});

/** The lots of the example orders, and three that expire within 180 days of December 2026. */
export const DEMO_INVENTORY: InventoryRow[] = [
  lot('DES-3018', 'DS2609A12', '2028-08-31', 420),
  lot('DES-3524', 'DS2610A30', '2028-09-30', 160),
  lot('DES-2518', 'DS2512B04', '2027-05-31', 85),
  lot('BC-2015', 'BC2607K03', '2028-06-30', 600),
  lot('NCB-3012', 'NC2608M21', '2028-07-31', 240),
  lot('GW-0140', 'GW2608F11', '2029-07-31', 900),
  lot('GW-0335', 'GZ2609G05', '2029-08-31', 1200),
  lot('OT-LP08', 'LP2605B07', '2031-04-30', 300),
  lot('CS-MASK50', 'MK2610C15', '2028-10-14', 5000),
  lot('CS-MASK50', 'MK2512A03', '2027-03-31', 1800, '2026-10-31'),
  lot('CS-MASK50', 'MK2512A03', '2027-03-31', 1350),
  lot('CS-GLOVE100', 'GL2609D02', '2029-08-31', 2400),
  lot('CS-GAUZE', 'GA2608H01', null, 3000),
  lot('IVD-CTNI', 'CT2611E08', '2027-11-30', 120),
  lot('IVD-HBSAG', 'HB2605C11', '2027-02-28', 60),
];

const twoInvoice = (province: string, validFrom: string): TwoInvoiceRow[] =>
  (['II', 'III'] as const).map((deviceClass) => ({
    province,
    ownership: 'PUBLIC',
    deviceClass,
    validFrom,
    validTo: null,
  }));

/** Public hospitals in the five provinces buy Class II and III devices under 两票制. */
export const DEMO_TWO_INVOICE: TwoInvoiceRow[] = [
  ...twoInvoice('330000', '2019-01-01'),
  ...twoInvoice('320000', '2019-07-01'),
  ...twoInvoice('310000', '2020-01-01'),
  ...twoInvoice('440000', '2019-01-01'),
  ...twoInvoice('510000', '2018-10-01'),
];
