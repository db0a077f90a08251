import { addDays, businessDateOf } from '../../../server/src/pricing/business-date';

describe('businessDateOf: the Asia/Shanghai local date of an instant', () => {
  test.each<[string | Date, string]>([
    ['2026-03-31T16:30:00Z', '2026-04-01'],
    ['2026-03-31T23:59:59+08:00', '2026-03-31'],
    ['2026-03-31T15:59:59Z', '2026-03-31'],
    ['2026-03-31T16:00:00Z', '2026-04-01'],
    // 00:30 in Tokyo is 23:30 the evening before in Shanghai.
    ['2026-04-01T00:30:00+09:00', '2026-03-31'],
    // No offset: already Shanghai time.
    ['2026-03-31T23:59:59', '2026-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2024-02-29', '2024-02-29'],
    [new Date('2026-03-31T16:30:00Z'), '2026-04-01'],
    [new Date('2026-03-31T15:59:59.999Z'), '2026-03-31'],
  ])('%s → %s', (instant, expected) => {
    expect(businessDateOf(instant)).toBe(expected);
  });

  test.each(['', 'not a date', '2026-02-30', '2026-13-01', '31/03/2026'])('refuses %j', (text) => {
    expect(() => businessDateOf(text)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  test.each<[string, number, string]>([
    ['2026-03-31', 1, '2026-04-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-15', 180, '2026-09-11'],
    ['2026-12-31', 180, '2027-06-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-15', 0, '2026-03-15'],
  ])('%s + %i days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
