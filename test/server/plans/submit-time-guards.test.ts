import fs from 'node:fs';
import path from 'node:path';

import type { Finding } from '../../../server/src/domain/finding';
import { InputRejectedError } from '../../../server/src/errors';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import { validatePlanWorkbook } from '../../../server/src/plans/validate-plan-workbook';
import { runCli } from '../../support/run-cli';
import { buildPlanWorkbook, type RuleRow } from '../../support/plan-workbook-builder';
import { tableCounts } from '../../support/table-counts';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
});

afterAll(() => temp.close());

const PLAN = { PlanCode: 'G-2026', Start: '2026-01-01', End: '2026-12-31' };
const rule = (fields: RuleRow): RuleRow => ({ PlanCode: 'G-2026', ...fields });

/** Rows 2 to 5 of the Rules sheet: each breaks one guard on some cell of its reach. */
const BAD_RULES = [
  rule({
    RuleCode: 'R1',
    Mechanic: 'PCT_OFF',
    Audience: 'HOSPITAL',
    Products: 'DES-2518',
    Value: 5,
  }),
  rule({
    RuleCode: 'R2',
    Mechanic: 'AMOUNT_OFF',
    Audience: 'HOSPITAL',
    Products: 'GW-0335',
    Provinces: '四川',
    Value: 18,
  }),
  rule({
    RuleCode: 'R3',
    Mechanic: 'PCT_OFF',
    Audience: 'DISTRIBUTOR',
    Products: 'GW-0140',
    Distributors: 'D-GD01',
    Value: 2,
  }),
  rule({
    RuleCode: 'R4',
    Mechanic: 'FREE_GOODS',
    Audience: 'HOSPITAL',
    Products: 'CS-MASK50',
    FreeSku: 'CS-MASK50',
    EveryN: 8,
    FreeQty: 1,
  }),
];

function finding(findings: Finding[], row: number, code: string): Finding | undefined {
  return findings.find((candidate) => candidate.row === row && candidate.code === code);
}

describe('guards over the plan’s price matrix (submit time)', () => {
  let findings: Finding[];

  beforeAll(async () => {
    const result = await validatePlanWorkbook(temp.db, await buildPlanWorkbook([PLAN], BAD_RULES));
    findings = result.findings;
  });

  test('a hospital-facing 5% on the VBP stent is VBP_LOCKED on its row, Products column', () => {
    expect(finding(findings, 2, 'VBP_LOCKED')).toMatchObject({
      sheet: 'Rules',
      column: '产品 Products',
      severity: 'BLOCK',
      message: expect.stringMatching(
        /Rule R1, DES-2518 × 1 for hospital \w+ in (江苏|四川).*on 2026-07-01.*798\.00.*remove DES-2518/,
      ),
    });
  });

  test('18.00 off GW-0335 in 四川 leaves 312.00 over its 298.00 listing: PLATFORM_CAP on Value', () => {
    expect(finding(findings, 3, 'PLATFORM_CAP')).toMatchObject({
      column: '值 Value',
      severity: 'BLOCK',
      message: expect.stringMatching(/312\.00.*298\.00.*at most 298\.00/),
    });
  });

  test('a rule naming 广东’s distributor, whose licence lapsed on 2026-11-25: LICENSE_INVALID', () => {
    expect(finding(findings, 4, 'LICENSE_INVALID')).toMatchObject({
      column: '经销商 Distributors',
      severity: 'BLOCK',
      message: expect.stringMatching(/distributor D-GD01.*on 2026-11-26.*expired on 2026-11-25/),
    });
  });

  test('free goods to hospitals: HOSPITAL_GIFT on the Mechanic column', () => {
    expect(finding(findings, 5, 'HOSPITAL_GIFT')).toMatchObject({
      column: '机制 Mechanic',
      severity: 'BLOCK',
      message: expect.stringContaining('CS-MASK50 ×1'),
    });
  });

  test('each rule has at most one finding per guard, and none names a rule that is not its own', () => {
    const keys = findings.map((f) => `${f.row}|${f.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of findings) expect(f.message).toMatch(new RegExp(`^Rule R${f.row! - 1},`));
  });

  test('submit refuses the workbook and the database is unchanged', async () => {
    const before = await tableCounts(temp.db);
    const submitting = submitPlanWorkbook(temp.db, {
      file: await buildPlanWorkbook([PLAN], BAD_RULES),
      fileName: 'bad.xlsx',
      user: 'li.planner',
      now: new Date('2026-12-02T00:00:00Z'),
    });
    await expect(submitting).rejects.toBeInstanceOf(InputRejectedError);
    const error = (await submitting.catch((e: unknown) => e)) as InputRejectedError;
    expect(error.findings.filter((f) => f.severity === 'BLOCK').map((f) => f.code)).toEqual(
      expect.arrayContaining(['VBP_LOCKED', 'PLATFORM_CAP', 'LICENSE_INVALID', 'HOSPITAL_GIFT']),
    );
    expect(await tableCounts(temp.db)).toEqual(before);
  });

  test('a rule reaching the lapsed distributor only through its province is not blamed for it', async () => {
    const broad = rule({
      RuleCode: 'R9',
      Mechanic: 'PCT_OFF',
      Audience: 'DISTRIBUTOR',
      Products: 'GW-0140',
      Provinces: '广东',
      Value: 2,
    });
    // GW-0140 is Class III: D-GD01, the only distributor in 广东, may not trade it after 11-25.
    const result = await validatePlanWorkbook(temp.db, await buildPlanWorkbook([PLAN], [broad]));
    expect(result.findings).toEqual([]);
    const named = { ...broad, Distributors: 'D-GD01' };
    const naming = await validatePlanWorkbook(temp.db, await buildPlanWorkbook([PLAN], [named]));
    expect(naming.findings.map((f) => f.code)).toContain('LICENSE_INVALID');
  });

  test('a rule naming 四川’s distributor warns that its licence runs out on 2027-02-19', async () => {
    // The plan runs to 2026-12-31, and 2026-12-31 + 90 days = 2027-03-31 is after 2027-02-19.
    const named = rule({
      RuleCode: 'L1',
      Mechanic: 'PCT_OFF',
      Audience: 'DISTRIBUTOR',
      Products: 'BC-2015',
      Distributors: 'D-SC01',
      Value: 2,
    });
    const result = await validatePlanWorkbook(temp.db, await buildPlanWorkbook([PLAN], [named]));
    expect(result.findings).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'LICENSE_EXPIRING',
        severity: 'WARN',
        column: '经销商 Distributors',
        message: expect.stringMatching(/on 2026-12-31:.*runs out on 2027-02-19/),
      }),
    ]);
  });

  test('rows that repeat one rule in two provinces each get their own finding', async () => {
    const gift = {
      Mechanic: 'FREE_GOODS',
      Audience: 'HOSPITAL',
      Products: 'CS-MASK50',
      FreeSku: 'CS-MASK50',
      EveryN: 8,
      FreeQty: 1,
    };
    const rows = [
      rule({ RuleCode: 'G1', Provinces: '浙江', ...gift }),
      rule({ RuleCode: 'G2', Provinces: '江苏', ...gift }),
    ];
    const result = await validatePlanWorkbook(temp.db, await buildPlanWorkbook([PLAN], rows));
    const gifts = result.findings.filter((f) => f.code === 'HOSPITAL_GIFT');
    expect(gifts.map((f) => [f.row, f.message.match(/G-2026\/G\d/)?.[0]])).toEqual([
      [2, 'G-2026/G1'],
      [3, 'G-2026/G2'],
    ]);
    expect(gifts[1].message).toContain('in 江苏');
  });

  test('WARN findings are stored on the version and route it to compliance', async () => {
    // 3880.00 × 5% = 194.00 → 3686.00, below DES-3018's lowest listing 3880.00: PRICE_LINKAGE.
    const warnOnly = [
      rule({
        RuleCode: 'W1',
        Mechanic: 'PCT_OFF',
        Audience: 'HOSPITAL',
        Products: 'DES-3018',
        Provinces: '浙江',
        Value: 5,
      }),
    ];
    const result = await submitPlanWorkbook(temp.db, {
      file: await buildPlanWorkbook([PLAN], warnOnly),
      fileName: 'warn.xlsx',
      user: 'li.planner',
      now: new Date('2026-12-02T00:00:00Z'),
    });
    expect(result.versions).toEqual([{ plan: 'G-2026', version: 1 }]);
    const version = await temp.db.planVersion.findFirstOrThrow({
      where: { plan: { code: 'G-2026' } },
      include: { approvalSteps: true },
    });
    const stored = JSON.parse(version.findings) as Finding[];
    expect(stored).toEqual([
      expect.objectContaining({
        row: 2,
        code: 'PRICE_LINKAGE',
        severity: 'WARN',
        column: '值 Value',
      }),
    ]);
    expect(stored[0].message).toContain('3686.00');
    expect(version.approvalSteps.map((step) => step.role)).toContain('compliance');
  });
});

describe('the CLI at submit time', () => {
  test('exits 2 on a BLOCK guard, names the rule row, and saves nothing', async () => {
    const url = `file:${path.join(temp.dir, 'cli.db')}`;
    expect(runCli(['seed-demo', '--json'], url, temp.dir).code).toBe(0);
    const file = path.join(temp.dir, 'guarded.xlsx');
    fs.writeFileSync(file, await buildPlanWorkbook([PLAN], BAD_RULES.slice(1, 2)));

    const run = runCli(['submit', file, '--user', 'li.planner', '--json'], url, temp.dir);
    expect(run.code).toBe(2);
    const output = JSON.parse(run.stdout) as { versions: unknown[]; findings: Finding[] };
    expect(output.versions).toEqual([]);
    expect(output.findings).toEqual([
      expect.objectContaining({ sheet: 'Rules', row: 2, column: '值 Value', code: 'PLATFORM_CAP' }),
    ]);
    const versions = JSON.parse(runCli(['versions', 'G-2026', '--json'], url, temp.dir).stdout);
    expect(versions.versions ?? []).toEqual([]);
  });
});
