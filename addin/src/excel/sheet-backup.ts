import type { GridArea } from './a1-address';
import { ExcelAdapterError } from './adapter-errors';
import { TEXT_FORMAT } from './number-formats';
import { readArea } from './read-area';
import type { BatchLimits } from './row-batches';
import { type EntryValue, writeGrid } from './write-grid';

/**
 * What a write is about to overwrite, kept so a failed write can put it back. Values and number
 * formats are restored as they were; formulas only where a cell really held one (its formula
 * differs from its value), so text that merely starts with "=" comes back as text.
 */
export interface SheetBackup {
  area: GridArea;
  formats: string[][];
  values: EntryValue[][];
  formulas: { row: number; column: number; formula: string }[];
}

/**
 * Backs up `area`. Rows below `usedRowCount` may hold values, so values, formats and formulas
 * are read there; rows below that hold none, so only their formats are read (half the bytes).
 */
export async function takeBackup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: GridArea,
  usedRowCount: number,
  limits: BatchLimits,
): Promise<SheetBackup> {
  const withValues = { ...area, rowCount: Math.min(area.rowCount, usedRowCount) };
  const formatsOnly = {
    ...area,
    top: withValues.rowCount,
    rowCount: area.rowCount - withValues.rowCount,
  };
  const full =
    withValues.rowCount > 0
      ? await readArea(context, sheet, withValues, ['values', 'numberFormat', 'formulas'], limits)
      : { values: [], numberFormat: [], formulas: [] };
  const rest =
    formatsOnly.rowCount > 0
      ? await readArea(context, sheet, formatsOnly, ['numberFormat'], limits)
      : { numberFormat: [] };

  const formats = [...full.numberFormat!, ...rest.numberFormat!] as string[][];
  const emptyRows = rest.numberFormat!.map((row) => row.map((): EntryValue => ''));
  const formulas: SheetBackup['formulas'] = [];
  const values = (full.values as EntryValue[][]).map((row, r) =>
    row.map((value, c) => {
      const formula = full.formulas![r][c];
      if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) {
        formulas.push({ row: area.top + r, column: area.left + c, formula });
      }
      return restorableValue(value, formats[r][c]);
    }),
  );
  return { area, formats, values: [...values, ...emptyRows], formulas };
}

/** Strings go back as text: verbatim under "@" (but an apostrophe), with the prefix elsewhere. */
function restorableValue(value: EntryValue, format: string): EntryValue {
  if (typeof value !== 'string' || value === '') return value;
  if (format === TEXT_FORMAT) return value.startsWith("'") ? `'${value}` : value;
  return `'${value}`;
}

export async function restoreBackup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  backup: SheetBackup,
  limits: BatchLimits,
): Promise<void> {
  const { area } = backup;
  try {
    await writeGrid(
      context,
      sheet,
      { ...area, formats: backup.formats, values: backup.values },
      limits,
    );
    for (const { row, column, formula } of backup.formulas) {
      sheet.getRangeByIndexes(row, column, 1, 1).formulas = [[formula]];
    }
    if (backup.formulas.length > 0) await context.sync();
  } catch (error) {
    throw new ExcelAdapterError(
      'WRITE_FAILED_NOT_RESTORED',
      'Writing failed and the sheet could not be put back as it was',
      { cause: error },
    );
  }
}
