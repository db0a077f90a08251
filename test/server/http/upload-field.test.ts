import type { Express } from 'express';
import request from 'supertest';

import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { createApp } from '../../../server/src/app';
import { buildExamplePlanWorkbook } from '../../../server/src/demo';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

/**
 * An integration posting the workbook under another field name was told "Unexpected field", and
 * one posting two was told "Too many files".
 */
let temp: TempDatabase;
let app: Express;
let token: string;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  app = createApp(temp.db);
  const planner = DEMO_USERS.find((user) => user.login === 'li.planner')!;
  const res = await request(app)
    .post('/api/auth/login')
    .send({ login: planner.login, password: planner.password })
    .expect(200);
  token = res.body.token;
});

afterAll(() => temp.close());

test.each([
  [
    'a file in the field "upload"',
    'upload',
    1,
    'Upload refused: send one workbook, in a multipart field named "file" (this request had a file in "upload").',
  ],
  ['two files in "file"', 'file', 2, 'Upload refused: send one workbook per request.'],
])('%s: 400 saying what to send', async (_name, field, copies, message) => {
  const workbook = await buildExamplePlanWorkbook();
  let req = request(app).post('/api/plans/validate').set('Authorization', `Bearer ${token}`);
  for (let copy = 0; copy < copies; copy += 1) req = req.attach(field, workbook, 'plan.xlsx');
  const res = await req.expect(400);

  expect(res.body).toEqual({ error: { code: 'BAD_REQUEST', message } });
});
