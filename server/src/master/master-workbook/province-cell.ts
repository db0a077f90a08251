import { resolveProvince } from '../../domain/provinces';
import { parseText } from '../../workbook/cell-parsers';
import type { RowReader } from './row-reader';

/**
 * A province typed as its GB/T 2260 code, name, short name or abbreviation, as its code; null
 * when empty (a finding too when `required`) or unknown (a finding).
 */
export function readProvince(reader: RowReader, key: string, required = true): string | null {
  const text = required ? reader.required(key, parseText) : reader.optional(key, parseText);
  if (text === null) return null;
  const code = resolveProvince(text);
  if (code === undefined) {
    const message = `"${text}" is not a province: type its GB/T 2260 code (330000) or its name (浙江, 浙江省, 浙).`;
    reader.report(key, 'UNKNOWN_PROVINCE', message);
    return null;
  }
  return code;
}
