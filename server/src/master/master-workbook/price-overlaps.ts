import type { Finding } from '../../domain/finding';
import type { PriceListRow } from './master-data';
import type { CheckContext, Located } from './master-sheet';
import { rowFinding } from './row-checks';

/**
 * Two prices of one price list and SKU may not both be valid on a day, or a line's base price
 * would depend on row order. Rows are compared in order of their start; each is compared with the
 * earlier row that runs longest, so a long row is caught against every row it covers.
 */
export function findOverlaps(rows: Located<PriceListRow>[], context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupByListAndSku(rows).values()) {
    const sorted = [...group].sort((a, b) => compareStart(a.value, b.value) || a.row - b.row);
    let longest: Located<PriceListRow> | undefined;
    for (const current of sorted) {
      if (longest && endsOnOrAfter(longest.value, current.value.validFrom)) {
        findings.push(overlapFinding(longest, current, context));
      }
      if (!longest || endsLater(current.value, longest.value)) longest = current;
    }
  }
  return findings;
}

function groupByListAndSku(rows: Located<PriceListRow>[]): Map<string, Located<PriceListRow>[]> {
  const groups = new Map<string, Located<PriceListRow>[]>();
  for (const row of rows) {
    const key = `${row.value.priceList}\u0000${row.value.sku}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

function compareStart(a: PriceListRow, b: PriceListRow): number {
  return a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0;
}

/** Open-ended (validTo null) runs forever; ISO dates compare as strings. */
function endsOnOrAfter(price: PriceListRow, date: string): boolean {
  return price.validTo === null || price.validTo >= date;
}

function endsLater(a: PriceListRow, b: PriceListRow): boolean {
  if (b.validTo === null) return false;
  return a.validTo === null || a.validTo > b.validTo;
}

function overlapFinding(
  earlier: Located<PriceListRow>,
  later: Located<PriceListRow>,
  context: CheckContext,
): Finding {
  const { priceList, sku, validFrom } = later.value;
  if (earlier.value.validFrom === validFrom) {
    const message = `Price list ${priceList} already has a price for ${sku} from ${validFrom} on row ${earlier.row}: keep one row.`;
    return rowFinding(context, later.row, 'validFrom', 'DUPLICATE_KEY', message);
  }
  const until = earlier.value.validTo ?? 'open-ended';
  const message = `This price of ${sku} in ${priceList} starts on ${validFrom}, while the price on row ${earlier.row} (${earlier.value.validFrom} to ${until}) is still valid: end the earlier price the day before.`;
  return rowFinding(context, later.row, 'validFrom', 'OVERLAPPING_VALIDITY', message);
}
