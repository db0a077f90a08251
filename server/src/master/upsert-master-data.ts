import type { Tx } from '../db/prisma-client';
import type { MasterData } from './master-workbook';
import { upsertComplianceData } from './upsert-compliance-data';
import { type UpsertCounts, upsertEach } from './upsert-each';

export type { UpsertCounts } from './upsert-each';

/** Writes each sheet's rows keyed by their natural key, touching only rows that differ. */
export async function upsertMasterData(
  tx: Tx,
  data: MasterData,
): Promise<Record<string, UpsertCounts>> {
  return {
    products: await upsertEach(
      data.products,
      (row) => tx.product.findUnique({ where: { sku: row.sku } }),
      (row) => tx.product.create({ data: row }),
      (row) => tx.product.update({ where: { sku: row.sku }, data: row }),
    ),
    priceList: await upsertEach(
      data.priceList,
      (row) =>
        tx.priceListEntry.findUnique({
          where: {
            priceList_sku_validFrom: {
              priceList: row.priceList,
              sku: row.sku,
              validFrom: row.validFrom,
            },
          },
        }),
      (row) => tx.priceListEntry.create({ data: row }),
      (row) =>
        tx.priceListEntry.update({
          where: {
            priceList_sku_validFrom: {
              priceList: row.priceList,
              sku: row.sku,
              validFrom: row.validFrom,
            },
          },
          data: row,
        }),
    ),
    hospitals: await upsertEach(
      data.hospitals,
      (row) => tx.hospital.findUnique({ where: { code: row.code } }),
      (row) => tx.hospital.create({ data: row }),
      (row) => tx.hospital.update({ where: { code: row.code }, data: row }),
    ),
    distributors: await upsertEach(
      data.distributors,
      (row) => tx.distributor.findUnique({ where: { code: row.code } }),
      (row) => tx.distributor.create({ data: row }),
      (row) => tx.distributor.update({ where: { code: row.code }, data: row }),
    ),
    // After the distributors and products they refer to, in the same transaction.
    ...(await upsertComplianceData(tx, data)),
  };
}
