import type { Db } from '../db/prisma-client';
import type { Finding } from '../domain/finding';
import type { MasterData } from './master-workbook';

/**
 * A price that has been in force is history: priced lines and plan versions refer to it (SPEC
 * §3.1). An import may close it (set ValidTo) but never change what it was.
 */
export async function findPriceHistoryConflicts(db: Db, data: MasterData): Promise<Finding[]> {
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
