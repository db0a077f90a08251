import { parseDate, type CellInput } from '../../../server/src/workbook/cell-parsers';

/*
 * Serials computed by hand: 1970-01-01 is 1900-serial 25569; 2026-01-01 is 20454 days later
 * (56 years, 14 leap days), so 46023; 2025-09-30 is 93 days earlier, 45930. The 1904 system
 * is 1462 days behind: 2026-01-01 is 44561 there, and serial 0 is 1904-01-01.
 */
describe('parseDate', () => {
  const accepted: [string, CellInput, boolean, string | null][] = [
    ['1900 serial 1', 1, false, '1900-01-01'],
    ['1900 serial 59', 59, false, '1900-02-28'],
    ['1900 serial 61 (after the phantom leap day)', 61, false, '1900-03-01'],
    ['1900 serial of 2026-01-01', 46023, false, '2026-01-01'],
    ['1900 serial of 2025-09-30', 45930, false, '2025-09-30'],
    ['1900 serial with a time of day', 46023.75, false, '2026-01-01'],
    ['1900 serial of 9999-12-31', 2958465, false, '9999-12-31'],
    ['1904 serial 0', 0, true, '1904-01-01'],
    ['1904 serial of 2026-01-01', 44561, true, '2026-01-01'],
    ['ISO text', '2026-01-01', false, '2026-01-01'],
    ['slashes without padding', '2025/9/30', false, '2025-09-30'],
    ['full-width slashes and digits', '２０２６／１／１', false, '2026-01-01'],
    ['Chinese date', '2026年3月31日', false, '2026-03-31'],
    ['a leap day', '2024-02-29', false, '2024-02-29'],
    ['date-time without offset keeps its date', '2026-01-01 10:00', false, '2026-01-01'],
    ['UTC evening is the next Shanghai day', '2025-12-31T20:00:00Z', false, '2026-01-01'],
    [
      'Tokyo half past midnight is the Shanghai day before',
      '2026-01-01T00:30:00+09:00',
      false,
      '2025-12-31',
    ],
    ['Shanghai offset keeps the date', '2026-01-01T23:59:59+08:00', false, '2026-01-01'],
    [
      'a Date read from a cell (UTC wall clock)',
      new Date(Date.UTC(2026, 0, 1, 23, 0)),
      false,
      '2026-01-01',
    ],
    ['empty', '', false, null],
    ['blank', '   ', false, null],
    ['missing', undefined, false, null],
  ];
  test.each(accepted)('%s', (_name, input, date1904, expected) => {
    expect(parseDate(input, { date1904 })).toEqual({ ok: true, value: expected });
  });

  const rejected: [string, CellInput, boolean][] = [
    ['1900 serial 60, the non-existent 1900-02-29', 60, false],
    ['1900 serial 0', 0, false],
    ['a negative serial', -5, false],
    ['beyond 9999-12-31', 2958466, false],
    ['February 29 of a common year', '2026-02-29', false],
    ['month 13', '2026-13-01', false],
    ['words', 'next Monday', false],
    ['a bad time', '2026-01-01T25:00:00Z', false],
    ['an error cell', { value: null, percent: false, error: '#REF!' }, false],
  ];
  test.each(rejected)('rejects %s', (_name, input, date1904) => {
    const result = parseDate(input, { date1904 });
    expect(result.ok).toBe(false);
  });

  test('says why serial 60 is no date', () => {
    expect(parseDate(60)).toEqual({
      ok: false,
      message: expect.stringContaining('1900-02-29'),
      code: 'INVALID_DATE',
    });
  });
});
