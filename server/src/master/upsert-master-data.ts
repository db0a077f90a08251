import type { Tx } from '../db/prisma-client';
import type { MasterData } from './master-workbook';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

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
  };
}

async function upsertEach<Row extends object>(
  rows: Row[],
  find: (row: Row) => Promise<object | null>,
  create: (row: Row) => Promise<unknown>,
  update: (row: Row) => Promise<unknown>,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const stored = await find(row);
    if (!stored) {
      await create(row);
      counts.created += 1;
    } else if (sameFields(stored, row)) {
      counts.unchanged += 1;
    } else {
      await update(row);
      counts.updated += 1;
    }
  }
  return counts;
}

/** True when every field of the imported row already has that value in the stored row. */
function sameFields(stored: object, row: object): boolean {
  const current = stored as Record<string, unknown>;
  return Object.entries(row).every(([field, value]) => current[field] === value);
}
