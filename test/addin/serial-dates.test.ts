import { isoToSerial, serialToIso } from '../../addin/src/excel/serial-dates';

/** Expected values computed by hand from Excel's definitions (1900: serial 1 = 1900-01-01). */
describe('serial dates, 1900 system', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [366, '1900-12-31'], // 365 real days + the phantom day
    [45658, '2025-01-01'],
    [46023, '2026-01-01'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s, and back', (serial, iso) => {
    expect(serialToIso(serial, '1900')).toBe(iso);
    expect(isoToSerial(iso, '1900')).toBe(serial);
  });

  test('serial 60 is the phantom 1900-02-29: no date, and no date maps to it', () => {
    expect(serialToIso(60, '1900')).toBeNull();
    expect(isoToSerial('1900-02-29', '1900')).toBeNull();
  });

  test('serials outside Excel dates are no date', () => {
    expect(serialToIso(0, '1900')).toBeNull();
    expect(serialToIso(-1, '1900')).toBeNull();
    expect(serialToIso(2958466, '1900')).toBeNull();
  });

  test('a time of day becomes a wall-clock time, never rolling into the next day', () => {
    expect(serialToIso(45658.5, '1900')).toBe('2025-01-01T12:00:00');
    expect(serialToIso(45658.75, '1900')).toBe('2025-01-01T18:00:00');
    expect(serialToIso(45658 + 0.999999999, '1900')).toBe('2025-01-01T23:59:59.999');
    expect(isoToSerial('2025-01-01T18:00', '1900')).toBe(45658.75);
  });

  test('strings that are not wall-clock ISO dates are refused', () => {
    expect(isoToSerial('2026-02-30', '1900')).toBeNull();
    expect(isoToSerial('2026-01-01T00:00:00+08:00', '1900')).toBeNull();
    expect(isoToSerial('2026/1/1', '1900')).toBeNull();
  });
});

describe('serial dates, 1904 system', () => {
  test.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [59, '1904-02-29'], // 1904 was a leap year; no phantom day here
    [60, '1904-03-01'],
    [44196, '2025-01-01'], // 1900-system serial 45658 minus 1462
  ])('serial %d is %s, and back', (serial, iso) => {
    expect(serialToIso(serial, '1904')).toBe(iso);
    expect(isoToSerial(iso, '1904')).toBe(serial);
  });

  test('dates before 1904 have no serial', () => {
    expect(isoToSerial('1903-12-31', '1904')).toBeNull();
  });
});
