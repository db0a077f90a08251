/** What each column means, for the template's read-me sheet: [Chinese, English]. */
type Help = Record<string, [zh: string, en: string]>;

export const PLAN_HELP: Help = {
  planCode: [
    '计划唯一编码；规则表用它关联计划。',
    'Unique plan code; the Rules sheet refers to it.',
  ],
  name: ['计划名称。', 'Plan name.'],
  level: ['年度、季度或月度。', 'ANNUAL, QUARTERLY or MONTHLY.'],
  parent: ['上级计划的编码（可空）。', 'Code of the parent plan (optional).'],
  start: ['开始日期，如 2026-01-01。', 'First day, e.g. 2026-01-01.'],
  end: ['结束日期（含当天），不得早于开始日期。', 'Last day (inclusive), not before the start.'],
  budget: [
    '预算，人民币，不含税，最多两位小数。',
    'Budget in CNY excluding VAT, at most 2 decimals.',
  ],
  budgetPolicy: [
    '预算用尽时：截断（默认，最后一项优惠减到剩余预算）或整行拒绝（该行不享受本计划任何优惠）。',
    "When the budget runs out: TRUNCATE (default; the last benefit is cut to what remains) or REJECT_LINE (the line gets none of this plan's benefit).",
  ],
  owner: ['负责人。', 'Owner.'],
  reason: [
    '原因：近效期、滞销、停产、新品上市、竞争应对（可空）。',
    'Reason: NEAR_EXPIRY, SLOW_MOVING, DISCONTINUED, LAUNCH, COMPETITIVE (optional).',
  ],
  notes: ['备注。', 'Notes.'],
};

export const RULE_HELP: Help = {
  planCode: ['所属计划编码，须在计划表中。', 'Code of the plan, which must be on the Plans sheet.'],
  ruleCode: ['规则编码，同一计划内唯一。', 'Rule code, unique within its plan.'],
  mechanic: [
    '机制：百分比折扣、金额折扣、特价、组合、赠品、阶梯返利、价差补偿、整单折扣、整单减额。',
    'Mechanic: PCT_OFF, AMOUNT_OFF, FIXED_PRICE, BUNDLE, FREE_GOODS, TIERED_REBATE, CHARGEBACK, ORDER_PCT_OFF, ORDER_AMOUNT_OFF.',
  ],
  audience: [
    '对象：经销商（开票价，不含税）或医院（医院价，含税）。必填。',
    'Audience: DISTRIBUTOR (invoice price, ex-VAT) or HOSPITAL (hospital price, VAT-inclusive). Required.',
  ],
  products: [
    'SKU 和/或品类，逗号分隔；空 = 全部产品。',
    'SKUs and/or categories, comma-separated; empty = all products.',
  ],
  provinces: [
    '省份名称或代码，逗号分隔；空 = 不限。',
    'Province names or codes, comma-separated; empty = any.',
  ],
  channels: ['渠道，逗号分隔；空 = 不限。', 'Channels, comma-separated; empty = any.'],
  grades: [
    '医院等级，如 三级甲等，逗号分隔；空 = 不限。',
    'Hospital grades such as 3A, comma-separated; empty = any.',
  ],
  tiers: [
    '经销商层级，逗号分隔；空 = 不限。',
    'Distributor tiers (T1, T2, DELIVERY), comma-separated; empty = any.',
  ],
  distributors: [
    '经销商编码，逗号分隔；空 = 不限。',
    'Distributor codes, comma-separated; empty = any.',
  ],
  hospitals: ['医院编码，逗号分隔；空 = 不限。', 'Hospital codes, comma-separated; empty = any.'],
  inventory: [
    '库存条件，如 EXPIRY_WITHIN_DAYS=180（批号在定价日后 180 天内到期）。',
    'Inventory condition, e.g. EXPIRY_WITHIN_DAYS=180 (lot expires within 180 days of the pricing date).',
  ],
  minQty: [
    '最小数量（含），整行适用或不适用。',
    'Minimum quantity (inclusive); the whole line is in or out.',
  ],
  maxQty: ['最大数量（含），不得小于最小数量。', 'Maximum quantity (inclusive), not below MinQty.'],
  maxDiscountedQty: [
    '最多享受优惠的数量。',
    'At most this many units of a line receive the benefit.',
  ],
  minAmount: [
    '最小金额（含）：行金额；组合与整单机制为整单金额。',
    'Minimum gross amount (inclusive): of the line, or of the order for BUNDLE and ORDER_* mechanics.',
  ],
  value: [
    '值：百分比折扣、整单折扣、组合填百分比（10% 或 10）；金额折扣（每件）、特价、整单减额填金额。',
    'Value: a percentage (10% or 10) for PCT_OFF, ORDER_PCT_OFF, BUNDLE; an amount for AMOUNT_OFF (per unit), FIXED_PRICE, ORDER_AMOUNT_OFF.',
  ],
  rebateTiers: [
    '返利阶梯，如 1000000:1%;2500000:2%，门槛含本数，逐级递增。',
    'Rebate tiers, e.g. 1000000:1%;2500000:2%; thresholds inclusive and rising.',
  ],
  tierMode: [
    '阶梯方式：全额累进或超额累进。',
    'Tier mode: RETRO (back to the first yuan) or INCREMENTAL.',
  ],
  freeSku: ['赠品 SKU。', 'SKU given free.'],
  everyN: ['每满 N 件……', 'For every N units bought…'],
  freeQty: ['……赠送的数量（取整，不赠零头）。', '…this many are given free (whole units only).'],
  bundleSkus: ['组合内的 SKU，逗号分隔。', 'SKUs of the bundle, comma-separated.'],
  bundleMinQty: [
    '组合内 SKU 在整单中的最小合计数量。',
    'Minimum combined quantity of the bundle SKUs in the order.',
  ],
  stacking: [
    '叠加方式：独占、基价叠加（默认）、顺序叠加。',
    'Stacking: EXCLUSIVE, ON_BASE (default), SEQUENTIAL.',
  ],
  exclusionGroup: ['互斥组：同组规则只取一条。', 'Exclusion group: one rule of a group applies.'],
  priority: ['优先级 1–99，数大者优先，默认 1。', 'Priority 1–99, higher first; default 1.'],
  lineCap: ['每行优惠金额上限。', 'Maximum discount of this rule per line.'],
  orderCap: ['每单优惠金额上限。', 'Maximum discount of this rule per order.'],
  start: ['开始日期（可空），须在计划日期内。', 'Start date (optional), inside the plan dates.'],
  end: [
    '结束日期（可空，含当天），须在计划日期内。',
    'End date (optional, inclusive), inside the plan dates.',
  ],
};
