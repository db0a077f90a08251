import type { Db } from '../db/prisma-client';
import type { Finding } from '../domain/finding';
import type { MasterData } from './master-workbook';

/**
 * A price that has been in force is history: priced lines and plan versions refer to it (SPEC
 * §3.1). An import may close it (set ValidTo) but never change what it was.
 */
export async function findPriceHistoryConflicts(db: Db, data: MasterData): Promise<Finding[]> {
  return [
    ...(await priceListConflicts(db, data)),
    ...(await listingConflicts(db, data)),
    ...(await awardConflicts(db, data)),
  ];
}

async function priceListConflicts(db: Db, data: MasterData): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const row of data.priceList) {
    const stored = await db.priceListEntry.findUnique({
      where: {
        priceList_sku_validFrom: {
          priceList: row.priceList,
          sku: row.sku,
          validFrom: row.validFrom,
        },
      },
    });
    if (!stored) continue;
    const differs =
      stored.unitPrice !== row.unitPrice ||
      stored.taxInclusive !== row.taxInclusive ||
      stored.vatRate !== row.vatRate ||
      stored.audience !== row.audience;
    if (differs) {
      findings.push({
        sheet: '价格表 PriceList',
        code: 'PRICE_HISTORY_CHANGED',
        severity: 'BLOCK',
        message:
          `Price list ${row.priceList}, SKU ${row.sku}, valid from ${row.validFrom} is already stored at ` +
          `${stored.unitPrice}; a stored price is never rewritten. Close it with ValidTo and add a new row ` +
          `with a later ValidFrom instead.`,
      });
    }
  }
  return findings;
}

/** A 挂网价 that has been in force is what hospital prices were capped at. */
async function listingConflicts(db: Db, data: MasterData): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const row of data.platformListings) {
    const { province, sku, validFrom } = row;
    const stored = await db.platformListing.findUnique({
      where: { province_sku_validFrom: { province, sku, validFrom } },
    });
    if (!stored || stored.listedPrice === row.listedPrice) continue;
    findings.push({
      sheet: '挂网价 PlatformListings',
      column: '挂网价 ListedPrice',
      code: 'PRICE_HISTORY_CHANGED',
      severity: 'BLOCK',
      message:
        `The listing of ${sku} in ${province} from ${validFrom} is already stored at ${stored.listedPrice}, ` +
        `not ${row.listedPrice}; a stored price is never rewritten. Close it with ValidTo and add a row ` +
        `with a later ValidFrom instead.`,
    });
  }
  return findings;
}

/** A 中选价 that has been in force is what hospital prices were locked at. */
async function awardConflicts(db: Db, data: MasterData): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const row of data.vbpAwards) {
    const { program, sku, validFrom } = row;
    const stored = await db.vbpAward.findUnique({
      where: { program_sku_validFrom: { program, sku, validFrom } },
    });
    if (!stored || stored.selectedPrice === row.selectedPrice) continue;
    findings.push({
      sheet: '集采 VbpAwards',
      column: '中选价 SelectedPrice',
      code: 'PRICE_HISTORY_CHANGED',
      severity: 'BLOCK',
      message:
        `${program} for ${sku} from ${validFrom} is already stored at ${stored.selectedPrice}, not ` +
        `${row.selectedPrice}; a stored price is never rewritten. Close it with ValidTo and add a row ` +
        `with a later ValidFrom instead.`,
    });
  }
  return findings;
}
