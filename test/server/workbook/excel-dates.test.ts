import { serialToUtcDate } from '../../../server/src/workbook/excel-dates';

describe('serialToUtcDate', () => {
  test.each<[number, boolean, Date | string]>([
    [46023, false, new Date(Date.UTC(2026, 0, 1))],
    [46023.5, false, new Date(Date.UTC(2026, 0, 1, 12))],
    // A time a hair before midnight stays on its day.
    [46023.9999999999, false, new Date(Date.UTC(2026, 0, 1, 23, 59, 59, 999))],
    [1, false, new Date(Date.UTC(1900, 0, 1))],
    [61, false, new Date(Date.UTC(1900, 2, 1))],
    [0, true, new Date(Date.UTC(1904, 0, 1))],
    [44561.25, true, new Date(Date.UTC(2026, 0, 1, 6))],
  ])('%p (1904: %p) → %p', (serial, date1904, expected) => {
    expect(serialToUtcDate(serial, date1904)).toEqual(expected);
  });

  test('serial 60 of the 1900 system is no date', () => {
    expect(serialToUtcDate(60, false)).toEqual(expect.stringContaining('1900-02-29'));
  });
});
