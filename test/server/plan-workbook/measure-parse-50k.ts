/**
 * One-off measurement, not a test: how long parsePlanWorkbook takes on 50,000 rule rows.
 * Run with `npx tsx test/server/plan-workbook/measure-parse-50k.ts [rows]`.
 */
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stream } from 'exceljs';
import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import { headersOf, MASTER, PLAN_HEADERS, RULE_HEADERS } from './plan-fixtures';

const ROWS = Number(process.argv[2] ?? 50_000);
const MECHANICS = ['百分比折扣', 'AMOUNT_OFF', '特价', 'ORDER_PCT_OFF'];

function ruleRow(i: number): Record<string, unknown> {
  return {
    planCode: 'P2026',
    ruleCode: `R${String(i).padStart(6, '0')}`,
    mechanic: MECHANICS[i % MECHANICS.length],
    audience: i % 2 === 0 ? '医院' : 'DISTRIBUTOR',
    products: i % 3 === 0 ? 'SKU-001, 导管' : 'SKU-002',
    provinces: '浙江, 江苏省',
    channels: '公立医院',
    grades: '三级甲等、3B',
    minQty: 1 + (i % 10),
    maxQty: 1000,
    minAmount: '5,000',
    value: i % 4 === 0 || i % 4 === 3 ? '10.5%' : 88.5,
    stacking: '基价叠加',
    priority: 1 + (i % 99),
    lineCap: 2000,
    start: new Date(Date.UTC(2026, 0, 1 + (i % 28))),
    end: '2026/12/31',
  };
}

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const plans = workbook.addWorksheet('计划');
  plans.addRow(headersOf(PLAN_HEADERS, 'zh').map(([, header]) => header)).commit();
  plans.addRow(['P2026', '年度计划', '年度', null, '2026-01-01', '2026-12-31', 1e7]).commit();
  plans.commit();
  const rules = workbook.addWorksheet('规则');
  const headers = headersOf(RULE_HEADERS, 'zh');
  rules.addRow(headers.map(([, header]) => header)).commit();
  for (let i = 1; i <= ROWS; i += 1) {
    const row = ruleRow(i);
    rules.addRow(headers.map(([key]) => row[key] ?? null)).commit();
  }
  rules.commit();
  await workbook.commit();
}

async function main(): Promise<void> {
  const path = join(tmpdir(), `measure-parse-${process.pid}.xlsx`);
  await writeWorkbook(path);
  const buffer = readFileSync(path);
  // KEEP=/some/file.xlsx keeps the generated workbook for profiling.
  if (process.env.KEEP) copyFileSync(path, process.env.KEEP);
  rmSync(path);

  // The first run warms the JIT; a server parses many workbooks, so the later runs are typical.
  for (let run = 1; run <= 3; run += 1) await measure(buffer, run);
}

async function measure(buffer: Buffer, run: number): Promise<void> {
  const started = process.hrtime.bigint();
  const { plans, findings } = await parsePlanWorkbook(buffer, MASTER);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  const rules = plans.reduce((sum, plan) => sum + plan.rules.length, 0);
  const size = `${(buffer.length / 1e6).toFixed(1)} MB`;
  const heap = `${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB heap`;
  const seconds = (ms / 1000).toFixed(2);
  console.log(`run ${run}: ${ROWS} rows (${size}), ${rules} rules, ${findings.length} findings`);
  console.log(`  parsePlanWorkbook ${seconds} s, ${heap}`);
}

void main();
