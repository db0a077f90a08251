import {
  AUDIENCES,
  CHANNELS,
  GRADES,
  MECHANICS,
  PLAN_LEVELS,
  REASONS,
  STACKINGS,
  TIERS,
} from '../domain/codes';
import type { PlanHeader, RuleSpec } from '../domain/plan';
import { provinceName } from '../domain/provinces';
import { DEMO_PLANS } from './demo-plans';
import { excelDate, type SheetCell, writeSheets } from './sheet-writer';

const MONEY = '#,##0.00';
const PERCENT_MECHANICS = new Set(['PCT_OFF', 'ORDER_PCT_OFF']);

const PLAN_HEADER = [
  '计划编码 PlanCode',
  '计划名称 Name',
  '层级 Level',
  '上级计划 Parent',
  '开始日期 Start',
  '结束日期 End',
  '预算 Budget',
  '负责人 Owner',
  '原因代码 Reason',
  '备注 Notes',
];

const RULE_HEADER = [
  '计划编码 PlanCode',
  '规则编码 RuleCode',
  '机制 Mechanic',
  '对象 Audience',
  '产品 Products',
  '省份 Provinces',
  '渠道 Channels',
  '医院等级 Grades',
  '经销商层级 Tiers',
  '经销商 Distributors',
  '医院 Hospitals',
  '最小数量 MinQty',
  '最大数量 MaxQty',
  '优惠数量上限 MaxDiscountedQty',
  '最小金额 MinAmount',
  '值 Value',
  '叠加方式 Stacking',
  '互斥组 ExclusionGroup',
  '优先级 Priority',
  '单行上限 LineCap',
  '整单上限 OrderCap',
  '开始日期 Start',
  '结束日期 End',
];

const money = (amount: string | null): SheetCell =>
  amount === null ? null : { value: Number(amount), numFmt: MONEY };
const date = (iso: string | null): SheetCell => (iso === null ? null : excelDate(iso));

/**
 * The example plans as a SPEC 3.2 workbook (计划 Plans, 规则 Rules). Like a planner's file it mixes
 * codes and Chinese labels, list separators, and percentages typed as 8%, as 8, or in a
 * percent-formatted cell.
 */
export function buildExamplePlanWorkbook(): Promise<Buffer> {
  const plans = DEMO_PLANS.map(({ header }, index) => planRow(header, index % 2 === 0));
  const rules = DEMO_PLANS.flatMap((plan) => plan.rules).map(ruleRow);
  return writeSheets([
    {
      name: '计划 Plans',
      rows: [PLAN_HEADER, ...plans],
      widths: [12, 26, 8, 12, 12, 12, 14, 8, 12, 30],
    },
    { name: '规则 Rules', rows: [RULE_HEADER, ...rules] },
  ]);
}

function planRow(plan: PlanHeader, labelled: boolean): SheetCell[] {
  return [
    plan.planCode,
    plan.name,
    labelled ? PLAN_LEVELS[plan.level] : plan.level,
    plan.parent,
    date(plan.start),
    date(plan.end),
    money(plan.budget),
    plan.owner,
    plan.reason === null ? null : labelled ? REASONS[plan.reason] : plan.reason,
    plan.notes,
  ];
}

/** Even rows use Chinese labels and names, odd rows codes. */
function ruleRow(rule: RuleSpec, index: number): SheetCell[] {
  const labelled = index % 2 === 0;
  const pick = <V extends Record<string, string>>(vocabulary: V, code: keyof V & string) =>
    labelled ? vocabulary[code] : code;
  const list = (items: string[]) => (items.length === 0 ? null : items.join(labelled ? '、' : ','));
  return [
    rule.planCode,
    rule.ruleCode,
    pick(MECHANICS, rule.mechanic),
    pick(AUDIENCES, rule.audience),
    list([...rule.skus, ...rule.categories]),
    list(rule.provinces.map((code) => (labelled ? provinceName(code) : code))),
    list(rule.channels.map((code) => pick(CHANNELS, code))),
    list(rule.grades.map((code) => pick(GRADES, code))),
    list(rule.tiers.map((code) => pick(TIERS, code))),
    list(rule.distributors),
    list(rule.hospitals),
    rule.minQty,
    rule.maxQty,
    rule.maxDiscountedQty,
    money(rule.minAmount),
    valueCell(rule, index),
    // An empty Stacking is ON_BASE (SPEC 3.2); labelled rows spell it out.
    rule.stacking === 'ON_BASE' && !labelled ? null : pick(STACKINGS, rule.stacking),
    rule.exclusionGroup,
    rule.priority === 1 ? null : rule.priority,
    money(rule.lineCap),
    money(rule.orderCap),
    date(rule.start),
    date(rule.end),
  ];
}

/** Percentages in the three ways planners type them; amounts as money. */
function valueCell(rule: RuleSpec, index: number): SheetCell {
  if (rule.value === null) return null;
  if (!PERCENT_MECHANICS.has(rule.mechanic)) return money(rule.value);
  const points = Number(rule.value);
  if (index % 3 === 0) return `${rule.value}%`;
  if (index % 3 === 1) return { value: points / 100, numFmt: '0.0%' };
  return points;
}
