import type { Finding } from '../../domain/finding';
import type { CheckContext, Located } from './master-sheet';
import { rowFinding } from './row-checks';

/** A distributor code neither this file's Distributors sheet nor the database knows. */
export function unknownDistributors<R extends { distributor: string }>(
  rows: Located<R>[],
  context: CheckContext,
): Finding[] {
  return rows
    .filter(({ value }) => !context.references.distributors.has(value.distributor))
    .map(({ row, value }) => {
      const message = `Distributor ${value.distributor} is neither on the Distributors sheet nor in the master data: add the distributor first, or correct the code.`;
      return rowFinding(context, row, 'distributor', 'UNKNOWN_DISTRIBUTOR', message);
    });
}

/** A SKU neither this file's Products sheet nor the database knows. */
export function unknownSkus<R extends { sku: string }>(
  rows: Located<R>[],
  context: CheckContext,
): Finding[] {
  return rows
    .filter(({ value }) => !context.references.skus.has(value.sku))
    .map(({ row, value }) => {
      const message = `SKU ${value.sku} is neither on the Products sheet nor in the master data: add the product first, or correct the SKU.`;
      return rowFinding(context, row, 'sku', 'UNKNOWN_SKU', message);
    });
}

export interface ListCheck<R> {
  column: string;
  code: string;
  itemsOf: (value: R) => string[];
  isKnown: (item: string) => boolean;
  /** The message for the unknown items of one row. */
  explain: (unknown: string[]) => string;
}

/** One finding per row naming every unknown item of a list cell. */
export function unknownListItems<R>(
  rows: Located<R>[],
  context: CheckContext,
  check: ListCheck<R>,
): Finding[] {
  return rows.flatMap(({ row, value }) => {
    const unknown = check.itemsOf(value).filter((item) => !check.isKnown(item));
    if (unknown.length === 0) return [];
    return [rowFinding(context, row, check.column, check.code, check.explain(unknown))];
  });
}
