import type { Finding } from '../domain/finding';

/** One line per finding, e.g. `规则 Rules!row 7, 值 Value [BLOCK] PERCENT_RANGE: …`. */
export function formatFinding(finding: Finding): string {
  const where = [finding.sheet, finding.row ? `row ${finding.row}` : null, finding.column]
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}[${finding.severity}] ${finding.code}: ${finding.message}`;
}

export function findingJson(finding: Finding) {
  return {
    sheet: finding.sheet ?? null,
    row: finding.row ?? null,
    column: finding.column ?? null,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
  };
}
