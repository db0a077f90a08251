import { parseInteger } from '../../../server/src/workbook/cell-parsers';

/** A quantity pasted with extra digits once reached the pricing engine and crashed `price`. */
describe('whole numbers beyond 2^53 are refused, not rounded', () => {
  test.each<[string | number, string]>([
    ['99999999999999999999', '99999999999999999999'],
    ['9007199254740993', '9007199254740993'],
    [1e308, '1' + '0'.repeat(308)],
  ])('%p is OUT_OF_RANGE', (input, shown) => {
    expect(parseInteger(input, { min: 1 })).toEqual({
      ok: false,
      code: 'OUT_OF_RANGE',
      message: `${shown} is too large: type a whole number up to 9007199254740991.`,
    });
  });

  test('the largest exact count still reads', () => {
    expect(parseInteger('9,007,199,254,740,991')).toEqual({ ok: true, value: 9007199254740991 });
  });
});
