import type { Finding, Severity } from '../../domain/finding';
import type { CellInput, Parsed } from '../../workbook/cell-parsers';
import { bilingual } from '../../workbook/header-match';
import type { ColumnDef, ReadTable, TableRow } from '../../workbook/read-workbook';

type CellParser<T> = (input: CellInput) => Parsed<T | null>;

/**
 * One table row being parsed: reads cells through the shared cell parsers and records each
 * problem as a finding that names the sheet, the Excel row and the column as the file heads it.
 */
export class RowReader {
  readonly findings: Finding[] = [];

  constructor(
    private readonly table: ReadTable,
    private readonly tableRow: TableRow,
    private readonly columns: readonly ColumnDef[],
  ) {}

  get row(): number {
    return this.tableRow.row;
  }

  /** The raw cell, for parsers that need options (a date in a 1904 workbook). */
  cell(key: string): CellInput {
    return this.tableRow.cells[key];
  }

  /** The parsed value, or null when empty or unparseable (the finding is recorded). */
  optional<T>(key: string, parse: CellParser<T>): T | null {
    const parsed = parse(this.cell(key));
    if (parsed.ok) return parsed.value;
    this.report(key, parsed.code ?? 'INVALID_VALUE', parsed.message);
    return null;
  }

  /** As `optional`, and an empty cell is a finding too. */
  required<T>(key: string, parse: CellParser<T>): T | null {
    const parsed = parse(this.cell(key));
    if (!parsed.ok) {
      this.report(key, parsed.code ?? 'INVALID_VALUE', parsed.message);
      return null;
    }
    if (parsed.value === null) {
      this.report(key, 'MISSING_VALUE', `${this.columnName(key)} is empty: fill it in.`);
    }
    return parsed.value;
  }

  report(key: string, code: string, message: string, severity: Severity = 'BLOCK'): void {
    this.findings.push({
      sheet: this.table.sheet,
      row: this.row,
      column: this.columnName(key),
      code,
      severity,
      message,
    });
  }

  hasBlocking(): boolean {
    return this.findings.some((finding) => finding.severity === 'BLOCK');
  }

  /** The header as the file has it, else the column's bilingual name. */
  columnName(key: string): string {
    const found = this.table.headers[key];
    if (found !== undefined) return found;
    const column = this.columns.find((candidate) => candidate.key === key);
    return column ? bilingual(column) : key;
  }
}
