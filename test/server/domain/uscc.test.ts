import { isValidUscc, usccCheckCharacter } from '../../../server/src/domain/uscc';

// Hand computation with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, M = 21, Y = 30:
// 91350100M000100Y4: 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28;
//   31 − 28 = 3 → '3'.
// 91330100000000001: 9 + 3 + 27 + 81 + 26 + 28 = 174; 174 mod 31 = 19; 31 − 19 = 12 → 'C'.
// 10000000000000000: 1; 31 − 1 = 30 → 'Y'.
// 00000000000000000: 0; 31 − 0 = 31 ≡ 0 → '0'.
describe('usccCheckCharacter', () => {
  test.each([
    ['91350100M000100Y4', '3'],
    ['91330100000000001', 'C'],
    ['10000000000000000', 'Y'],
    ['00000000000000000', '0'],
  ])('%s → %s', (first17, check) => {
    expect(usccCheckCharacter(first17)).toBe(check);
  });

  test.each(['9135010', '91350100M000100I4', '91350100M000100Y43'])('rejects %s', (text) => {
    expect(() => usccCheckCharacter(text)).toThrow(RangeError);
  });
});

describe('isValidUscc', () => {
  test.each([
    ['91350100M000100Y43', true],
    ['91350100m000100y43', true],
    ['91330100000000001C', true],
    ['91350100M000100Y44', false],
    ['91330100000000001D', false],
    // O, I, S, V and Z are not in the character set.
    ['91350100O000100Y43', false],
    ['91350100M000100Y4S', false],
    ['91350100M000100Y4', false],
    ['91350100M000100Y430', false],
  ])('%s → %s', (uscc, valid) => {
    expect(isValidUscc(uscc)).toBe(valid);
  });
});
