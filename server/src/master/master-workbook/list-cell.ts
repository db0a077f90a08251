import { parseList } from '../../workbook/cell-parsers';
import type { RowReader } from './row-reader';

/** A list cell that must hold at least one item; an empty cell is a finding. */
export function readRequiredList(reader: RowReader, key: string): string[] {
  const items = reader.optional(key, parseList) ?? [];
  if (items.length === 0) {
    reader.report(key, 'MISSING_VALUE', `${reader.columnName(key)} is empty: fill it in.`);
  }
  return items;
}
