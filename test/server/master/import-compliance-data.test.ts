import type { Db } from '../../../server/src/db/prisma-client';
import { buildDemoMasterWorkbook } from '../../../server/src/demo';
import { InputRejectedError } from '../../../server/src/errors';
import { importMasterData } from '../../../server/src/master/import-master-data';
import { buildWorkbook } from '../master-workbook/workbook-fixture';
import type { FixtureCell } from '../master-workbook/workbook-fixture';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;
let demo: Buffer;

beforeAll(async () => {
  demo = await buildDemoMasterWorkbook();
});

beforeEach(async () => {
  temp = await createTempDatabase();
});

afterEach(() => temp.close());

const importFile = (file: Buffer, fileName = 'master.xlsx') =>
  importMasterData(temp.db, {
    file,
    fileName,
    user: 'admin',
    now: new Date('2026-12-03T09:00:00Z'),
  });

/** Every master-data table and the audit log, to show what an import touched. */
async function counts(db: Db) {
  return {
    products: await db.product.count(),
    priceListEntries: await db.priceListEntry.count(),
    hospitals: await db.hospital.count(),
    distributors: await db.distributor.count(),
    licenses: await db.distributorLicense.count(),
    authorizations: await db.distributorAuthorization.count(),
    platformListings: await db.platformListing.count(),
    vbpAwards: await db.vbpAward.count(),
    inventory: await db.inventoryLot.count(),
    twoInvoice: await db.twoInvoiceRule.count(),
    auditEvents: await db.auditEvent.count(),
  };
}

/**
 * The demo counts, by hand: 11 licences (a renewal, 5 filings, 5 other licences); 7
 * authorisations; listings of 14 SKUs in 5 provinces = 70, less IVD-HBSAG in 上海, plus a second
 * row for DES-2518 in 江苏 and 四川 = 71; 1 award; 15 counted lots; 5 provinces × 2 classes = 10.
 */
const DEMO_COUNTS = {
  licenses: 11,
  authorizations: 7,
  platformListings: 71,
  vbpAwards: 1,
  inventory: 15,
  twoInvoice: 10,
};

test('the demo workbook creates every compliance row; the same file again changes nothing', async () => {
  const first = await importFile(demo);
  expect(first.changed).toBe(true);
  for (const [sheet, created] of Object.entries(DEMO_COUNTS)) {
    expect({ sheet, ...first.counts[sheet] }).toEqual({ sheet, created, updated: 0, unchanged: 0 });
  }
  const before = await counts(temp.db);
  expect(before).toMatchObject({ ...DEMO_COUNTS, auditEvents: 1 });

  const second = await importFile(demo);
  expect(second.changed).toBe(false);
  for (const [sheet, unchanged] of Object.entries(DEMO_COUNTS)) {
    expect({ sheet, ...second.counts[sheet] }).toEqual({
      sheet,
      created: 0,
      updated: 0,
      unchanged,
    });
  }
  expect(await counts(temp.db)).toEqual(before);
});

const AUTH_HEADER = ['经销商', '授权书号', '产品', '地区', '渠道', '独家', '有效期自', '有效期至'];
const LICENCE_HEADER = ['经销商', '类型', '证号', '经营范围', '有效期自', '有效期至'];
const LISTING_HEADER = ['省份', 'SKU', '挂网价', '生效日期', '失效日期'];

const workbook = (sheets: Record<string, FixtureCell[][]>) =>
  buildWorkbook(Object.entries(sheets).map(([name, rows]) => ({ name, rows })));

test('a changed end date is one update; a list typed in another order is no change', async () => {
  await importFile(demo);
  const file = await workbook({
    授权: [
      AUTH_HEADER,
      ['D-SC01', 'SQ-2026-SC01', '冠脉支架', '四川', null, '否', '2026-01-01', '2027-06-30'],
    ],
    许可证: [
      LICENCE_HEADER,
      // The demo typed 一次性耗材、体外诊断试剂.
      [
        'D-SC01',
        '备案',
        '川成药监械经营备20220071号',
        '体外诊断试剂，一次性耗材',
        '2022-02-20',
        null,
      ],
    ],
  });
  const result = await importFile(file, 'renewal.xlsx');
  expect(result.counts.authorizations).toEqual({ created: 0, updated: 1, unchanged: 0 });
  expect(result.counts.licenses).toEqual({ created: 0, updated: 0, unchanged: 1 });
  const stored = await temp.db.distributorAuthorization.findUnique({
    where: { distributor_docNo: { distributor: 'D-SC01', docNo: 'SQ-2026-SC01' } },
  });
  expect(stored).toMatchObject({ products: '["冠脉支架"]', validTo: '2027-06-30' });
  expect(await temp.db.auditEvent.count()).toBe(2);
});

test('a refused import leaves every table as it was', async () => {
  await importFile(demo);
  const before = await counts(temp.db);
  const file = await workbook({
    许可证: [
      LICENCE_HEADER,
      ['D-ZJ01', '经营许可证', 'NEW-1', '冠脉支架', '2026-12-01', '2031-11-30'],
    ],
    挂网价: [LISTING_HEADER, ['浙江', 'DES-2518', 3700, '2027-01-01', null]],
    库存: [
      ['SKU', '批号', '效期', '数量', '日期'],
      ['DES-2518', 'DS-NEW', '2028-01-31', -3, '2026-12-01'],
    ],
  });
  const refused = await importFile(file, 'bad.xlsx').catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(InputRejectedError);
  expect(
    (refused as InputRejectedError).findings.map(({ sheet, row, code }) => ({ sheet, row, code })),
  ).toEqual([{ sheet: '库存', row: 2, code: 'NEGATIVE_QUANTITY' }]);
  expect(await counts(temp.db)).toEqual(before);
});

test('a stored listing price is never rewritten', async () => {
  await importFile(demo);
  const before = await counts(temp.db);
  const file = await workbook({
    挂网价: [LISTING_HEADER, ['四川', 'GW-0335', 310, '2026-01-01', null]],
  });
  const refused = await importFile(file).catch((error: unknown) => error);
  expect((refused as InputRejectedError).findings.map((finding) => finding.code)).toEqual([
    'PRICE_HISTORY_CHANGED',
  ]);
  expect(await counts(temp.db)).toEqual(before);
});

test('a listing may be closed: ValidTo changes, the price stays', async () => {
  await importFile(demo);
  const file = await workbook({
    挂网价: [
      LISTING_HEADER,
      ['四川', 'GW-0335', 298, '2026-01-01', '2026-12-31'],
      ['四川', 'GW-0335', 305, '2027-01-01', null],
    ],
  });
  const result = await importFile(file);
  expect(result.counts.platformListings).toEqual({ created: 1, updated: 1, unchanged: 0 });
});

test('rows may refer to distributors, categories and cities the database already holds', async () => {
  await importFile(demo);
  const file = await workbook({
    授权: [
      AUTH_HEADER,
      [
        'D-GD01',
        'SQ-2027-GD01',
        '导丝、CS-MASK50',
        '东莞、GDH001',
        '民营医院',
        'N',
        '2027-01-01',
        null,
      ],
    ],
  });
  const result = await importFile(file);
  expect(result.findings).toEqual([]);
  expect(result.counts.authorizations).toEqual({ created: 1, updated: 0, unchanged: 0 });
});
