import type { Finding } from '../../domain/finding';
import type { AuthorizationRow } from './master-data';
import type { CheckContext, Located } from './master-sheet';
import { rowFinding } from './row-checks';
import { overlap } from './validity-cells';

/**
 * An exclusive (独家) authorisation leaves no room for another distributor with the same product,
 * place, channel and day. Items are compared as typed (a SKU is not expanded to its category, nor
 * a city to its province): a conflict found is certain, a subtler one is left to the reviewer.
 */
export function exclusiveConflicts(
  rows: Located<AuthorizationRow>[],
  context: CheckContext,
): Finding[] {
  const findings: Finding[] = [];
  rows.forEach((later, index) => {
    const earlier = rows
      .slice(0, index)
      .find((candidate) => conflict(candidate.value, later.value));
    if (!earlier) return;
    const exclusive = earlier.value.exclusive ? earlier : later;
    const message = `Authorisation ${later.value.docNo} of ${later.value.distributor} covers a product, territory, channel and day that the exclusive authorisation ${exclusive.value.docNo} (row ${exclusive.row}) gives to one distributor alone: narrow or end one of them.`;
    findings.push(rowFinding(context, later.row, 'products', 'EXCLUSIVE_CONFLICT', message));
  });
  return findings;
}

function conflict(a: AuthorizationRow, b: AuthorizationRow): boolean {
  if (a.distributor === b.distributor || !(a.exclusive || b.exclusive)) return false;
  return (
    overlap(a, b) &&
    shares(a.products, b.products) &&
    sharesTerritory(a, b) &&
    (a.channels.length === 0 || b.channels.length === 0 || shares(a.channels, b.channels))
  );
}

function sharesTerritory(a: AuthorizationRow, b: AuthorizationRow): boolean {
  return (
    shares(a.territory.provinces, b.territory.provinces) ||
    shares(a.territory.cities, b.territory.cities) ||
    shares(a.territory.hospitals, b.territory.hospitals)
  );
}

function shares<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.some((item) => b.includes(item));
}
