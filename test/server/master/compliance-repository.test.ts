import {
  loadAuthorizations,
  loadComplianceFacts,
  loadInventory,
  loadLicenses,
  loadPlatformListings,
  loadTwoInvoiceRules,
  loadVbpAwards,
} from '../../../server/src/db/compliance-repository';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
});

afterAll(() => temp.close());

const TODAY = '2026-12-03';

describe('licences', () => {
  test('广东: the Class III licence expired on 2026-11-25, the Class II filing has no end', async () => {
    const licences = await loadLicenses(temp.db, { date: TODAY, distributors: ['D-GD01'] });
    expect(licences).toEqual([
      {
        distributor: 'D-GD01',
        kind: 'FILING_II',
        number: '粤穗药监械经营备20211388号',
        scope: ['一次性耗材', '体外诊断试剂', '导丝'].sort(),
        validFrom: '2021-11-26',
        validTo: null,
      },
    ]);
    const lastDay = await loadLicenses(temp.db, { date: '2026-11-25', distributors: ['D-GD01'] });
    expect(lastDay.map((licence) => licence.kind)).toEqual(['FILING_II', 'LICENSE_III']);
  });

  test('a renewal: the old validity up to 2026-06-17, the new one from 2026-06-18', async () => {
    const ends = async (date: string) =>
      (await loadLicenses(temp.db, { date, distributors: ['D-ZJ01'] }))
        .filter((licence) => licence.kind === 'LICENSE_III')
        .map((licence) => licence.validTo);
    expect(await ends('2026-06-17')).toEqual(['2026-06-17']);
    expect(await ends('2026-06-18')).toEqual(['2031-06-17']);
  });

  test('四川 expires within 90 days of today; no other licence does', async () => {
    const licences = await loadLicenses(temp.db, { date: TODAY });
    const soon = licences.filter(
      (licence) => licence.validTo !== null && licence.validTo <= '2027-03-03',
    );
    expect(soon.map(({ distributor, validTo }) => ({ distributor, validTo }))).toEqual([
      { distributor: 'D-SC01', validTo: '2027-02-19' },
    ]);
  });
});

test('authorisations valid on a date, with their territory', async () => {
  const inJanuary = await loadAuthorizations(temp.db, {
    date: '2027-01-15',
    distributors: ['D-GD01'],
  });
  expect(inJanuary).toEqual([
    {
      distributor: 'D-GD01',
      docNo: 'SQ-2026-GD02',
      products: ['骨科植入物'],
      territory: { provinces: [], cities: [], hospitals: ['GDH003'] },
      channels: ['PRIVATE_HOSPITAL'],
      exclusive: true,
      validFrom: '2026-03-01',
      validTo: '2027-02-28',
    },
  ]);
  const today = await loadAuthorizations(temp.db, { date: TODAY, distributors: ['D-GD01'] });
  expect(today.map((authorization) => authorization.docNo)).toEqual([
    'SQ-2026-GD01',
    'SQ-2026-GD02',
  ]);
});

describe('platform listings', () => {
  test('GW-0335 is listed at 298.00 in 四川 and at the hospital price elsewhere', async () => {
    const listings = await loadPlatformListings(temp.db, { date: TODAY, skus: ['GW-0335'] });
    expect(listings.map(({ province, listedPrice }) => [province, listedPrice])).toEqual([
      ['310000', '330.00'],
      ['320000', '330.00'],
      ['330000', '330.00'],
      ['440000', '330.00'],
      ['510000', '298.00'],
    ]);
  });

  test('DES-2518 in 江苏 is listed at 3880.00 until 2026-06-30, at the 中选价 798.00 after', async () => {
    const price = async (date: string) =>
      (
        await loadPlatformListings(temp.db, { date, skus: ['DES-2518'], provinces: ['320000'] })
      ).map((listing) => listing.listedPrice);
    expect(await price('2026-06-30')).toEqual(['3880.00']);
    expect(await price('2026-07-01')).toEqual(['798.00']);
  });

  test('IVD-HBSAG is not listed in 上海', async () => {
    const query = { date: TODAY, skus: ['IVD-HBSAG'], provinces: ['310000'] };
    expect(await loadPlatformListings(temp.db, query)).toEqual([]);
  });
});

test('the VBP award of DES-2518 covers 江苏 and 四川 from 2026-07-01', async () => {
  const award = {
    program: '冠脉支架省际联盟集采(2026)',
    provinces: ['320000', '510000'],
    sku: 'DES-2518',
    selectedPrice: '798.00',
    validFrom: '2026-07-01',
    validTo: '2028-06-30',
  };
  const query = { date: TODAY, skus: ['DES-2518'] };
  expect(await loadVbpAwards(temp.db, { ...query, provinces: ['510000'] })).toEqual([award]);
  expect(await loadVbpAwards(temp.db, { ...query, provinces: ['440000'] })).toEqual([]);
  expect(await loadVbpAwards(temp.db, { ...query, date: '2026-06-30' })).toEqual([]);
});

test('inventory: each lot as last counted on or before the date', async () => {
  const masks = async (date: string) =>
    (await loadInventory(temp.db, { date, skus: ['CS-MASK50'] })).map(({ lot, qty, asOf }) => ({
      lot,
      qty,
      asOf,
    }));
  expect(await masks('2026-11-15')).toEqual([{ lot: 'MK2512A03', qty: 1800, asOf: '2026-10-31' }]);
  expect(await masks(TODAY)).toEqual([
    { lot: 'MK2512A03', qty: 1350, asOf: '2026-11-30' },
    { lot: 'MK2610C15', qty: 5000, asOf: '2026-11-30' },
  ]);
});

test('two-invoice rules of a province from their start', async () => {
  expect(await loadTwoInvoiceRules(temp.db, { date: '2019-06-01', provinces: ['310000'] })).toEqual(
    [],
  );
  const today = await loadTwoInvoiceRules(temp.db, { date: TODAY, provinces: ['310000'] });
  expect(today).toEqual([
    {
      province: '310000',
      ownership: 'PUBLIC',
      deviceClass: 'II',
      validFrom: '2020-01-01',
      validTo: null,
    },
    {
      province: '310000',
      ownership: 'PUBLIC',
      deviceClass: 'III',
      validFrom: '2020-01-01',
      validTo: null,
    },
  ]);
});

test('empty filters match nothing; left-out filters match everything', async () => {
  const none = await loadComplianceFacts(temp.db, {
    date: TODAY,
    skus: [],
    distributors: [],
    provinces: [],
  });
  expect(Object.values(none).every((facts) => facts.length === 0)).toBe(true);
  const all = await loadComplianceFacts(temp.db, { date: TODAY });
  // By hand: 11 licences less 广东's expired one and 浙江's old validity = 9; every
  // authorisation runs through today (7); 71 listings less DES-2518's two closed ones = 69;
  // 15 counts of 14 lots.
  expect({
    licenses: all.licenses.length,
    authorizations: all.authorizations.length,
    platformListings: all.platformListings.length,
    vbpAwards: all.vbpAwards.length,
    inventory: all.inventory.length,
    twoInvoice: all.twoInvoice.length,
  }).toEqual({
    licenses: 9,
    authorizations: 7,
    platformListings: 69,
    vbpAwards: 1,
    inventory: 14,
    twoInvoice: 10,
  });
});
