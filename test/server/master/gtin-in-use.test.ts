import type { Db } from '../../../server/src/db/prisma-client';
import { buildDemoMasterWorkbook } from '../../../server/src/demo';
import { InputRejectedError } from '../../../server/src/errors';
import { importMasterData } from '../../../server/src/master/import-master-data';
import { buildWorkbook } from '../master-workbook/workbook-fixture';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

/**
 * Master data sent after the demo company is loaded, with a GTIN that another product already
 * holds: the database refused it with a unique-constraint stack trace instead of a finding.
 */
let temp: TempDatabase;

beforeEach(async () => {
  temp = await createTempDatabase();
  await importFile(await buildDemoMasterWorkbook());
});

afterEach(() => temp.close());

function importFile(file: Buffer) {
  return importMasterData(temp.db, {
    file,
    fileName: 'master.xlsx',
    user: 'admin',
    now: new Date('2026-12-03T09:00:00Z'),
  });
}

const PRODUCT_HEADER = [
  'SKU',
  '名称 Name',
  '品类 Category',
  '器械类别 DeviceClass',
  '注册证号 CertNo',
  'GTIN',
];
// 06923456001015 is DES-2518's GTIN in the demo data; 06923456009998 is free (check digit 8).
const NEW_PRODUCT = ['NEW-001', '新导丝', '导丝', 'II', '国械注准20260001', '06923456009998'];

async function rejectionOf(file: Buffer) {
  const before = await counts(temp.db);
  const error = await importFile(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputRejectedError);
  expect(await counts(temp.db)).toEqual(before);
  return (error as InputRejectedError).findings.map(({ sheet, row, column, code, severity }) => ({
    sheet,
    row,
    column,
    code,
    severity,
  }));
}

async function counts(db: Db) {
  return {
    products: await db.product.count(),
    audit: await db.auditEvent.count(),
  };
}

test('a GTIN that another stored product holds is a finding on its cell, nothing saved', async () => {
  const file = await buildWorkbook([
    {
      name: '产品 Products',
      rows: [PRODUCT_HEADER, [...NEW_PRODUCT.slice(0, 5), '06923456001015']],
    },
  ]);

  expect(await rejectionOf(file)).toEqual([
    { sheet: '产品 Products', row: 2, column: 'GTIN', code: 'GTIN_IN_USE', severity: 'BLOCK' },
  ]);
});

test('a product keeping its own stored GTIN is fine', async () => {
  const file = await buildWorkbook([
    {
      name: '产品 Products',
      rows: [
        PRODUCT_HEADER,
        [
          'DES-2518',
          '药物洗脱冠脉支架 2.5×18mm',
          '冠脉支架',
          'III',
          '国械注准20233130417',
          '06923456001015',
        ],
        NEW_PRODUCT,
      ],
    },
  ]);
  await expect(importFile(file)).resolves.toBeDefined();
});
