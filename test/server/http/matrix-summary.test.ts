import type { Express } from 'express';
import request from 'supertest';

import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { createApp } from '../../../server/src/app';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { seedDemoWithExamplePlans } from '../../support/demo-database';

/**
 * GET .../matrix?summary=true: the price impact a manager sees in the task pane. The demo
 * ZJ-2026@1 on 2026-12-03 with Q4-2026@1 in force, as in test/server/matrix/price-matrix.test.ts.
 */
let temp: TempDatabase;
let app: Express;
let token: string;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemoWithExamplePlans(temp.db, {
    submittedAt: '2026-12-02T00:00:00Z',
    approve: ['Q4-2026'],
    approvedAt: '2026-12-02T01:00:00Z',
  });
  app = createApp(temp.db);
  const manager = DEMO_USERS.find((user) => user.login === 'zhang.manager')!;
  const res = await request(app)
    .post('/api/auth/login')
    .send({ login: manager.login, password: manager.password })
    .expect(200);
  token = res.body.token;
});

afterAll(() => temp.close());

const URL = '/api/plans/ZJ-2026/versions/1/matrix?date=2026-12-03';
const get = (query: string) =>
  request(app).get(`${URL}${query}`).set('Authorization', `Bearer ${token}`);

describe('the matrix summary', () => {
  it('counts cells and groups and names the flagged groups with their extremes', async () => {
    const res = await get('&summary=true').expect(200);
    expect(res.body).toMatchObject({
      plan: 'ZJ-2026',
      version: 1,
      date: '2026-12-03',
      qty: 1,
      tolerancePct: '5',
      cells: 26,
      inPlan: 20,
      groups: 10,
      flaggedGroups: 4,
    });
    // In the plan: R01 8% on three distributor stents in 浙江 (3 × 8.00); R02's four balloon
    // cells miss its 50-unit band (4 × 0.00); R03 fixes GW-0140 at 560.00 of 620.00 (9.68);
    // R04 takes 3% off two stents in six hospital places (12 × 3.00).
    // Mean: (24.00 + 9.68 + 36.00) / 20 = 3.484 → 3.48; deepest 9.68.
    expect(res.body.averageDiscountPct).toBe('3.48');
    expect(res.body.deepestDiscountPct).toBe('9.68');
    expect(res.body.flagged).toEqual([
      // 2,680.00 × 0.92 = 2,465.60 in 浙江; 江苏 pays list: 214.40 / 2,465.60 = 8.70%.
      group('DES-2518', '330000', '浙江', '2465.60', '320000', '江苏', '2680.00', '8.70'),
      group('DES-3018', '330000', '浙江', '2465.60', '320000', '江苏', '2680.00', '8.70'),
      // 2,880.00 × 0.92 = 2,649.60; 230.40 / 2,649.60 = 8.6957% → 8.70.
      group('DES-3524', '330000', '浙江', '2649.60', '320000', '江苏', '2880.00', '8.70'),
      {
        ...group('GW-0140', '440000', '广东', '560.00', '310000', '上海', '620.00', '10.71'),
        audience: 'HOSPITAL',
        channel: 'PUBLIC_HOSPITAL',
        grade: '3A',
        tier: null,
      },
    ]);
    // Counts only: no cell list, no full dispersion table.
    expect(res.body.cells).toBe(26);
    expect(res.body.dispersion).toBeUndefined();
  });

  it('follows the tolerance, and ignores flagged=true rather than averaging flagged cells only', async () => {
    const strict = await get('&summary=true&tolerance=10').expect(200);
    expect(strict.body.flaggedGroups).toBe(1);
    expect(strict.body.flagged.map((g: { sku: string }) => g.sku)).toEqual(['GW-0140']);
    const both = await get('&summary=true&flagged=true').expect(200);
    expect(both.body.averageDiscountPct).toBe('3.48');
    expect(both.body.inPlan).toBe(20);
  });

  it('keeps the full matrix without summary, and refuses a bad summary flag', async () => {
    const full = await get('').expect(200);
    expect(full.body.cells).toHaveLength(26);
    await get('&summary=yes').expect(400);
  });
});

function group(
  sku: string,
  minProvince: string,
  minProvinceName: string,
  minNet: string,
  maxProvince: string,
  maxProvinceName: string,
  maxNet: string,
  spreadPct: string,
) {
  return {
    audience: 'DISTRIBUTOR',
    sku,
    channel: null,
    grade: null,
    tier: 'T1',
    minProvince,
    minProvinceName,
    minNet,
    maxProvince,
    maxProvinceName,
    maxNet,
    spreadPct,
  };
}
