/**
 * 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015): 18 characters from a 31-character
 * set that leaves out I, O, Z, S and V; the 18th is a check character over the first 17.
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const MODULUS = CHARSET.length; // 31
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Weights of positions 1..17 (3^(i-1) mod 31), as tabulated in the standard. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a USCC. Throws on a bad shape. */
export function usccCheckCharacter(first17: string): string {
  const text = first17.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(text)) {
    throw new RangeError(
      `A USCC has 17 data characters from its 31-character set, got "${first17}"`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(text[i]) * WEIGHTS[i];
  return CHARSET[(MODULUS - (sum % MODULUS)) % MODULUS];
}

/** True for an 18-character USCC (case-insensitive) whose 18th character checks. */
export function isValidUscc(uscc: string): boolean {
  const text = uscc.toUpperCase();
  if (!USCC_SHAPE.test(text)) return false;
  return usccCheckCharacter(text.slice(0, 17)) === text[17];
}
