/**
 * Run by time-zones.test.ts in a child process under a given TZ: writes dates through the fake
 * Excel, reads them back, and prints what came back with the zone the process really had.
 */
import { readSheetTable, writeSheetTable } from '../../addin/src/excel';
import { isoToSerial, serialToIso } from '../../addin/src/excel/serial-dates';
import { FakeExcel } from '../../addin/src/testing/fake-excel';

const DATES = [
  '1900-01-01',
  '1900-02-28',
  '1900-03-01',
  '2024-02-29',
  '2026-03-29',
  '2026-11-01',
  '2026-12-31T23:30:00',
];

async function main(): Promise<void> {
  const excel = new FakeExcel();
  await writeSheetTable(excel.excelContext, {
    sheet: 'Dates',
    header: ['Code', 'Start'],
    kinds: ['text', 'date'],
    rows: DATES.map((iso, i) => [`D${i}`, iso]),
  });
  const table = await readSheetTable(excel.excelContext, 'Dates', {
    needsFormat: (h) => h === 'Start',
  });
  const output = {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetMinutes: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
    roundTrip: table.rows.map((row) => row[1]),
    serials: DATES.map((iso) => isoToSerial(iso, '1900')),
    from1904: [0, 59, 44196].map((serial) => serialToIso(serial, '1904')),
  };
  process.stdout.write(JSON.stringify(output));
}

void main();
