import type { Express } from 'express';
import request from 'supertest';

import { createApp } from '../../../server/src/app';
import {
  buildExampleOrderLinesWorkbook,
  buildExamplePlanWorkbook,
  DEMO_MASTER,
} from '../../../server/src/demo';
import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { tableCounts } from '../../support/table-counts';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { editWorkbook, setRuleCell } from '../../support/workbook-edit';

/** The real app on a temp SQLite file, driven over HTTP. */
let temp: TempDatabase;
let app: Express;
let plan: Buffer;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  app = createApp(temp.db);
  plan = await buildExamplePlanWorkbook();
  for (const login of ['li.planner', 'zhou.auditor', 'admin']) {
    const user = DEMO_USERS.find((candidate) => candidate.login === login)!;
    const res = await request(app)
      .post('/api/auth/login')
      .send({ login, password: user.password })
      .expect(200);
    tokens[login] = res.body.token;
  }
});

const tokens: Record<string, string> = {};
const as = (login: string) => ({ Authorization: `Bearer ${tokens[login]}` });

afterAll(() => temp.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('HTTP API', () => {
  it('answers health and the home page', async () => {
    await request(app)
      .get('/health')
      .expect(200)
      .expect((res) => expect(res.body.status).toBe('ok'));
    const home = await request(app).get('/').expect(200);
    expect(home.text).toContain('MedPromo server is running');
    expect(home.text).toContain('/addin/taskpane.html');
  });

  it('lists master data', async () => {
    const products = await request(app).get('/api/products').set(as('li.planner')).expect(200);
    expect(products.body.products).toHaveLength(DEMO_MASTER.products.length);
    const hospitals = await request(app).get('/api/hospitals').set(as('li.planner')).expect(200);
    expect(hospitals.body.hospitals).toHaveLength(DEMO_MASTER.hospitals.length);
    const distributors = await request(app)
      .get('/api/distributors')
      .set(as('li.planner'))
      .expect(200);
    expect(distributors.body.distributors).toHaveLength(DEMO_MASTER.distributors.length);
    const prices = await request(app).get('/api/price-lists').set(as('li.planner')).expect(200);
    expect(prices.body.entries).toHaveLength(DEMO_MASTER.priceList.length);
  });

  it('downloads the template and refuses an unknown language', async () => {
    const res = await request(app)
      .get('/api/template?lang=en')
      .set(as('li.planner'))
      .buffer(true)
      .expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    await request(app).get('/api/template?lang=fr').set(as('li.planner')).expect(400);
  });

  it('validates without saving', async () => {
    const before = await tableCounts(temp.db);
    const res = await request(app)
      .post('/api/plans/validate')
      .set(as('li.planner'))
      .attach('file', plan, 'plan.xlsx')
      .expect(200);
    // The demo's hospital discounts go below the lowest platform price: warnings, nothing blocks.
    expect(res.body.plans).toEqual(['ZJ-2026', 'Q4-2026']);
    const findings = res.body.findings as { row: number; code: string; severity: string }[];
    expect(findings.map(({ row, code, severity }) => [row, code, severity])).toEqual(
      [4, 5, 6, 7, 11].map((row) => [row, 'PRICE_LINKAGE', 'WARN']),
    );
    expect(await tableCounts(temp.db)).toEqual(before);
  });

  it('refuses a submission without a file (400) or sign-in (401) and with findings (422, nothing saved)', async () => {
    await request(app).post('/api/plans/submit').set(as('li.planner')).expect(400);
    await request(app).post('/api/plans/submit').attach('file', plan, 'plan.xlsx').expect(401);

    const bad = await editWorkbook(plan, (workbook) => {
      setRuleCell(workbook, 'Q4-2026', 'R12', 'MinQty', 'ten');
    });
    const before = await tableCounts(temp.db);
    const res = await request(app)
      .post('/api/plans/submit')
      .set(as('li.planner'))
      .field('user', 'li.planner')
      .attach('file', bad, 'bad.xlsx')
      .expect(422);
    expect(res.body.error.code).toBe('INPUT_REJECTED');
    expect(res.body.findings).toEqual([
      expect.objectContaining({
        sheet: '规则 Rules',
        column: '最小数量 MinQty',
        severity: 'BLOCK',
      }),
    ]);
    expect(await tableCounts(temp.db)).toEqual(before);
  });

  it('submits, lists versions and diffs', async () => {
    const res = await request(app)
      .post('/api/plans/submit')
      .set(as('li.planner'))
      .field('user', 'li.planner')
      .attach('file', plan, '第四季度计划.xlsx')
      .expect(201);
    expect(res.body.versions).toEqual([
      { plan: 'ZJ-2026', version: 1 },
      { plan: 'Q4-2026', version: 1 },
    ]);

    const versions = await request(app)
      .get('/api/plans/Q4-2026/versions')
      .set(as('li.planner'))
      .expect(200);
    expect(versions.body.versions[0]).toMatchObject({
      version: 1,
      submittedBy: 'li.planner',
      sourceFile: '第四季度计划.xlsx',
    });
    await request(app).get('/api/plans/NOPE/versions').set(as('li.planner')).expect(404);

    const diff = await request(app)
      .get('/api/plans/Q4-2026/diff?from=1&to=1')
      .set(as('li.planner'))
      .expect(200);
    expect(diff.body).toEqual({ added: [], removed: [], changed: [], plan: [] });
    await request(app).get('/api/plans/Q4-2026/diff?from=1').set(as('li.planner')).expect(400);
    await request(app).get('/api/plans/Q4-2026/diff?from=1&to=5').set(as('li.planner')).expect(404);
  });

  it('prices order lines: live only with approved versions, any version as a simulation', async () => {
    const lines = await buildExampleOrderLinesWorkbook();
    const live = await request(app)
      .post('/api/price')
      .set(as('li.planner'))
      .attach('file', lines, 'lines.xlsx')
      .expect(200);
    const simulated = await request(app)
      .post('/api/price')
      .set(as('li.planner'))
      .field('plans', 'ZJ-2026@1,Q4-2026@1')
      .attach('file', lines, 'lines.xlsx')
      .expect(200);
    // Nothing is approved yet, so live prices are list prices; the simulation applies the rules.
    expect(live.body.plans).toEqual([]);
    for (const line of live.body.lines) expect(line.netAmount).toBe(line.grossAmount);
    expect(simulated.body.lines.length).toBeGreaterThan(5);
    expect(
      simulated.body.lines.some((line: { applied: unknown[] }) => line.applied.length > 0),
    ).toBe(true);
    for (const line of simulated.body.lines) {
      const applied = line.applied.reduce(
        (sum: number, a: { amount: string }) => sum + Math.round(Number(a.amount) * 100),
        0,
      );
      expect(applied).toBe(Math.round(Number(line.discountAmount) * 100));
    }
    await request(app)
      .post('/api/price')
      .set(as('li.planner'))
      .field('plans', 'Q4-2026')
      .attach('file', lines, 'lines.xlsx')
      .expect(400);
  });

  it('verifies the audit chain', async () => {
    const res = await request(app).get('/api/audit/verify').set(as('zhou.auditor')).expect(200);
    expect(res.body).toMatchObject({ ok: true });
    expect(res.body.events).toBeGreaterThanOrEqual(3);

    const verify = (head: string) =>
      request(app).get('/api/audit/verify').query({ head }).set(as('zhou.auditor'));
    await verify(res.body.lastHash).expect(200);
    const unknown = await verify('0'.repeat(64)).expect(409);
    expect(unknown.body.reason).toContain('is not in the chain');
    await verify('not-a-hash').expect(400);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await request(app).get('/api/nothing-here').set(as('li.planner')).expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
