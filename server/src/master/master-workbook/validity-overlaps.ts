import type { Finding } from '../../domain/finding';
import type { CheckContext, Located } from './master-sheet';
import { rowFinding } from './row-checks';

interface Dated {
  validFrom: string;
  validTo: string | null;
}

export interface OverlapCheck<R extends Dated> {
  /** The keys under which two rows may not both be valid on a day (several for a list cell). */
  keysOf: (value: R) => string[];
  /** What the later row is, for the message: "The listing of DES-2518 in 330000". */
  describe: (value: R, key: string) => string;
}

/**
 * Rows of one key that are valid on a common day, where one fact per key and day is all that
 * makes sense (one platform price, one 中选价). As for prices: rows are compared in order of
 * their start, each with the earlier row that runs longest. One finding per row at most.
 */
export function validityOverlaps<R extends Dated>(
  rows: Located<R>[],
  context: CheckContext,
  check: OverlapCheck<R>,
): Finding[] {
  const findings = new Map<number, Finding>();
  for (const [key, group] of groupByKey(rows, check).entries()) {
    const sorted = [...group].sort(
      (a, b) => compare(a.value.validFrom, b.value.validFrom) || a.row - b.row,
    );
    let longest: Located<R> | undefined;
    for (const current of sorted) {
      if (
        longest &&
        endsOnOrAfter(longest.value, current.value.validFrom) &&
        !findings.has(current.row)
      ) {
        findings.set(
          current.row,
          overlapFinding(longest, current, context, check.describe(current.value, key)),
        );
      }
      if (!longest || endsLater(current.value, longest.value)) longest = current;
    }
  }
  return [...findings.values()];
}

function groupByKey<R extends Dated>(rows: Located<R>[], check: OverlapCheck<R>) {
  const groups = new Map<string, Located<R>[]>();
  for (const row of rows) {
    for (const key of check.keysOf(row.value)) groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function endsOnOrAfter(value: Dated, date: string): boolean {
  return value.validTo === null || value.validTo >= date;
}

function endsLater(a: Dated, b: Dated): boolean {
  if (b.validTo === null) return false;
  return a.validTo === null || a.validTo > b.validTo;
}

function overlapFinding<R extends Dated>(
  earlier: Located<R>,
  later: Located<R>,
  context: CheckContext,
  what: string,
): Finding {
  const { validFrom } = later.value;
  if (earlier.value.validFrom === validFrom) {
    const message = `${what} from ${validFrom} is already on row ${earlier.row}: keep one row.`;
    return rowFinding(context, later.row, 'validFrom', 'DUPLICATE_KEY', message);
  }
  const until = earlier.value.validTo ?? 'open-ended';
  const message = `${what} starts on ${validFrom}, while row ${earlier.row} (${earlier.value.validFrom} to ${until}) is still valid: end the earlier row the day before.`;
  return rowFinding(context, later.row, 'validFrom', 'OVERLAPPING_VALIDITY', message);
}
