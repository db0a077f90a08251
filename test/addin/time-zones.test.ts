import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The same dates come back whatever the machine's zone. Each zone runs in its own process,
 * because a process reads TZ once; the probe reports the zone it really had, so the test
 * proves the zone changed rather than assuming it.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const probe = path.join(__dirname, 'tz-probe.ts');

function runIn(zone: string) {
  const output = execFileSync(tsx, [probe], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as {
    zone: string;
    offsetMinutes: number;
    roundTrip: unknown[];
    serials: number[];
    from1904: string[];
  };
}

test('dates come back identical under Asia/Shanghai, Pacific/Auckland and America/Los_Angeles', () => {
  const zones = ['Asia/Shanghai', 'Pacific/Auckland', 'America/Los_Angeles'];
  const results = zones.map(runIn);

  expect(results.map((r) => r.zone)).toEqual(zones);
  // 2026-01-01 UTC: Shanghai +8, Auckland +13 (summer time), Los Angeles -8.
  expect(results.map((r) => r.offsetMinutes)).toEqual([-480, -780, 480]);

  const expected = [
    '1900-01-01',
    '1900-02-28',
    '1900-03-01',
    '2024-02-29',
    '2026-03-29',
    '2026-11-01',
    '2026-12-31T23:30:00',
  ];
  for (const result of results) {
    expect(result.roundTrip).toEqual(expected);
    expect(result.serials).toEqual([1, 59, 61, 45351, 46110, 46327, 46387 + 23.5 / 24]);
    expect(result.from1904).toEqual(['1904-01-01', '1904-02-29', '2025-01-01']);
  }
});
