/** Confirming, replaying and cancelling orders over HTTP, through the real app on a temp file. */
import type { Express } from 'express';
import request from 'supertest';

import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { createApp } from '../../../server/src/app';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { ordersCsv, setUpBudgetPlans, SKUS } from '../orders/budget-fixture';

let temp: TempDatabase;
let app: Express;
const tokens: Record<string, string> = {};
const as = (login: string) => ({ Authorization: `Bearer ${tokens[login]}` });

beforeAll(async () => {
  temp = await createTempDatabase();
  await setUpBudgetPlans(temp);
  app = createApp(temp.db);
  for (const login of ['li.planner', 'zhou.auditor']) {
    const password = DEMO_USERS.find((user) => user.login === login)!.password;
    const res = await request(app).post('/api/auth/login').send({ login, password }).expect(200);
    tokens[login] = res.body.token;
  }
});

afterAll(() => temp.close());

const orderFile = ordersCsv([
  ['H-1', 1, SKUS.BT_SPEND, 10],
  ['H-2', 1, SKUS.BT_EIGHTY, 1],
  ['H-2', 2, SKUS.BT_EIGHTY, 1],
]);

describe('orders over HTTP', () => {
  it('needs a sign-in and an order role', async () => {
    await request(app).post('/api/orders/confirm').attach('file', orderFile, 'o.csv').expect(401);
    const res = await request(app)
      .post('/api/orders/confirm')
      .set(as('zhou.auditor'))
      .attach('file', orderFile, 'o.csv')
      .expect(403);
    expect(res.body.error.message).toContain('needs the role planner or manager or admin');
    expect(await temp.db.confirmedOrder.count()).toBe(0);
  });

  it('confirms a file: 900.00 then 80.00 + 20.00 of a 1,000.00 budget', async () => {
    const res = await request(app)
      .post('/api/orders/confirm')
      .set(as('li.planner'))
      .attach('file', orderFile, 'o.csv')
      .expect(201);
    expect(res.body.orders).toEqual([
      {
        orderNo: 'H-1',
        netAmount: '25900.00',
        reserved: [{ plan: 'BT', version: 1, amount: '900.00' }],
      },
      {
        orderNo: 'H-2',
        netAmount: '1660.00',
        reserved: [{ plan: 'BT', version: 1, amount: '100.00' }],
      },
    ]);
  });

  it('refuses the same order numbers again with 409', async () => {
    const res = await request(app)
      .post('/api/orders/confirm')
      .set(as('li.planner'))
      .attach('file', orderFile, 'o.csv')
      .expect(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT' });
    expect(res.body.error.message).toContain('H-1 (confirmed)');
  });

  it('replays and cancels', async () => {
    const replay = await request(app)
      .get('/api/orders/H-2/replay')
      .set(as('zhou.auditor'))
      .expect(200);
    expect(replay.body).toMatchObject({ identical: true, lines: 2 });

    const res = await request(app).post('/api/orders/H-2/cancel').set(as('li.planner')).expect(200);
    expect(res.body).toEqual({
      orderNo: 'H-2',
      status: 'CANCELLED',
      released: [{ plan: 'BT', version: 1, amount: '100.00' }],
    });
    await request(app).post('/api/orders/H-2/cancel').set(as('li.planner')).expect(409);
    await request(app).post('/api/orders/NOPE/cancel').set(as('li.planner')).expect(404);
  });
});
