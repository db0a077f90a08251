import { isoToSerial } from '../../excel/serial-dates';

/**
 * What the fake stores when a value is written, modelled on Excel treating written strings like
 * typed input. Only the cases the adapters must defend against are modelled:
 * - a leading apostrophe is the text prefix: stripped, the rest kept as text, in any format;
 * - under the Text format ("@") a string is kept verbatim;
 * - otherwise "=…" is a formula, "+…", "-…" and "@…" are formulas unless they are numbers;
 * - numbers ("00123", "1e3", "10%"), TRUE/FALSE and ISO or slash dates are converted.
 */

export interface StoredCell {
  value: string | number | boolean;
  formula?: string;
  /** Set when typing the value would also change the format (a date, a percentage). */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

export function enterValue(input: unknown, numberFormat: string): StoredCell {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = input === null || input === undefined ? '' : String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === '@') return { value: text };
  return interpretTyped(text);
}

/** Writing `formulas`: a string with "=" is a formula whatever the format; others as values. */
export function enterFormula(input: unknown, numberFormat: string): StoredCell {
  if (typeof input === 'string' && input.startsWith('=')) return formulaCell(input);
  return enterValue(input, numberFormat);
}

function interpretTyped(text: string): StoredCell {
  if (text.startsWith('=')) return formulaCell(text);
  if (NUMBER.test(text)) return { value: Number(text) };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, impliedFormat: '0%' };
  if (/^[+\-@]/.test(text)) return formulaCell(`=${text.replace(/^@/, '')}`);
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const date = DATE.exec(text);
  if (date) {
    const iso = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
    const serial = isoToSerial(iso, '1900');
    if (serial !== null) return { value: serial, impliedFormat: 'yyyy/m/d' };
  }
  return { value: text };
}

/** The fake evaluates no formulas except HYPERLINK, whose value is its display text. */
function formulaCell(formula: string): StoredCell {
  const link = /^=HYPERLINK\("(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  return { value: link ? link[1].replace(/""/g, '"') : '#NAME?', formula };
}
