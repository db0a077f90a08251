import { fail, parseText, type CellInput, type Parsed } from '../../workbook/cell-parsers';

/**
 * Plan and rule codes travel in `CODE@VERSION`, in comma lists (`--plans A@1,B@2`), in traces
 * (`plan@version/rule`) and on command lines, and land in other people's spreadsheets: so letters
 * (Chinese too), digits, "-", "_" and ".", starting with a letter or digit, at most 40 of them.
 */
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u;

/** A plan or rule code, or a message saying what a valid one looks like. */
export function parseCodeText(input: CellInput): Parsed<string | null> {
  const text = parseText(input);
  if (!text.ok || text.value === null || CODE.test(text.value)) return text;
  return fail(
    `"${text.value}" cannot be a code: use up to 40 letters, digits, "-", "_" or ".", starting with a letter or digit (e.g. Q4-2026).`,
    'INVALID_CODE',
  );
}
