import { Workbook } from 'exceljs';
import type { Express } from 'express';
import request from 'supertest';

import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { createApp } from '../../../server/src/app';
import { buildExamplePlanWorkbook } from '../../../server/src/demo';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { tableCounts } from '../../support/table-counts';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

/**
 * The Excel add-in's JSON endpoints: sheet rows go through the same reading and validation as
 * an uploaded workbook, and findings name the Excel row and header the planner sees.
 */
let temp: TempDatabase;
let app: Express;
const tokens: Record<string, string> = {};
const as = (login: string) => ({ Authorization: `Bearer ${tokens[login]}` });

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  app = createApp(temp.db);
  for (const login of ['li.planner', 'zhou.auditor']) {
    const { password } = DEMO_USERS.find((user) => user.login === login)!;
    tokens[login] = (
      await request(app).post('/api/auth/login').send({ login, password })
    ).body.token;
  }
});
afterAll(() => temp.close());

type Cells = Record<string, string | number>;
const PLAN_HEADER = ['计划编码', '计划名称', '层级', '开始日期', '结束日期', '预算', '负责人'];
const RULE_HEADER = ['计划编码', '规则编码', '机制', '对象', '产品', '值'];
const row = (header: string[], cells: Cells) => header.map((name) => cells[name] ?? null);

const planRow = (name = '2027年一季度血管介入推广') =>
  row(PLAN_HEADER, {
    计划编码: 'BT-2027',
    计划名称: name,
    层级: '季度',
    开始日期: '2027-01-01',
    结束日期: '2027-03-31',
    预算: 200000,
    负责人: '李强',
  });
const rule = (cells: Cells) =>
  row(RULE_HEADER, {
    计划编码: 'BT-2027',
    机制: '百分比折扣',
    对象: '经销商',
    产品: 'DES-2518',
    值: 10,
    ...cells,
  });

function sheets(rules: (string | number | null)[][], planName?: string, firstRow = 2) {
  return [
    { name: '计划', header: PLAN_HEADER, firstRow: 2, rows: [planRow(planName)] },
    { name: '规则', header: RULE_HEADER, firstRow, rows: rules },
  ];
}

const mistakes = [
  rule({ 规则编码: 'R1' }),
  rule({ 规则编码: 'R2', 机制: 'PCT_OFFX' }),
  rule({ 规则编码: 'R3', 值: 150 }),
];

describe('the add-in endpoints', () => {
  it('describe the plan sheets in either language, with dates, money and named lists', async () => {
    const zh = (await request(app).get('/api/plan-layout').set(as('li.planner')).expect(200)).body;
    expect(zh.sheets.map((sheet: { sheet: string }) => sheet.sheet)).toEqual(['计划', '规则']);
    const plans = zh.sheets[0].columns;
    const kindOf = (header: string) =>
      plans.find((column: { header: string }) => column.header === header).kind;
    expect([kindOf('开始日期'), kindOf('预算'), kindOf('计划编码')]).toEqual([
      'date',
      'money',
      'text',
    ]);
    expect(zh.master.lists.MP_Mechanics).toContain('百分比折扣');
    const mechanic = zh.sheets[1].columns.find((c: { key: string }) => c.key === 'mechanic');
    expect(mechanic).toMatchObject({ header: '机制', list: 'MP_Mechanics', multiple: false });

    const en = (await request(app).get('/api/plan-layout?lang=en').set(as('li.planner'))).body;
    expect(en.sheets[0].sheet).toBe('Plans');
    expect(en.sheets[0].columns[0].header).toBe('PlanCode');
    expect(en.master.lists.MP_Mechanics).toContain('PCT_OFF');
  });

  it('validate rows: each mistake on its row and header, nothing saved', async () => {
    const before = await tableCounts(temp.db);
    const res = await request(app)
      .post('/api/plans/validate-rows')
      .set(as('li.planner'))
      .send({ sheets: sheets(mistakes) })
      .expect(200);
    const where = res.body.findings.map((f: { sheet: string; row: number; column: string }) =>
      [f.sheet, f.row, f.column].join(' '),
    );
    expect(where).toEqual(['规则 3 机制', '规则 4 值']);
    expect(await tableCounts(temp.db)).toEqual(before);
  });

  it('validate rows answers as the upload of the same cells does', async () => {
    const rows = await request(app)
      .post('/api/plans/validate-rows')
      .set(as('li.planner'))
      .send({ sheets: sheets(mistakes) })
      .expect(200);
    const upload = await request(app)
      .post('/api/plans/validate')
      .set(as('li.planner'))
      .attach('file', await workbookOf(sheets(mistakes)), 'plan.xlsx')
      .expect(200);
    expect(rows.body).toEqual(upload.body);
  });

  it('keeps Excel row numbers below title rows', async () => {
    const res = await request(app)
      .post('/api/plans/validate-rows')
      .set(as('li.planner'))
      .send({ sheets: sheets(mistakes, undefined, 5) })
      .expect(200);
    expect(res.body.findings.map((f: { row: number }) => f.row)).toEqual([6, 7]);
  });

  it('submit rows: refused with findings and nothing saved, then version 1 with literal text', async () => {
    const before = await tableCounts(temp.db);
    const refused = await request(app)
      .post('/api/plans/submit-rows')
      .set(as('li.planner'))
      .send({ sheets: sheets(mistakes) })
      .expect(422);
    expect(refused.body.error.code).toBe('INPUT_REJECTED');
    expect(refused.body.findings).toHaveLength(2);
    expect(await tableCounts(temp.db)).toEqual(before);

    const formulaLike = '=HYPERLINK("http://x","y")';
    const fixed = [rule({ 规则编码: 'R1' }), rule({ 规则编码: 'R2' }), rule({ 规则编码: 'R3' })];
    const res = await request(app)
      .post('/api/plans/submit-rows')
      .set(as('li.planner'))
      .send({ sheets: sheets(fixed, formulaLike) })
      .expect(201);
    expect(res.body.versions).toEqual([{ plan: 'BT-2027', version: 1 }]);
    const detail = await request(app)
      .get('/api/plans/BT-2027/versions/1')
      .set(as('li.planner'))
      .expect(200);
    expect(detail.body.header.name).toBe(formulaLike);
    expect(detail.body.ruleCount).toBe(3);
  });

  it.each(['zh-CN', 'en'])(
    'Open version (%s): every demo version reads back to the same content, so no new version',
    async (lang) => {
      const example = await buildExamplePlanWorkbook();
      await request(app)
        .post('/api/plans/submit')
        .set(as('li.planner'))
        .attach('file', example, 'plan.xlsx');
      for (const plan of ['ZJ-2026', 'Q4-2026']) {
        const pulled = await request(app)
          .get(`/api/plans/${plan}/versions/1/rows?lang=${lang}`)
          .set(as('li.planner'))
          .expect(200);
        const res = await request(app)
          .post('/api/plans/submit-rows')
          .set(as('li.planner'))
          .send({ sheets: pulled.body.sheets })
          .expect(200);
        expect(res.body).toMatchObject({ versions: [], unchanged: [{ plan, version: 1 }] });
      }
    },
  );

  it('lets only planners submit and refuses a malformed body', async () => {
    await request(app)
      .post('/api/plans/submit-rows')
      .set(as('zhou.auditor'))
      .send({ sheets: sheets(mistakes) })
      .expect(403);
    await request(app)
      .post('/api/plans/validate-rows')
      .set(as('li.planner'))
      .send({ sheets: [{ name: '计划', header: [], firstRow: 0, rows: [] }] })
      .expect(400);
  });
});

/** The same cells as an .xlsx, built independently of the server's converter. */
async function workbookOf(source: ReturnType<typeof sheets>): Promise<Buffer> {
  const workbook = new Workbook();
  for (const { name, header, firstRow, rows } of source) {
    const sheet = workbook.addWorksheet(name);
    sheet.getRow(firstRow - 1).values = header;
    rows.forEach((cells, i) => {
      cells.forEach((value, c) => {
        if (value !== null) sheet.getCell(firstRow + i, c + 1).value = value;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
