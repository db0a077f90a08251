import type { Finding } from '../../domain/finding';
import type { ColumnDef, ReadTable, SheetSpec } from '../../workbook/read-workbook';
import type { MasterData } from './master-data';
import type { References } from './references';
import type { RowReader } from './row-reader';

/**
 * Codes already in the database, which rows of this file may refer to. Only SKUs are required:
 * a caller that leaves out the others lets rows refer only to codes on this file's own sheets.
 */
export interface KnownCodes {
  skus: Set<string>;
  categories?: Set<string>;
  distributors?: Set<string>;
  hospitals?: Set<string>;
  /** Cities as the hospitals name them, for authorisation territories. */
  cities?: Set<string>;
  /** The SKU each stored GTIN belongs to: a GTIN identifies one product. */
  gtins?: Map<string, string>;
}

export interface ParseContext {
  date1904: boolean;
  /** The codes rows may refer to: this file's sheets and the database together. */
  references: References;
}

/** A parsed row and the Excel row it came from. */
export interface Located<R> {
  row: number;
  value: R;
}

export interface CheckContext {
  table: ReadTable;
  columns: readonly ColumnDef[];
  /** Every table the file holds, as read: a sheet may look up keys typed on another sheet. */
  tables: Record<string, ReadTable | undefined>;
  known: KnownCodes;
  references: References;
}

/**
 * One sheet of the master-data workbook: its columns, a row parser, and the checks that need all
 * of its rows (duplicate keys, overlapping validity, references to other sheets). A new sheet is
 * one module like this, added to MASTER_SHEETS, and a field of MasterData.
 */
export interface MasterSheet<K extends keyof MasterData> {
  key: K;
  spec: SheetSpec;
  /** The typed row, or null when a cell was unusable (the reader holds the findings). */
  parseRow(reader: RowReader, context: ParseContext): MasterData[K][number] | null;
  /** Findings about whole rows; each names its row, and a row with a BLOCK finding is dropped. */
  checkRows(rows: Located<MasterData[K][number]>[], context: CheckContext): Finding[];
}

export type AnyMasterSheet = { [K in keyof MasterData]: MasterSheet<K> }[keyof MasterData];
