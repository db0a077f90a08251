import { gtinCheckDigit, isValidGtin14, toGtin14 } from '../../../server/src/domain/gtin';

// Hand computation: odd positions (1st, 3rd, ... 13th) weigh 3, even positions weigh 1.
// 0400638133393: odd 0+0+6+8+3+3+3 = 23 → 69; even 4+0+3+1+3+9 = 20; 89 → check 1.
// 1061414100041: odd 1+6+4+4+0+0+1 = 16 → 48; even 0+1+1+1+0+4 = 7; 55 → check 5.
// 0000000000055: odd 5 → 15; even 5; 20 → check 0.
// 0000000000019: odd 9 → 27; even 1; 28 → check 2.
describe('gtinCheckDigit', () => {
  test.each([
    ['0400638133393', 1],
    ['1061414100041', 5],
    ['0000000000055', 0],
    ['0000000000019', 2],
  ])('%s → %i', (data, check) => {
    expect(gtinCheckDigit(data)).toBe(check);
  });

  test.each(['123', '12345678901234', '06901234A6789'])('rejects data digits %s', (data) => {
    expect(() => gtinCheckDigit(data)).toThrow(RangeError);
  });
});

describe('isValidGtin14', () => {
  test.each([
    ['04006381333931', true],
    ['10614141000415', true],
    ['00000000000550', true],
    ['04006381333932', false],
    ['10614141000414', false],
    ['4006381333931', false],
    ['0400638133393X', false],
    [' 04006381333931', false],
  ])('%s → %s', (gtin, valid) => {
    expect(isValidGtin14(gtin)).toBe(valid);
  });
});

describe('toGtin14', () => {
  test.each([
    ['04006381333931', '04006381333931'],
    ['4006381333931', '04006381333931'],
    ['614141000418', '00614141000418'],
    ['96385074', '00000096385074'],
    ['123456789', undefined],
    ['040063813339310', undefined],
    ['0400638133393a', undefined],
    ['', undefined],
  ])('%s → %s', (text, gtin) => {
    expect(toGtin14(text)).toBe(gtin);
  });
});
