import type { Finding } from '../../domain/finding';
import { bilingual } from '../../workbook/header-match';
import { readWorkbook, type ReadTable, type WorkbookTables } from '../../workbook/read-workbook';
import { emptyMasterData, type MasterData } from './master-data';
import type { KnownCodes, Located, MasterSheet } from './master-sheet';
import { MASTER_SHEETS } from './master-sheets';
import { buildReferences, type References } from './references';
import { RowReader } from './row-reader';

export interface MasterWorkbookResult {
  /** Only rows without a BLOCK finding; any BLOCK finding means the file should be refused. */
  data: MasterData;
  findings: Finding[];
}

/**
 * Reads a master-data workbook (SPEC 3.1). Every sheet is optional, but the file must hold at
 * least one; `known` holds the codes already in the database, which rows may refer to.
 */
export async function parseMasterWorkbook(
  source: Buffer | string,
  known: KnownCodes,
): Promise<MasterWorkbookResult> {
  const read = await readWorkbook(
    source,
    MASTER_SHEETS.map((sheet) => sheet.spec),
  );
  const findings = [...read.findings, ...noSheetFindings(read)];
  const data = emptyMasterData();
  const references = buildReferences(read.tables, known);

  for (const sheet of MASTER_SHEETS) {
    const table = read.tables[sheet.key];
    // A missing required column is reported once by the reader, not again on every row.
    if (!table || !hasRequiredColumns(sheet, table)) continue;
    findings.push(...parseSheet(sheet, table, read, { known, references }, data));
  }
  return { data, findings };
}

function parseSheet<K extends keyof MasterData>(
  sheet: MasterSheet<K>,
  table: ReadTable,
  read: WorkbookTables,
  { known, references }: { known: KnownCodes; references: References },
  data: MasterData,
): Finding[] {
  const findings: Finding[] = [];
  const rows: Located<MasterData[K][number]>[] = [];
  for (const tableRow of table.rows) {
    const reader = new RowReader(table, tableRow, sheet.spec.columns);
    const value = sheet.parseRow(reader, { date1904: read.date1904, references });
    findings.push(...reader.findings);
    if (value !== null) rows.push({ row: tableRow.row, value });
  }

  const context = { table, columns: sheet.spec.columns, tables: read.tables, known, references };
  const checks = sheet.checkRows(rows, context);
  const refused = new Set(checks.filter((f) => f.severity === 'BLOCK').map((f) => f.row));
  data[sheet.key] = rows
    .filter(({ row }) => !refused.has(row))
    .map(({ value }) => value) as MasterData[K];
  // Sorted by row (stable), so a planner can work down the sheet.
  return [...findings, ...checks].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function hasRequiredColumns(sheet: MasterSheet<keyof MasterData>, table: ReadTable): boolean {
  return sheet.spec.columns.every((column) => !column.required || column.key in table.headers);
}

function noSheetFindings(read: WorkbookTables): Finding[] {
  const unreadable = read.findings.some((finding) => finding.code === 'UNREADABLE_WORKBOOK');
  if (unreadable || Object.keys(read.tables).length > 0) return [];
  const names = MASTER_SHEETS.map((sheet) => bilingual(sheet.spec)).join(', ');
  return [
    {
      code: 'NO_MASTER_SHEET',
      severity: 'BLOCK',
      message: `The workbook has none of the master-data sheets: name a sheet ${names}.`,
    },
  ];
}
