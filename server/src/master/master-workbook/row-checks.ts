import type { Finding, Severity } from '../../domain/finding';
import { bilingual } from '../../workbook/header-match';
import type { CheckContext, Located } from './master-sheet';

/** A finding about one row of the sheet under check, in the column the file heads `key`. */
export function rowFinding(
  context: CheckContext,
  row: number,
  key: string,
  code: string,
  message: string,
  severity: Severity = 'BLOCK',
): Finding {
  const column = context.columns.find((candidate) => candidate.key === key);
  const name = context.table.headers[key] ?? (column ? bilingual(column) : key);
  return { sheet: context.table.sheet, row, column: name, code, severity, message };
}

export interface DuplicateCheck<R> {
  /** The column the finding points at. */
  column: string;
  /** The key, or null for rows that carry none (an empty optional GTIN). */
  keyOf: (value: R) => string | null;
  describe: (value: R) => string;
  code?: string;
  severity?: Severity;
}

/** Every row whose key an earlier row already has. */
export function duplicateFindings<R>(
  rows: Located<R>[],
  context: CheckContext,
  check: DuplicateCheck<R>,
): Finding[] {
  const firstRow = new Map<string, number>();
  const findings: Finding[] = [];
  for (const { row, value } of rows) {
    const key = check.keyOf(value);
    if (key === null) continue;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      continue;
    }
    const message = `${check.describe(value)} is already on row ${first}: keep one row for it.`;
    const code = check.code ?? 'DUPLICATE_KEY';
    findings.push(rowFinding(context, row, check.column, code, message, check.severity));
  }
  return findings;
}
