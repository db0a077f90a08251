import { parseList, parseMoney, parseText } from '../../../server/src/workbook/cell-parsers';

/** Text pasted from a web page or a chat app: codes that look right but carry invisible marks. */
describe('invisible characters are dropped before validating', () => {
  test.each<[string, string]>([
    ['ZJ-2026\u200B', 'ZJ-2026'],
    ['\uFEFFQ4-2026', 'Q4-2026'],
    ['R\u200C0\u200D1\u2060', 'R01'],
    ['  \u200B  ', ''],
  ])('text %j reads as %j', (input, expected) => {
    expect(parseText(input)).toEqual({ ok: true, value: expected === '' ? null : expected });
  });

  test('a list of SKUs with a zero-width space after one of them', () => {
    expect(parseList('DES-3018\u200B，BC-2015')).toEqual({
      ok: true,
      value: ['DES-3018', 'BC-2015'],
    });
  });

  test('an amount with a zero-width space between its digits', () => {
    expect(parseMoney('50\u200B,000')).toEqual({ ok: true, value: '50000.00' });
  });
});
