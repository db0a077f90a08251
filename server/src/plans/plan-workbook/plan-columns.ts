import type { ColumnDef, SheetSpec } from '../../workbook/read-workbook';

/** Sheet 计划 Plans of SPEC 3.2, keyed by the PlanHeader fields. */
export const PLAN_COLUMNS: ColumnDef[] = [
  { key: 'planCode', zh: '计划编码', en: 'PlanCode', required: true },
  { key: 'name', zh: '计划名称', en: 'Name', required: true },
  { key: 'level', zh: '层级', en: 'Level', required: true },
  { key: 'parent', zh: '上级计划', en: 'Parent' },
  { key: 'start', zh: '开始日期', en: 'Start', required: true },
  { key: 'end', zh: '结束日期', en: 'End', required: true },
  { key: 'budget', zh: '预算', en: 'Budget' },
  { key: 'budgetPolicy', zh: '预算策略', en: 'BudgetPolicy' },
  { key: 'owner', zh: '负责人', en: 'Owner' },
  { key: 'reason', zh: '原因代码', en: 'Reason' },
  { key: 'notes', zh: '备注', en: 'Notes' },
];

/**
 * Sheet 规则 Rules of SPEC 3.2, keyed by the RuleSpec fields. The spec heads two columns "Tiers"
 * in English (distributor tiers and rebate tiers); English-only headers cannot tell them apart,
 * so their English names here are DistributorTiers and RebateTiers, and the spec's bilingual
 * forms are accepted as aliases. A bare "Tiers" header is reported (see AMBIGUOUS_TIERS).
 */
export const RULE_COLUMNS: ColumnDef[] = [
  { key: 'planCode', zh: '计划编码', en: 'PlanCode', required: true },
  { key: 'ruleCode', zh: '规则编码', en: 'RuleCode', required: true },
  { key: 'mechanic', zh: '机制', en: 'Mechanic', required: true },
  { key: 'audience', zh: '对象', en: 'Audience', required: true },
  { key: 'products', zh: '产品', en: 'Products' },
  { key: 'provinces', zh: '省份', en: 'Provinces' },
  { key: 'channels', zh: '渠道', en: 'Channels' },
  { key: 'grades', zh: '医院等级', en: 'Grades' },
  { key: 'tiers', zh: '经销商层级', en: 'DistributorTiers', aliases: ['经销商层级 Tiers'] },
  { key: 'distributors', zh: '经销商', en: 'Distributors' },
  { key: 'hospitals', zh: '医院', en: 'Hospitals' },
  { key: 'inventory', zh: '库存条件', en: 'Inventory' },
  { key: 'minQty', zh: '最小数量', en: 'MinQty' },
  { key: 'maxQty', zh: '最大数量', en: 'MaxQty' },
  { key: 'maxDiscountedQty', zh: '优惠数量上限', en: 'MaxDiscountedQty' },
  { key: 'minAmount', zh: '最小金额', en: 'MinAmount' },
  { key: 'value', zh: '值', en: 'Value' },
  { key: 'rebateTiers', zh: '阶梯', en: 'RebateTiers', aliases: ['阶梯 Tiers'] },
  { key: 'tierMode', zh: '阶梯方式', en: 'TierMode' },
  { key: 'freeSku', zh: '赠品', en: 'FreeSku' },
  { key: 'everyN', zh: '每满', en: 'EveryN' },
  { key: 'freeQty', zh: '赠送数量', en: 'FreeQty' },
  { key: 'bundleSkus', zh: '组合产品', en: 'BundleSkus' },
  { key: 'bundleMinQty', zh: '组合最小数量', en: 'BundleMinQty' },
  { key: 'stacking', zh: '叠加方式', en: 'Stacking' },
  { key: 'exclusionGroup', zh: '互斥组', en: 'ExclusionGroup' },
  { key: 'priority', zh: '优先级', en: 'Priority' },
  { key: 'lineCap', zh: '单行上限', en: 'LineCap' },
  { key: 'orderCap', zh: '整单上限', en: 'OrderCap' },
  { key: 'start', zh: '开始日期', en: 'Start' },
  { key: 'end', zh: '结束日期', en: 'End' },
];

/** Read only to report it: "Tiers" alone could be either tiers column. */
export const AMBIGUOUS_TIERS_KEY = 'ambiguousTiers';
const AMBIGUOUS_TIERS: ColumnDef = { key: AMBIGUOUS_TIERS_KEY, zh: 'Tiers', en: 'Tiers' };

export const PLANS_SHEET: SheetSpec = {
  key: 'plans',
  zh: '计划',
  en: 'Plans',
  required: true,
  columns: PLAN_COLUMNS,
};

export const RULES_SHEET: SheetSpec = {
  key: 'rules',
  zh: '规则',
  en: 'Rules',
  required: true,
  columns: [...RULE_COLUMNS, AMBIGUOUS_TIERS],
};
