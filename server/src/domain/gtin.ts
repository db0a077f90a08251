/**
 * GS1 GTIN-14 check digit (GS1 General Specifications 7.9.1): weights 3 and 1 alternate from the
 * rightmost data digit, and the check digit brings the weighted sum up to a multiple of 10.
 */

const DATA_DIGITS = /^\d{13}$/;
const GTIN_14 = /^\d{14}$/;

/** The mod-10 check digit for the 13 data digits of a GTIN-14. Throws if not 13 digits. */
export function gtinCheckDigit(dataDigits: string): number {
  if (!DATA_DIGITS.test(dataDigits)) {
    throw new RangeError(`A GTIN-14 has 13 data digits, got "${dataDigits}"`);
  }
  let sum = 0;
  for (let i = 0; i < 13; i += 1) {
    // Position 13 (rightmost data digit) weighs 3, position 12 weighs 1, and so on leftwards.
    const weight = (12 - i) % 2 === 0 ? 3 : 1;
    sum += Number(dataDigits[i]) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** True for 14 digits whose last digit is the GS1 check digit of the first 13. */
export function isValidGtin14(gtin: string): boolean {
  if (!GTIN_14.test(gtin)) return false;
  return gtinCheckDigit(gtin.slice(0, 13)) === Number(gtin[13]);
}

const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

/**
 * A GTIN-8, -12, -13 or -14 as 14 digits (left-padded with zeros, as GS1 writes them in AI 01);
 * undefined when the text is not one of those lengths of digits. The check digit is not checked.
 */
export function toGtin14(text: string): string | undefined {
  if (!/^\d+$/.test(text) || !GTIN_LENGTHS.has(text.length)) return undefined;
  return text.padStart(14, '0');
}
