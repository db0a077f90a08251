import { loadMasterCodes } from '../db/master-repository';
import type { Db } from '../db/prisma-client';
import type { KnownCodes } from './master-workbook';

/** The codes already stored, which the rows of a new master-data workbook may refer to. */
export async function loadKnownCodes(db: Db): Promise<KnownCodes> {
  const codes = await loadMasterCodes(db);
  const cities = await db.hospital.findMany({ select: { city: true }, distinct: ['city'] });
  const gtins = await db.product.findMany({
    where: { gtin: { not: null } },
    select: { sku: true, gtin: true },
  });
  return {
    ...codes,
    cities: new Set(cities.flatMap(({ city }) => (city === null ? [] : [city]))),
    gtins: new Map(gtins.map(({ sku, gtin }) => [gtin!, sku])),
  };
}
