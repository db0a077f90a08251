import type { Finding, Severity } from '../../domain/finding';
import type { CellInput, Parsed } from '../../workbook/cell-parsers';
import { bilingual } from '../../workbook/header-match';
import type { ColumnDef, ReadTable, TableRow } from '../../workbook/read-workbook';

export type CellParser<T> = (input: CellInput) => Parsed<T>;

/** Finding codes by parser failure code, for columns that name their problems more precisely. */
export type CodeMap = Readonly<Record<string, string>>;

/**
 * One row being parsed. Every problem becomes one finding naming the sheet, the Excel row and the
 * column as the file heads it; a cell that failed yields `undefined`, so callers skip the checks
 * that depend on it and no problem is reported twice.
 */
export class RowContext {
  readonly findings: Finding[] = [];
  /** A required column is missing from the sheet: reported once at the header, not per row. */
  private missingColumn = false;

  constructor(
    private readonly table: ReadTable,
    private readonly tableRow: TableRow,
    private readonly columns: readonly ColumnDef[],
    /** Columns whose absence a header finding already explains (an ambiguous header). */
    private readonly explained: ReadonlySet<string> = new Set(),
  ) {}

  get row(): number {
    return this.tableRow.row;
  }

  get sheet(): string {
    return this.table.sheet;
  }

  /** True when the row has a BLOCK finding: its content must not be used. */
  get failed(): boolean {
    return this.missingColumn || this.findings.some((finding) => finding.severity === 'BLOCK');
  }

  hasColumn(key: string): boolean {
    return key in this.table.headers;
  }

  /**
   * True (and the row fails quietly) when the column is absent for a reason the header findings
   * already give, so the row adds no follow-on finding.
   */
  absenceExplained(key: string): boolean {
    if (this.hasColumn(key) || !this.explained.has(key)) return false;
    this.missingColumn = true;
    return true;
  }

  cell(key: string): CellInput {
    return this.tableRow.cells[key];
  }

  /** The parsed value (null when empty), or undefined when the cell is wrong (reported). */
  read<T>(key: string, parse: CellParser<T>, codes: CodeMap = {}): T | undefined {
    const parsed = parse(this.cell(key));
    if (parsed.ok) return parsed.value;
    const code = parsed.code ?? 'INVALID_VALUE';
    this.report(key, codes[code] ?? code, parsed.message);
    return undefined;
  }

  /**
   * As `read`, and an empty cell is a finding too. When the whole column is missing the header
   * finding already says so, and the row just fails quietly.
   */
  require<T>(
    key: string,
    parse: CellParser<T | null>,
    codes: CodeMap = {},
    missingCode = 'MISSING_VALUE',
  ): T | undefined {
    const value = this.read(key, parse, codes);
    if (value !== null) return value;
    if (this.hasColumn(key))
      this.report(key, missingCode, `${this.columnName(key)} is empty: fill it in.`);
    else this.missingColumn = true;
    return undefined;
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

  /** The header text as found, or the bilingual name when the column is missing. */
  columnName(key: string): string {
    const header = this.table.headers[key];
    if (header !== undefined) return header;
    const column = this.columns.find((candidate) => candidate.key === key);
    return column ? bilingual(column) : key;
  }
}
