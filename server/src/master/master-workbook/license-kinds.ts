import { normalizeText } from '../../domain/codes';
import { type CellInput, parseCode, parseText, type Parsed } from '../../workbook/cell-parsers';

/** A Class III device needs a 经营许可证; a Class II device a 经营备案 (SPEC 5, LICENSE_INVALID). */
export const LICENSE_KINDS = { LICENSE_III: '经营许可证', FILING_II: '备案' } as const;
export type LicenseKind = keyof typeof LICENSE_KINDS;

/** The device class each kind of licence covers. */
export const LICENSED_CLASS: Record<LicenseKind, 'II' | 'III'> = {
  LICENSE_III: 'III',
  FILING_II: 'II',
};

/** The names printed on the documents, which people copy into the sheet. */
const FULL_NAMES: Record<string, LicenseKind> = {
  医疗器械经营许可证: 'LICENSE_III',
  第三类医疗器械经营许可证: 'LICENSE_III',
  许可证: 'LICENSE_III',
  经营备案: 'FILING_II',
  备案凭证: 'FILING_II',
  经营备案凭证: 'FILING_II',
  第二类医疗器械经营备案凭证: 'FILING_II',
};

export function parseLicenseKind(input: CellInput): Parsed<LicenseKind | null> {
  const text = parseText(input);
  if (text.ok && text.value !== null) {
    const kind = FULL_NAMES[normalizeText(text.value)];
    if (kind) return { ok: true, value: kind };
  }
  return parseCode(input, LICENSE_KINDS);
}
