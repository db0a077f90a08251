import { type Channel, CHANNELS } from '../../domain/codes';
import { parseCode, parseList } from '../../workbook/cell-parsers';
import type { RowReader } from './row-reader';

/** A list of channels, as codes or Chinese labels; empty = every channel. */
export function readChannels(reader: RowReader, key: string): Channel[] {
  const channels: Channel[] = [];
  for (const item of reader.optional(key, parseList) ?? []) {
    const parsed = parseCode(item, CHANNELS);
    if (!parsed.ok) reader.report(key, parsed.code ?? 'UNKNOWN_CODE', parsed.message);
    else if (parsed.value !== null && !channels.includes(parsed.value)) channels.push(parsed.value);
  }
  return channels;
}
