import { Workbook, type CellValue } from 'exceljs';
import { parsePlanWorkbook, type PlanMasterData } from '../../../server/src/plans/plan-workbook';

/** Headers exactly as SPEC 3.2 writes them, in Chinese and English. */
export const PLAN_HEADERS: Record<string, [zh: string, en: string]> = {
  planCode: ['计划编码', 'PlanCode'],
  name: ['计划名称', 'Name'],
  level: ['层级', 'Level'],
  parent: ['上级计划', 'Parent'],
  start: ['开始日期', 'Start'],
  end: ['结束日期', 'End'],
  budget: ['预算', 'Budget'],
  budgetPolicy: ['预算策略', 'BudgetPolicy'],
  owner: ['负责人', 'Owner'],
  reason: ['原因代码', 'Reason'],
  notes: ['备注', 'Notes'],
};

/** The two "Tiers" columns take distinct English names (the spec heads both "Tiers"). */
export const RULE_HEADERS: Record<string, [zh: string, en: string]> = {
  planCode: ['计划编码', 'PlanCode'],
  ruleCode: ['规则编码', 'RuleCode'],
  mechanic: ['机制', 'Mechanic'],
  audience: ['对象', 'Audience'],
  products: ['产品', 'Products'],
  provinces: ['省份', 'Provinces'],
  channels: ['渠道', 'Channels'],
  grades: ['医院等级', 'Grades'],
  tiers: ['经销商层级', 'DistributorTiers'],
  distributors: ['经销商', 'Distributors'],
  hospitals: ['医院', 'Hospitals'],
  inventory: ['库存条件', 'Inventory'],
  minQty: ['最小数量', 'MinQty'],
  maxQty: ['最大数量', 'MaxQty'],
  maxDiscountedQty: ['优惠数量上限', 'MaxDiscountedQty'],
  minAmount: ['最小金额', 'MinAmount'],
  value: ['值', 'Value'],
  rebateTiers: ['阶梯', 'RebateTiers'],
  tierMode: ['阶梯方式', 'TierMode'],
  freeSku: ['赠品', 'FreeSku'],
  everyN: ['每满', 'EveryN'],
  freeQty: ['赠送数量', 'FreeQty'],
  bundleSkus: ['组合产品', 'BundleSkus'],
  bundleMinQty: ['组合最小数量', 'BundleMinQty'],
  stacking: ['叠加方式', 'Stacking'],
  exclusionGroup: ['互斥组', 'ExclusionGroup'],
  priority: ['优先级', 'Priority'],
  lineCap: ['单行上限', 'LineCap'],
  orderCap: ['整单上限', 'OrderCap'],
  start: ['开始日期', 'Start'],
  end: ['结束日期', 'End'],
};

export const MASTER: PlanMasterData = {
  skus: new Set(['SKU-001', 'SKU-002', 'SKU-003']),
  categories: new Set(['导管', 'STENT']),
  distributors: new Set(['D001', 'D002']),
  hospitals: new Set(['H001', 'H002']),
};

/** A cell value with a number format (percent, date). */
export class Formatted {
  constructor(
    readonly value: CellValue,
    readonly numFmt: string,
  ) {}
}
export const percent = (fraction: number) => new Formatted(fraction, '0.0%');
export const dateSerial = (serial: number) => new Formatted(serial, 'yyyy-mm-dd');

export type FixtureCell = CellValue | Formatted;
export type FixtureRecord = Record<string, FixtureCell>;

export interface TableFixture {
  sheet: string;
  /** Header text by column key, in column order. */
  headers: [key: string, header: string][];
  records: FixtureRecord[];
  title?: string;
}

/** Header lists in a language, optionally in another order. */
export function headersOf(
  table: Record<string, [string, string]>,
  lang: 'zh' | 'en' | 'both',
  keys: string[] = Object.keys(table),
): [string, string][] {
  return keys.map((key) => {
    const [zh, en] = table[key];
    return [key, lang === 'zh' ? zh : lang === 'en' ? en : `${zh} ${en}`];
  });
}

export async function buildWorkbook(tables: TableFixture[], date1904 = false): Promise<Buffer> {
  const workbook = new Workbook();
  if (date1904) workbook.properties.date1904 = true;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    if (table.title !== undefined) {
      sheet.addRow([table.title]);
      sheet.mergeCells(1, 1, 1, 4);
    }
    sheet.addRow(table.headers.map(([, header]) => header));
    for (const record of table.records) {
      const row = sheet.addRow(table.headers.map(([key]) => valueOf(record[key])));
      table.headers.forEach(([key], i) => {
        const cell = record[key];
        if (cell instanceof Formatted) row.getCell(i + 1).numFmt = cell.numFmt;
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function valueOf(cell: FixtureCell | undefined): CellValue {
  if (cell === undefined) return null;
  return cell instanceof Formatted ? cell.value : cell;
}

/** A plan workbook with English Plans and Rules sheets, parsed against the fixture master data. */
export async function parseSheets(
  plans: FixtureRecord[],
  rules: FixtureRecord[],
  master: PlanMasterData = MASTER,
) {
  const source = await buildWorkbook([
    { sheet: 'Plans', headers: headersOf(PLAN_HEADERS, 'en'), records: plans },
    { sheet: 'Rules', headers: headersOf(RULE_HEADERS, 'en'), records: rules },
  ]);
  return parsePlanWorkbook(source, master);
}

/** Where each finding is, without its wording: what location tests compare. */
export const located = (
  findings: { sheet?: string; row?: number; column?: string; code: string }[],
) => findings.map(({ sheet, row, column, code }) => ({ sheet, row, column, code }));
