import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApiClient } from '../../addin/src/api/api-client';
import type { PlanLayout } from '../../addin/src/api/api-types';
import { type MedPromoApi, medPromoApi } from '../../addin/src/api/medpromo-api';
import { cellAddress } from '../../addin/src/excel/a1-address';
import { DEFAULT_FINDINGS_SHEET } from '../../addin/src/excel/findings-sheet';
import { SNAPSHOT_SHEET } from '../../addin/src/excel/snapshot-sheet';
import type { FakeExcel } from '../../addin/src/testing/fake-excel';
import { createApp } from '../../server/src/app';
import { createTempDatabase, type TempDatabase } from '../support/temp-database';
import { seedDemoWithExamplePlans } from '../support/demo-database';
import { fakeHost } from './fake-support';

/**
 * "Rows changed since the last pull" survives closing the pane: the snapshot is in the workbook.
 * A pane pulls ZJ-2026@1 into the fake Excel; the planner edits with every change event dropped;
 * a new pane (fresh modules, nothing in memory) submits and still counts exactly that edit.
 */
let temp: TempDatabase;
let server: Server;
let api: MedPromoApi;
let layout: PlanLayout;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemoWithExamplePlans(temp.db, { submittedAt: '2026-12-02T00:00:00Z' });
  server = await new Promise<Server>((resolve) => {
    const listening = createApp(temp.db).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let token: string | null = null;
  api = medPromoApi(createApiClient(() => token, origin));
  token = (await api.signIn('li.planner', 'planner-demo')).token;
  layout = await api.planLayout('zh-CN');
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await temp.close();
});

type PlanVerbs = typeof import('../../addin/src/verbs/plan-verbs');
type OpenVersion = typeof import('../../addin/src/verbs/open-version');
type Verbs = PlanVerbs & OpenVersion;

/** A task pane as loaded anew: its modules fresh, so nothing survives from an earlier one. */
function openPane(): Verbs {
  let verbs: Verbs | undefined;
  jest.isolateModules(() => {
    verbs = {
      ...jest.requireActual<PlanVerbs>('../../addin/src/verbs/plan-verbs'),
      ...jest.requireActual<OpenVersion>('../../addin/src/verbs/open-version'),
    };
  });
  return verbs!;
}

function useHost(excel: FakeExcel): void {
  (globalThis as { Excel?: unknown }).Excel = {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.excelContext),
  };
}

/** Excel address of a rule's cell, found by its rule code in the pulled sheet. */
function ruleCell(excel: FakeExcel, ruleCode: string, header: string): string {
  const [names, ...rows] = excel.valuesOf('规则');
  const row = rows.findIndex((cells) => cells[names.indexOf('规则编码')] === ruleCode);
  return cellAddress(row + 1, names.indexOf(header));
}

it('a reopened pane counts the rows changed since the pull made by the pane before', async () => {
  const excel = fakeHost();
  useHost(excel);
  const first = openPane();
  await first.newPlanSheets(layout);
  await first.openVersion(api, layout, 'zh-CN', 'ZJ-2026', 1);
  expect(excel.model.sheet(SNAPSHOT_SHEET)?.visibility).toBe('VeryHidden');

  excel.dropChangeEvents('all');
  excel.userEdit('规则', ruleCell(excel, 'R03', '值'), 555); // R03: fixed price 560 → 555
  excel.userEdit('规则', ruleCell(excel, 'R04', '优先级'), 6); // R04: priority 5 → 6

  const second = openPane();
  expect(second.submitPlans).not.toBe(first.submitPlans); // really a fresh pane
  const outcome = await second.submitPlans(api, layout, DEFAULT_FINDINGS_SHEET);
  expect(outcome.versions).toEqual([{ plan: 'ZJ-2026', version: 2 }]);
  expect(outcome.changes).toEqual({ added: 0, changed: 2, removed: 0 });

  // The submit is the new base: a third pane, no edits, sees nothing changed.
  const third = openPane();
  const again = await third.submitPlans(api, layout, DEFAULT_FINDINGS_SHEET);
  expect(again.unchanged).toEqual([{ plan: 'ZJ-2026', version: 2 }]);
  expect(again.changes).toEqual({ added: 0, changed: 0, removed: 0 });
});

it('a workbook that was never pulled or submitted has no snapshot to compare with', async () => {
  const excel = fakeHost();
  useHost(excel);
  const pane = openPane();
  await pane.newPlanSheets(layout);
  const plan = { 计划编码: 'BT-2027', 计划名称: '血管介入', 层级: '季度', 开始日期: '2027-01-01' };
  const rules = { 计划编码: 'BT-2027', 规则编码: 'R1', 机制: '百分比折扣', 对象: '经销商' };
  type(excel, '计划', { ...plan, 结束日期: '2027-03-31', 预算: 200000 });
  type(excel, '规则', { ...rules, 产品: 'DES-2518', 值: 5 });
  const outcome = await pane.submitPlans(api, layout, DEFAULT_FINDINGS_SHEET);
  expect(outcome.versions).toEqual([{ plan: 'BT-2027', version: 1 }]);
  expect(outcome.changes).toBeNull();
});

/** Types row 2 of a plan sheet, cell by cell, as a planner would. */
function type(excel: FakeExcel, sheet: string, cells: Record<string, string | number>): void {
  const columns = layout.sheets.find((candidate) => candidate.sheet === sheet)!.columns;
  for (const [header, value] of Object.entries(cells)) {
    const column = columns.findIndex((candidate) => candidate.header === header);
    excel.userEdit(sheet, cellAddress(1, column), value);
  }
}
