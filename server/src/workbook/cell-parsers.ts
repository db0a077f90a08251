import Decimal from 'decimal.js';
import type { Vocabulary } from '../domain/codes';
import { cachedResolveCode } from './cached-resolve';
import type { CellValue } from './read-workbook';
import { asCell, cellText, decimalOf, fail, ok, type CellInput, type Parsed } from './cell-input';

export { asCell, cellText, decimalOf, fail, ok, type CellInput, type Parsed } from './cell-input';
export { parseDate, type DateOptions } from './parse-date';

/**
 * Cell parsers: each normalises (NFKC, trim) and returns the typed value or a message saying what
 * would fix the cell. An empty cell parses to null ([] for lists); whether it may be empty is the
 * caller's business. Plain values (from CSV, JSON) are accepted as well as read cells.
 */

/** Runs the parser unless the cell shows an error value or is empty. */
function withCell<T>(
  input: CellInput,
  empty: T,
  parse: (cell: CellValue, text: string) => Parsed<T>,
): Parsed<T> {
  const cell = asCell(input);
  if (cell.error !== undefined) {
    return fail(
      `The cell shows ${cell.error}: correct the formula or type the value.`,
      'CELL_ERROR',
    );
  }
  const text = cellText(cell);
  return text === '' ? ok(empty) : parse(cell, text);
}

export function parseText(input: CellInput): Parsed<string | null> {
  return withCell<string | null>(input, null, (_cell, text) => ok(text));
}

export interface IntegerOptions {
  min?: number;
  max?: number;
}

/** Whole numbers; "1,000" and full-width digits accepted. */
export function parseInteger(
  input: CellInput,
  options: IntegerOptions = {},
): Parsed<number | null> {
  return withCell<number | null>(input, null, (_cell, text) => {
    const number = numberOf(text);
    if (number === undefined || !number.isInteger()) {
      return fail(
        `"${text}" is not a whole number: type a number such as 10.`,
        wholeNumberCode(number),
      );
    }
    // Beyond 2^53 a count is no longer exact, and nobody orders or caps that many units.
    if (!Number.isSafeInteger(number.toNumber())) {
      return fail(
        `${number.toFixed()} is too large: type a whole number up to ${Number.MAX_SAFE_INTEGER}.`,
        'OUT_OF_RANGE',
      );
    }
    return inRange(number.toNumber(), options);
  });
}

function inRange(value: number, { min, max }: IntegerOptions): Parsed<number | null> {
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = max === undefined ? `at least ${min}` : `between ${min ?? '-∞'} and ${max}`;
    return fail(`${value} is out of range: type a whole number ${range}.`, 'OUT_OF_RANGE');
  }
  return ok(value);
}

/** Text that is no number at all, or a number with a fraction. */
function wholeNumberCode(number: Decimal | undefined): string {
  return number === undefined ? 'NOT_A_NUMBER' : 'NOT_A_WHOLE_NUMBER';
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** A decimal from text with optional thousands separators in groups of three; else undefined. */
export function numberOf(text: string): Decimal | undefined {
  const compact = text.replace(/\s+/g, '');
  if (PLAIN_NUMBER.test(compact)) return new Decimal(compact);
  if (GROUPED_NUMBER.test(compact)) return new Decimal(compact.replace(/,/g, ''));
  return undefined;
}

export interface MoneyOptions {
  allowNegative?: boolean;
}

/** CNY with at most 2 decimals, as "50000.00"; "¥50,000", "50,000元" and numbers accepted. */
export function parseMoney(input: CellInput, options: MoneyOptions = {}): Parsed<string | null> {
  return withCell<string | null>(input, null, (_cell, text) => {
    const amount = numberOf(text.replace(/^¥|元$/g, ''));
    if (amount === undefined)
      return fail(`"${text}" is not an amount: type a number such as 50000.`, 'NOT_A_NUMBER');
    if (amount.decimalPlaces() > 2) {
      return fail(
        `${amount.toFixed()} has more than 2 decimals: round it to fen (0.01).`,
        'TOO_MANY_DECIMALS',
      );
    }
    if (amount.isNegative() && !amount.isZero() && !options.allowNegative) {
      return fail(
        `${amount.toFixed()} is negative: type an amount of 0 or more.`,
        'NEGATIVE_AMOUNT',
      );
    }
    return ok(amount.toFixed(2));
  });
}

/**
 * Percent points as a decimal string ("10.5"). A percent-formatted cell holds a fraction (10.5%
 * is stored as 0.105); otherwise "10%", "10.5" and 10 all mean percent points.
 */
export function parsePercent(input: CellInput): Parsed<string | null> {
  return withCell<string | null>(input, null, (cell, text) => {
    const points = percentPoints(cell, text);
    if (points === undefined)
      return fail(`"${text}" is not a percentage: type it as 10% or 10.`, 'NOT_A_NUMBER');
    if (points.isNegative() && !points.isZero()) {
      return fail(
        `${points.toFixed()}% is below 0: type a percentage from 0 to 100.`,
        'PERCENT_OUT_OF_RANGE',
      );
    }
    if (points.greaterThan(100)) {
      return fail(
        `${points.toFixed()}% is above 100: type a percentage from 0 to 100.`,
        'PERCENT_OUT_OF_RANGE',
      );
    }
    return ok(points.toFixed());
  });
}

function percentPoints(cell: CellValue, text: string): Decimal | undefined {
  if (typeof cell.value === 'number') {
    const number = decimalOf(cell.value);
    return cell.percent ? number.times(100) : number;
  }
  return numberOf(text.replace(/%$/, ''));
}

const LIST_SEPARATORS = /[,;、\n]/;

/** Items of a list cell split on , ， ; ； 、 (and line breaks), trimmed, empties and repeats dropped. */
export function parseList(input: CellInput): Parsed<string[]> {
  return withCell<string[]>(input, [], (_cell, text) => {
    const items = text.split(LIST_SEPARATORS).map((item) => item.trim());
    return ok([...new Set(items.filter((item) => item !== ''))]);
  });
}

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '真']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0', '假']);

/** 是/否, Y/N, TRUE/FALSE (any case), boolean cells, and 1/0 (a boolean formula's cached result). */
export function parseBoolean(input: CellInput): Parsed<boolean | null> {
  return withCell<boolean | null>(input, null, (_cell, text) => {
    const upper = text.toUpperCase();
    if (TRUE_WORDS.has(upper)) return ok(true);
    if (FALSE_WORDS.has(upper)) return ok(false);
    return fail(`"${text}" is not yes or no: type 是 or 否 (Y/N, TRUE/FALSE).`, 'NOT_A_BOOLEAN');
  });
}

/** A code of the vocabulary, typed as the code or its Chinese label (via `resolveCode`). */
export function parseCode<V extends Vocabulary>(
  input: CellInput,
  vocabulary: V,
): Parsed<(keyof V & string) | null> {
  return withCell<(keyof V & string) | null>(input, null, (_cell, text) => {
    const code = cachedResolveCode(vocabulary, text);
    return code === undefined
      ? fail(unknownCodeMessage(text, vocabulary), 'UNKNOWN_CODE')
      : ok(code);
  });
}

/** "X" is not a known value: use one of …, for messages. */
export function unknownCodeMessage(text: string, vocabulary: Vocabulary): string {
  return `"${text}" is not a known value: use one of ${allowedCodes(vocabulary)}.`;
}

/** The codes of a vocabulary with their labels: "PCT_OFF (百分比折扣), AMOUNT_OFF (金额折扣), …". */
export function allowedCodes(vocabulary: Vocabulary): string {
  return Object.entries(vocabulary)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');
}
