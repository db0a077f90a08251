import type { Express } from 'express';
import request from 'supertest';

import { createApp } from '../../../server/src/app';
import {
  buildExampleOrderLinesWorkbook,
  buildExamplePlanWorkbook,
  DEMO_MASTER,
} from '../../../server/src/demo';
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
});

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
  });

  it('lists master data', async () => {
    const products = await request(app).get('/api/products').expect(200);
    expect(products.body.products).toHaveLength(DEMO_MASTER.products.length);
    const hospitals = await request(app).get('/api/hospitals').expect(200);
    expect(hospitals.body.hospitals).toHaveLength(DEMO_MASTER.hospitals.length);
    const distributors = await request(app).get('/api/distributors').expect(200);
    expect(distributors.body.distributors).toHaveLength(DEMO_MASTER.distributors.length);
    const prices = await request(app).get('/api/price-lists').expect(200);
    expect(prices.body.entries).toHaveLength(DEMO_MASTER.priceList.length);
  });

  it('downloads the template and refuses an unknown language', async () => {
    const res = await request(app).get('/api/template?lang=en').buffer(true).expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    await request(app).get('/api/template?lang=fr').expect(400);
  });

  it('validates without saving', async () => {
    const before = await tableCounts(temp.db);
    const res = await request(app)
      .post('/api/plans/validate')
      .attach('file', plan, 'plan.xlsx')
      .expect(200);
    expect(res.body).toEqual({ plans: ['ZJ-2026', 'Q4-2026'], findings: [] });
    expect(await tableCounts(temp.db)).toEqual(before);
  });

  it('refuses a submission without a file or user (400) and with findings (422, nothing saved)', async () => {
    await request(app).post('/api/plans/submit').field('user', 'li.planner').expect(400);
    await request(app).post('/api/plans/submit').attach('file', plan, 'plan.xlsx').expect(400);

    const bad = await editWorkbook(plan, (workbook) => {
      setRuleCell(workbook, 'Q4-2026', 'R12', 'MinQty', 'ten');
    });
    const before = await tableCounts(temp.db);
    const res = await request(app)
      .post('/api/plans/submit')
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
      .field('user', 'li.planner')
      .attach('file', plan, '第四季度计划.xlsx')
      .expect(201);
    expect(res.body.versions).toEqual([
      { plan: 'ZJ-2026', version: 1 },
      { plan: 'Q4-2026', version: 1 },
    ]);

    const versions = await request(app).get('/api/plans/Q4-2026/versions').expect(200);
    expect(versions.body.versions[0]).toMatchObject({
      version: 1,
      submittedBy: 'li.planner',
      sourceFile: '第四季度计划.xlsx',
    });
    await request(app).get('/api/plans/NOPE/versions').expect(404);

    const diff = await request(app).get('/api/plans/Q4-2026/diff?from=1&to=1').expect(200);
    expect(diff.body).toEqual({ added: [], removed: [], changed: [], plan: [] });
    await request(app).get('/api/plans/Q4-2026/diff?from=1').expect(400);
    await request(app).get('/api/plans/Q4-2026/diff?from=1&to=5').expect(404);
  });

  it('prices order lines, as a simulation and against the versions in force', async () => {
    const lines = await buildExampleOrderLinesWorkbook();
    const live = await request(app)
      .post('/api/price')
      .attach('file', lines, 'lines.xlsx')
      .expect(200);
    const simulated = await request(app)
      .post('/api/price')
      .field('plans', 'ZJ-2026@1,Q4-2026@1')
      .attach('file', lines, 'lines.xlsx')
      .expect(200);
    expect(simulated.body.lines).toEqual(live.body.lines);
    expect(live.body.lines.length).toBeGreaterThan(5);
    for (const line of live.body.lines) {
      const applied = line.applied.reduce(
        (sum: number, a: { amount: string }) => sum + Math.round(Number(a.amount) * 100),
        0,
      );
      expect(applied).toBe(Math.round(Number(line.discountAmount) * 100));
    }
    await request(app)
      .post('/api/price')
      .field('plans', 'Q4-2026')
      .attach('file', lines, 'lines.xlsx')
      .expect(400);
  });

  it('verifies the audit chain', async () => {
    const res = await request(app).get('/api/audit/verify').expect(200);
    expect(res.body).toMatchObject({ ok: true });
    expect(res.body.events).toBeGreaterThanOrEqual(3);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await request(app).get('/api/nothing-here').expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
