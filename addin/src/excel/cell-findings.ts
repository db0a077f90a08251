import { cellAddress, quoteSheetName } from './a1-address';
import type { SheetTable } from './sheet-table';

/** A finding from the server (SPEC: sheet, Excel row, column header), located on the sheet. */
export interface FindingInput {
  sheet?: string;
  row?: number;
  column?: string;
  code: string;
  severity: 'BLOCK' | 'WARN' | 'INFO';
  message: string;
}

export interface CellFinding extends FindingInput {
  /** "C5" on `sheet`, or null when the finding names no cell. */
  address: string | null;
}

/** Finds each finding's cell from the header of the table it was read from. */
export function locateFindings(findings: FindingInput[], tables: SheetTable[]): CellFinding[] {
  return findings.map((finding) => {
    const table = tables.find((t) => t.sheet === finding.sheet);
    const index = table ? columnOf(table.header, finding.column) : -1;
    const located = table !== undefined && finding.row !== undefined && index >= 0;
    return {
      ...finding,
      address: located ? cellAddress(finding.row! - 1, table.firstColumn + index) : null,
    };
  });
}

/**
 * The column a finding names: its header as found, or (guards name columns bilingually, as in
 * "值 Value") the header that is one of its words.
 */
function columnOf(header: string[], column: string | undefined): number {
  if (!column) return -1;
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const words = column.split(/\s+/);
  return header.findIndex((name) => name !== '' && words.includes(name));
}

export interface MarkedCell {
  sheet: string;
  address: string;
  severity: FindingInput['severity'];
  /** The messages of every finding on the cell, one a line. */
  note: string;
}

const RANK = { BLOCK: 3, WARN: 2, INFO: 1 } as const;

/** One mark per cell: the most severe finding's colour, every message in the note. */
export function groupByCell(findings: CellFinding[]): MarkedCell[] {
  const cells = new Map<string, MarkedCell>();
  for (const finding of findings) {
    if (!finding.address || !finding.sheet) continue;
    const key = `${finding.sheet}!${finding.address}`;
    const line = `[${finding.code}] ${finding.message}`;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, {
        sheet: finding.sheet,
        address: finding.address,
        severity: finding.severity,
        note: line,
      });
      continue;
    }
    cell.note += `\n${line}`;
    if (RANK[finding.severity] > RANK[cell.severity]) cell.severity = finding.severity;
  }
  return [...cells.values()];
}

/** Light fills that keep black text readable: red for BLOCK, amber for WARN, blue for INFO. */
export const SEVERITY_FILL = { BLOCK: '#FFC7CE', WARN: '#FFEB9C', INFO: '#DDEBF7' } as const;

/** A link formula to a cell; we build it, so quotes in sheet names are escaped here. */
export function linkFormula(sheet: string, address: string): string {
  const target = `#${quoteSheetName(sheet)}!${address}`.replace(/"/g, '""');
  const label = `${sheet}!${address}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${label}")`;
}
