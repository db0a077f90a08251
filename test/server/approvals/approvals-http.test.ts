import type { Express } from 'express';
import request from 'supertest';

import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { createApp } from '../../../server/src/app';
import { buildExampleOrderLinesWorkbook, buildExamplePlanWorkbook } from '../../../server/src/demo';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { buildPlanWorkbook } from '../../support/plan-workbook-builder';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;
let app: Express;
const tokens: Record<string, string> = {};
const as = (login: string) => ({ Authorization: `Bearer ${tokens[login]}` });

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-01-02T00:00:00Z') });
  app = createApp(temp.db);
  for (const user of DEMO_USERS) {
    const res = await request(app)
      .post('/api/auth/login')
      .send({ login: user.login, password: user.password })
      .expect(200);
    tokens[user.login] = res.body.token;
  }
});

afterAll(() => temp.close());

/** A 华东-only plan: 8% off stents for T1 distributors in 浙江 and 江苏, small budget. */
function eastPlan(code: string, extra: Record<string, string | number> = {}) {
  return buildPlanWorkbook(
    [{ PlanCode: code, Start: '2026-01-01', End: '2026-12-31', Budget: 50000 }],
    [
      {
        PlanCode: code,
        RuleCode: 'R1',
        Mechanic: 'PCT_OFF',
        Audience: 'DISTRIBUTOR',
        Products: '冠脉支架',
        Provinces: '浙江,江苏',
        Value: 8,
        ...extra,
      },
    ],
  );
}

function submit(login: string, file: Buffer, fields: Record<string, string> = {}) {
  let req = request(app).post('/api/plans/submit').set(as(login));
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  return req.attach('file', file, 'plan.xlsx');
}

const decide = (login: string, ref: string, action: string, body: object = {}) => {
  const [code, version] = ref.split('@');
  return request(app)
    .post(`/api/plans/${code}/versions/${version}/${action}`)
    .set(as(login))
    .send(body);
};

async function refusalsOf(login: string): Promise<string[]> {
  const events = await temp.db.auditEvent.findMany({
    where: { action: 'access.refused', actor: login },
  });
  return events.map((event) => JSON.parse(event.after!).reason as string);
}

describe('sign-in and authorisation on every endpoint', () => {
  const endpoints: [string, string][] = [
    ['get', '/api/products'],
    ['get', '/api/hospitals'],
    ['get', '/api/distributors'],
    ['get', '/api/price-lists'],
    ['get', '/api/template'],
    ['post', '/api/master/import'],
    ['post', '/api/plans/validate'],
    ['post', '/api/plans/submit'],
    ['get', '/api/plans/Q4-2026/versions'],
    ['get', '/api/plans/Q4-2026/diff?from=1&to=1'],
    ['get', '/api/plans/Q4-2026/versions/1'],
    ['post', '/api/plans/Q4-2026/versions/1/approve'],
    ['post', '/api/price'],
    ['get', '/api/audit/verify'],
    ['get', '/api/inbox'],
    ['get', '/api/submissions'],
    ['get', '/api/me'],
    ['post', '/api/auth/logout'],
    ['get', '/api/users'],
    ['post', '/api/users'],
    ['post', '/api/users/li.planner/disable'],
    ['post', '/api/users/li.planner/api-keys'],
  ];

  it.each(endpoints)(
    '%s %s answers 401 without a token and with a bad one',
    async (method, path) => {
      const call = (
        method === 'get' ? request(app).get(path) : request(app).post(path)
      ) as request.Test;
      await call.expect(401);
      const bad = method === 'get' ? request(app).get(path) : request(app).post(path);
      const res = await bad.set('Authorization', 'Bearer mpt_not-a-real-token').expect(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
    },
  );

  it.each([
    ['li.planner', 'get', '/api/audit/verify'],
    ['li.planner', 'get', '/api/users'],
    ['li.planner', 'post', '/api/master/import'],
    ['zhou.auditor', 'post', '/api/plans/submit'],
    ['zhou.auditor', 'post', '/api/plans/validate'],
    ['qian.finance', 'post', '/api/users'],
  ])(
    '%s gets 403 with a reason on %s %s, and the refusal is audited',
    async (login, method, path) => {
      const before = (await refusalsOf(login)).length;
      const call = method === 'get' ? request(app).get(path) : request(app).post(path);
      const res = await call.set(as(login)).expect(403);
      expect(res.body.error.message).toContain('needs the role');
      expect(await refusalsOf(login)).toHaveLength(before + 1);
    },
  );

  it('refuses a 浙江 planner a rule for 广东 (403, audited, nothing saved)', async () => {
    const file = await buildPlanWorkbook(
      [{ PlanCode: 'GD-X', Start: '2026-01-01', End: '2026-12-31' }],
      [
        {
          PlanCode: 'GD-X',
          RuleCode: 'R1',
          Mechanic: 'PCT_OFF',
          Audience: 'HOSPITAL',
          Provinces: '广东',
          Value: 5,
        },
      ],
    );
    const res = await submit('zhao.planner', file).expect(403);
    expect(res.body.error.message).toContain('not scoped');
    expect(await temp.db.plan.findUnique({ where: { code: 'GD-X' } })).toBeNull();
    expect((await refusalsOf('zhao.planner')).at(-1)).toContain('440000');
  });

  it('refuses a 华东 manager a 四川 plan', async () => {
    const file = await buildPlanWorkbook(
      [{ PlanCode: 'SC-X', Start: '2026-01-01', End: '2026-12-31', Budget: 10000 }],
      [
        {
          PlanCode: 'SC-X',
          RuleCode: 'R1',
          Mechanic: 'PCT_OFF',
          Audience: 'HOSPITAL',
          // Not every SKU: 四川 caps GW-0335 at 298.00 and hospitals pay the 中选价 for DES-2518.
          Products: 'CS-MASK50',
          Provinces: '四川',
          Value: 5,
        },
      ],
    );
    await submit('li.planner', file).expect(201);
    const res = await decide('wang.manager', 'SC-X@1', 'approve').expect(403);
    expect(res.body.error.message).toContain('not scoped');
    expect((await refusalsOf('wang.manager')).at(-1)).toContain('not scoped');
  });
});

describe('approval guards', () => {
  it('refuses the author, a second step by the same person, and a rejection without a comment', async () => {
    const file = await eastPlan('EAST-A', {});
    // A budget above 1,000,000 adds the national sales-director step after the regional manager.
    const big = await buildPlanWorkbook(
      [{ PlanCode: 'EAST-B', Start: '2026-01-01', End: '2026-12-31', Budget: 1200000 }],
      [
        {
          PlanCode: 'EAST-B',
          RuleCode: 'R1',
          Mechanic: 'PCT_OFF',
          Audience: 'DISTRIBUTOR',
          Provinces: '浙江',
          Value: 8,
        },
      ],
    );
    await submit('li.planner', file).expect(201);
    await submit('li.planner', big).expect(201);

    expect(
      (await decide('li.planner', 'EAST-A@1', 'approve').expect(403)).body.error.message,
    ).toContain('author');
    expect(
      (await decide('wang.manager', 'EAST-A@1', 'reject').expect(403)).body.error.message,
    ).toContain('comment');

    await decide('zhang.manager', 'EAST-B@1', 'approve').expect(200);
    const twice = await decide('zhang.manager', 'EAST-B@1', 'approve').expect(403);
    expect(twice.body.error.message).toContain('one person never approves two steps');

    const reasons = await refusalsOf('wang.manager');
    expect(reasons.some((reason) => reason.includes('comment'))).toBe(true);
    expect((await refusalsOf('li.planner')).some((reason) => reason.includes('author'))).toBe(true);
    expect((await refusalsOf('zhang.manager')).some((reason) => reason.includes('two steps'))).toBe(
      true,
    );
    await request(app).get('/api/audit/verify').set(as('zhou.auditor')).expect(200);
  });

  it('lets exactly one of two managers approving the same step at the same moment succeed', async () => {
    await submit('li.planner', await eastPlan('EAST-C')).expect(201);
    const [first, second] = await Promise.all([
      decide('wang.manager', 'EAST-C@1', 'approve', { step: 10 }),
      decide('liu.manager', 'EAST-C@1', 'approve', { step: 10 }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);

    const steps = await temp.db.approvalStep.findMany({
      where: { version: { plan: { code: 'EAST-C' } } },
    });
    expect(steps).toHaveLength(1);
    expect(steps[0].decision).toBe('APPROVED');
    const approvals = await temp.db.auditEvent.findMany({
      where: { action: 'plan.version.transition', entityId: 'EAST-C@1' },
    });
    expect(approvals).toHaveLength(1);
    const detail = await request(app)
      .get('/api/plans/EAST-C/versions/1')
      .set(as('li.planner'))
      .expect(200);
    expect(detail.body.status).toBe('APPROVED');
  });

  it('keeps a version with a WARN finding from APPROVED until compliance decides', async () => {
    // A FreeQty on a PCT_OFF rule is unused: a WARN, which puts compliance on the route.
    await submit('li.planner', await eastPlan('EAST-W', { FreeQty: 1 })).expect(201);
    const before = await request(app)
      .get('/api/plans/EAST-W/versions/1')
      .set(as('li.planner'))
      .expect(200);
    expect(before.body.findings.some((f: { severity: string }) => f.severity === 'WARN')).toBe(
      true,
    );
    expect(before.body.steps.map((step: { role: string }) => step.role)).toEqual([
      'manager',
      'compliance',
    ]);

    const afterManager = await decide('wang.manager', 'EAST-W@1', 'approve').expect(200);
    expect(afterManager.body.status).toBe('SUBMITTED');
    await decide('chen.director', 'EAST-W@1', 'approve').expect(403);
    const inbox = await request(app).get('/api/inbox').set(as('sun.compliance')).expect(200);
    expect(inbox.body.items.map((item: { plan: string }) => item.plan)).toContain('EAST-W');
    const bare = await decide('sun.compliance', 'EAST-W@1', 'approve').expect(403);
    expect(bare.body.error.message).toContain('justification');
    const done = await decide('sun.compliance', 'EAST-W@1', 'approve', {
      comment: '赠品字段不生效，已核实',
    }).expect(200);
    expect(done.body.status).toBe('APPROVED');
  });

  it('shows a submitter where their versions stand', async () => {
    const res = await request(app).get('/api/submissions').set(as('li.planner')).expect(200);
    const eastA = res.body.items.find((item: { plan: string }) => item.plan === 'EAST-A');
    expect(eastA).toMatchObject({
      status: 'SUBMITTED',
      waitingFor: '区域经理审批 Regional manager',
    });
  });
});

describe('versions in force by effective date', () => {
  it('prices 2026-03-31 with version 1 and 2026-04-01 with version 2 once version 2 is approved', async () => {
    await submit('li.planner', await eastPlan('EAST-E')).expect(201);
    await decide('wang.manager', 'EAST-E@1', 'approve').expect(200);
    const v2 = await eastPlan('EAST-E', { Value: 12 });
    await submit('li.planner', v2, { effectiveFrom: '2026-04-01' }).expect(201);
    await decide('liu.manager', 'EAST-E@2', 'approve').expect(200);

    // D-ZJ01 is a 浙江 T1 distributor; DES-3018 is a stent.
    const csv = [
      'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Distributor',
      'M31,1,2026-03-31,DES-3018,1,DISTRIBUTOR,D-ZJ01',
      'A01,1,2026-04-01,DES-3018,1,DISTRIBUTOR,D-ZJ01',
    ].join('\n');
    const res = await request(app)
      .post('/api/price')
      .set(as('li.planner'))
      .attach('file', Buffer.from(csv), 'lines.csv')
      .expect(200);
    const applied = (orderNo: string) =>
      res.body.lines
        .find((line: { orderNo: string }) => line.orderNo === orderNo)
        .applied.filter((a: { plan: string }) => a.plan === 'EAST-E')
        .map((a: { version: number }) => a.version);
    expect(applied('M31')).toEqual([1]);
    expect(applied('A01')).toEqual([2]);

    const versions = await request(app)
      .get('/api/plans/EAST-E/versions')
      .set(as('li.planner'))
      .expect(200);
    expect(versions.body.versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual([
      '2026-01-01',
      '2026-04-01',
    ]);
  });

  it('does not price live orders with versions still waiting for approval', async () => {
    await submit('li.planner', await buildExamplePlanWorkbook()).expect(201);
    const res = await request(app)
      .post('/api/price')
      .set(as('li.planner'))
      .attach('file', await buildExampleOrderLinesWorkbook(), 'lines.xlsx')
      .expect(200);
    expect(res.body.plans.map((p: { plan: string }) => p.plan)).not.toContain('Q4-2026');
  });
});
