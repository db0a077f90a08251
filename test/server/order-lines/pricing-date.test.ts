import { parsePricingDate } from '../../../server/src/orders/order-lines';

// 2026-01-01 is serial 46023 (1900 system); 334 days later is 2026-12-01, so 2026-12-03 is 46359.
test.each([
  ['an Excel date', new Date('2026-12-03T00:00:00Z'), '2026-12-03'],
  [
    'an Excel date-time (Shanghai wall clock)',
    new Date('2026-12-03T09:15:00Z'),
    '2026-12-03T09:15:00+08:00',
  ],
  ['a serial date', 46359, '2026-12-03'],
  ['a serial date-time', 46359.5, '2026-12-03T12:00:00+08:00'],
  ['an ISO date', '2026-12-10', '2026-12-10'],
  ['a slashed date', '2026/12/1', '2026-12-01'],
  ['a date-time with its offset', '2026-12-10T10:30:00+08:00', '2026-12-10T10:30:00+08:00'],
  ['a date-time in UTC', '2026-12-10T02:30:00Z', '2026-12-10T02:30:00Z'],
  ['a date-time in another offset', '2026-12-10T10:30+0100', '2026-12-10T10:30:00+01:00'],
  ['a date-time without offset', '2026-12-10 10:30', '2026-12-10T10:30:00+08:00'],
  ['a slashed date-time with seconds', '2026/12/10 9:05:30', '2026-12-10T09:05:30+08:00'],
  ['full-width digits', '２０２６-１２-１０ １０:３０', '2026-12-10T10:30:00+08:00'],
  ['an empty cell', null, null],
])('%s', (_label, input, expected) => {
  expect(parsePricingDate(input, false)).toEqual({ ok: true, value: expected });
});

test.each([
  ['an hour past 23', '2026-12-10 25:00'],
  ['a day February does not have', '2026-02-30 10:00'],
  ['a month 13', '2026-13-01'],
  ['words', 'next Monday'],
])('%s is refused with a message', (_label, input) => {
  const parsed = parsePricingDate(input, false);
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.message).toContain(input);
});
