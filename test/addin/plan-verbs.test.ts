import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApiClient } from '../../addin/src/api/api-client';
import type { PlanLayout } from '../../addin/src/api/api-types';
import { type MedPromoApi, medPromoApi } from '../../addin/src/api/medpromo-api';
import { cellAddress } from '../../addin/src/excel/a1-address';
import { DEFAULT_FINDINGS_SHEET } from '../../addin/src/excel/findings-sheet';
import { newPlanSheets, validatePlans } from '../../addin/src/verbs/plan-verbs';
import type { FakeExcel } from '../../addin/src/testing/fake-excel';
import { createApp } from '../../server/src/app';
import { seedDemo } from '../../server/src/master/seed-demo-company';
import { createTempDatabase, type TempDatabase } from '../support/temp-database';
import { fakeHost } from './fake-support';

/**
 * The planner's Validate as the pane runs it, against the real server: one batched read, one
 * server call, one batched write, whatever the number of rows.
 */
let temp: TempDatabase;
let server: Server;
let api: MedPromoApi;
let layout: PlanLayout;
let calls = 0;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  server = await new Promise<Server>((resolve) => {
    const listening = createApp(temp.db).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let token: string | null = null;
  globalThis.fetch = (...args) => {
    calls += 1;
    return realFetch(...args);
  };
  api = medPromoApi(createApiClient(() => token, origin));
  token = (await api.signIn('li.planner', 'planner-demo')).token;
  layout = await api.planLayout('zh-CN');
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  await new Promise((resolve) => server.close(resolve));
  await temp.close();
});

/** A workbook with the plan sheets, one plan and `ruleCount` rules; the last one is wrong. */
async function workbookWithRules(ruleCount: number): Promise<FakeExcel> {
  const excel = fakeHost();
  (globalThis as { Excel?: unknown }).Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.excelContext),
  };
  await newPlanSheets(layout);
  type(excel, '计划', 2, { 计划编码: 'BT-2027', 计划名称: '血管介入', 层级: '季度' });
  type(excel, '计划', 2, { 开始日期: '2027-01-01', 结束日期: '2027-03-31', 预算: 200000 });
  for (let i = 1; i <= ruleCount; i++) {
    const mechanic = i === ruleCount ? 'PCT_OFFX' : '百分比折扣';
    type(excel, '规则', i + 1, { 计划编码: 'BT-2027', 规则编码: `R${i}`, 机制: mechanic });
    type(excel, '规则', i + 1, { 对象: '经销商', 产品: 'DES-2518', 值: 5 });
  }
  return excel;
}

function column(sheet: string, header: string): number {
  const columns = layout.sheets.find((candidate) => candidate.sheet === sheet)!.columns;
  return columns.findIndex((candidate) => candidate.header === header);
}

function type(
  excel: FakeExcel,
  sheet: string,
  row: number,
  cells: Record<string, string | number>,
) {
  for (const [header, value] of Object.entries(cells)) {
    excel.userEdit(sheet, cellAddress(row - 1, column(sheet, header)), value);
  }
}

async function validateCounting(excel: FakeExcel) {
  const [syncs, before] = [excel.syncCount, calls];
  const outcome = await validatePlans(api, layout, DEFAULT_FINDINGS_SHEET);
  return { outcome, syncs: excel.syncCount - syncs, serverCalls: calls - before };
}

it('marks exactly the wrong cell, with one server call and as many syncs for 1 or 2,000 rules', async () => {
  const runs = [];
  for (const count of [1, 2000]) {
    const excel = await workbookWithRules(count);
    const run = await validateCounting(excel);
    expect(run.serverCalls).toBe(1);
    expect(run.outcome.findings.map((f) => [f.sheet, f.row, f.column, f.code])).toEqual([
      ['规则', count + 1, '机制', 'UNKNOWN_MECHANIC'],
    ]);
    const sheet = excel.model.sheet('规则')!;
    expect(sheet.cell(count, column('规则', '机制'))!.fill).toBe('#FFC7CE');
    expect(run.outcome.markedCells).toBe(1);
    runs.push(run.syncs);
  }
  expect(runs[1]).toBe(runs[0]);
});
