import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import request from 'supertest';

import { createApp } from '../../../server/src/app';
import { buildExamplePlanWorkbook } from '../../../server/src/demo';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { compareVersions } from '../../../server/src/orders/compare-versions';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import { COMPARE_SHEET } from '../../../server/src/workbook/write-comparison';
import { buildPlanWorkbook, type RuleRow } from '../../support/plan-workbook-builder';
import { runCli } from '../../support/run-cli';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;
let linesFile: string;

/** CMP-2026@1: 5% off stents for distributors. @2: 10%, and 20.00 off BC-2015 in 江苏. */
const V1: RuleRow[] = [stentRule(5)];
const V2: RuleRow[] = [
  stentRule(10),
  {
    PlanCode: 'CMP-2026',
    RuleCode: 'R2',
    Mechanic: 'AMOUNT_OFF',
    Audience: 'DISTRIBUTOR',
    Products: 'BC-2015',
    Provinces: '江苏',
    Value: 20,
  },
];

function stentRule(percent: number): RuleRow {
  const fields = { Mechanic: 'PCT_OFF', Audience: 'DISTRIBUTOR', Products: '冠脉支架' };
  return { PlanCode: 'CMP-2026', RuleCode: 'R1', ...fields, Value: percent };
}

async function submit(rules: RuleRow[], now: string) {
  const plan = { PlanCode: 'CMP-2026', Start: '2026-01-01', End: '2026-12-31', Budget: 50000 };
  await submitPlanWorkbook(temp.db, {
    file: await buildPlanWorkbook([plan], rules),
    fileName: 'cmp.xlsx',
    user: 'li.planner',
    now: new Date(now),
  });
}

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-01-02T00:00:00Z') });
  await submit(V1, '2026-01-03T00:00:00Z');
  await submit(V2, '2026-01-04T00:00:00Z');
  await submitPlanWorkbook(temp.db, {
    file: await buildExamplePlanWorkbook(),
    fileName: 'plan.xlsx',
    user: 'li.planner',
    now: new Date('2026-01-05T00:00:00Z'),
  });
  linesFile = path.join(temp.dir, 'lines.csv');
  fs.writeFileSync(
    linesFile,
    [
      'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Hospital,Distributor,Lot,Expiry',
      'A,1,2026-06-01,DES-3018,10,DISTRIBUTOR,,D-ZJ01,L1,2028-01-31',
      'B,1,2026-06-01,BC-2015,5,DISTRIBUTOR,,D-JS01,L2,2028-01-31',
    ].join('\n'),
  );
});

afterAll(() => temp.close());

describe('what-if between two versions', () => {
  it('gives each line its net under both, the difference and the rules', async () => {
    const comparison = await compareVersions(temp.db, {
      file: fs.readFileSync(linesFile),
      fileName: 'lines.csv',
      from: 'CMP-2026@1',
      to: 'CMP-2026@2',
    });
    expect(comparison.lines).toEqual([
      // 10 × 2,680.00 = 26,800.00; 5% = 1,340.00; 10% = 2,680.00.
      expect.objectContaining({
        sku: 'DES-3018',
        netFrom: '25460.00',
        netTo: '24120.00',
        difference: '-1340.00',
        appliedFrom: [{ rule: 'CMP-2026@1/R1', amount: '1340.00' }],
        appliedTo: [{ rule: 'CMP-2026@2/R1', amount: '2680.00' }],
      }),
      // 5 × 880.00 = 4,400.00; @2 takes 20.00 a unit for 江苏's distributor.
      expect.objectContaining({
        sku: 'BC-2015',
        netFrom: '4400.00',
        netTo: '4300.00',
        difference: '-100.00',
        netUnitTo: '860.00',
        appliedFrom: [],
        appliedTo: [{ rule: 'CMP-2026@2/R2', amount: '100.00' }],
      }),
    ]);
    expect(comparison.totals).toEqual({
      netFrom: '29860.00',
      netTo: '28420.00',
      difference: '-1440.00',
    });
  });

  it('runs from the command line, as JSON and as a workbook', async () => {
    const out = path.join(temp.dir, 'compare.xlsx');
    const run = runCli(
      ['compare', linesFile, 'CMP-2026@1', 'CMP-2026@2', '--json', '-o', out],
      temp.url,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).totals.difference).toBe('-1440.00');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet(COMPARE_SHEET)!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const difference = header.indexOf('差额 Difference') + 1;
    expect(header).toContain('净额 Net CMP-2026@2');
    expect(sheet.getRow(2).getCell(difference).value).toBe(-1340);
    expect(sheet.getRow(2).getCell(difference).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(3).getCell(difference).value).toBe(-100);
  });

  it('refuses a malformed version reference with exit code 1 and says how to write it', () => {
    const run = runCli(['compare', linesFile, 'CMP-2026', 'CMP-2026@2'], temp.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('write it as CODE@VERSION');
  });
});

describe('the matrix from the command line and over HTTP', () => {
  it('prints the matrix JSON and writes the workbook', () => {
    const out = path.join(temp.dir, 'matrix.xlsx');
    const run = runCli(
      ['matrix', 'ZJ-2026@1', '--date', '2026-12-03', '--tolerance', '10%', '--json', '-o', out],
      temp.url,
    );
    expect(run.code).toBe(0);
    const matrix = JSON.parse(run.stdout);
    // Nothing else is approved here, so "before" is the list price; only GW-0140 (10.71%) is
    // beyond 10%.
    expect(matrix).toMatchObject({ before: [], after: ['ZJ-2026@1'], tolerancePct: '10' });
    expect(matrix.dispersion.filter((g: { flagged: boolean }) => g.flagged)).toEqual([
      expect.objectContaining({ sku: 'GW-0140', spreadPct: '10.71' }),
    ]);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('refuses a tolerance that is not a percentage', () => {
    const run = runCli(['matrix', 'ZJ-2026@1', '--tolerance', 'lots'], temp.url);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Tolerance "lots" is not a percentage');
  });

  it('answers GET /api/plans/:code/versions/:v/matrix for a signed-in user only', async () => {
    const app = createApp(temp.db);
    const url = '/api/plans/ZJ-2026/versions/1/matrix?date=2026-12-03';
    await request(app).get(url).expect(401);
    const login = await request(app)
      .post('/api/auth/login')
      .send({ login: 'zhou.auditor', password: 'auditor-demo' })
      .expect(200);
    const auth = { Authorization: `Bearer ${login.body.token}` };
    const res = await request(app).get(url).set(auth).expect(200);
    expect(res.body.summary).toEqual({ cells: 26, inPlan: 20, groups: 10, flaggedGroups: 4 });
    const flagged = await request(app).get(`${url}&flagged=true`).set(auth).expect(200);
    expect(flagged.body.summary).toEqual(res.body.summary);
    expect(flagged.body.cells).toHaveLength(10); // 3 stent groups × 2 provinces + GW-0140 × 4
    expect(flagged.body.dispersion).toHaveLength(4);
    await request(app).get(`${url}&qty=0`).set(auth).expect(400);
    await request(app).get('/api/plans/ZJ-2026/versions/7/matrix').set(auth).expect(404);
  });
});
