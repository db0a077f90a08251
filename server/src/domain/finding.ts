/** A problem found in input or on a priced line. BLOCK refuses, WARN needs approval, INFO is kept. */
export type Severity = 'BLOCK' | 'WARN' | 'INFO';

export interface Finding {
  /** Workbook position, when the finding is about a cell: sheet name, Excel row (1-based), column header. */
  sheet?: string;
  row?: number;
  column?: string;
  /** Stable machine code, e.g. UNKNOWN_SKU, END_BEFORE_START, VBP_LOCKED. */
  code: string;
  severity: Severity;
  /** Human-readable: what is wrong and what would fix it. */
  message: string;
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'BLOCK');
}
