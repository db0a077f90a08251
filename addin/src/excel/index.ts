/** The office-js adapters: the only code in the add-in that touches `Excel`. */
export { createPlanSheets } from './create-plan-sheets';
export { readSheetTable, type ReadOptions } from './read-sheet-table';
export { writeSheetTable, type WriteOptions } from './write-sheet-table';
export {
  writeFindings,
  type WriteFindingsOptions,
  type WriteFindingsResult,
} from './write-findings';
export { locateFindings, type CellFinding, type FindingInput } from './cell-findings';
export { DEFAULT_FINDINGS_SHEET, type FindingsSheetLabels } from './findings-sheet';
export {
  takeSnapshot,
  findChangedRows,
  type SheetSnapshot,
  type RowChanges,
} from './sheet-snapshot';
export {
  loadSnapshots,
  saveSnapshots,
  SNAPSHOT_SHEET,
  type StoredSnapshots,
} from './snapshot-sheet';
export { ExcelAdapterError, type ExcelAdapterErrorCode } from './adapter-errors';
export { limitsFor, DEFAULT_LIMITS } from './batch-limits';
export type { CellValue, ColumnKind, SheetTable, TableToWrite } from './sheet-table';
export type { ColumnLayout, MasterLists, SheetLayout } from './plan-sheet-layout';
export { isoToSerial, serialToIso, type DateSystem } from './serial-dates';
