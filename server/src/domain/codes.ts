/**
 * The coded vocabularies of SPEC 3.1 and 3.2. Each code has its Chinese label; planners may type
 * either, and `resolveCode` accepts both (after NFKC normalisation and trimming).
 */

export const MECHANICS = {
  PCT_OFF: '百分比折扣',
  AMOUNT_OFF: '金额折扣',
  FIXED_PRICE: '特价',
  BUNDLE: '组合',
  FREE_GOODS: '赠品',
  TIERED_REBATE: '阶梯返利',
  CHARGEBACK: '价差补偿',
  ORDER_PCT_OFF: '整单折扣',
  ORDER_AMOUNT_OFF: '整单减额',
} as const;
export type Mechanic = keyof typeof MECHANICS;

export const AUDIENCES = { DISTRIBUTOR: '经销商', HOSPITAL: '医院' } as const;
export type Audience = keyof typeof AUDIENCES;

export const STACKINGS = {
  EXCLUSIVE: '独占',
  ON_BASE: '基价叠加',
  SEQUENTIAL: '顺序叠加',
} as const;
export type Stacking = keyof typeof STACKINGS;

export const PLAN_LEVELS = { ANNUAL: '年度', QUARTERLY: '季度', MONTHLY: '月度' } as const;
export type PlanLevel = keyof typeof PLAN_LEVELS;

export const REASONS = {
  NEAR_EXPIRY: '近效期',
  SLOW_MOVING: '滞销',
  DISCONTINUED: '停产',
  LAUNCH: '新品上市',
  COMPETITIVE: '竞争应对',
} as const;
export type Reason = keyof typeof REASONS;

/** What a confirmed order meets when a plan's budget runs out (SPEC §4 step 6). */
export const BUDGET_POLICIES = { TRUNCATE: '截断', REJECT_LINE: '整行拒绝' } as const;
export type BudgetPolicy = keyof typeof BUDGET_POLICIES;

export const CHANNELS = {
  PUBLIC_HOSPITAL: '公立医院',
  PRIVATE_HOSPITAL: '民营医院',
  RETAIL: '零售',
  ECOM: '电商',
  DIRECT: '直销',
} as const;
export type Channel = keyof typeof CHANNELS;

export const GRADES = {
  '3A': '三级甲等',
  '3B': '三级乙等',
  '3C': '三级丙等',
  '2A': '二级甲等',
  '2B': '二级乙等',
  '2C': '二级丙等',
  '1A': '一级甲等',
  '1B': '一级乙等',
  '1C': '一级丙等',
  UNGRADED: '未定级',
} as const;
export type Grade = keyof typeof GRADES;

export const TIERS = { T1: '一级经销商', T2: '二级经销商', DELIVERY: '配送商' } as const;
export type Tier = keyof typeof TIERS;

export const OWNERSHIPS = { PUBLIC: '公立', PRIVATE: '民营' } as const;
export type Ownership = keyof typeof OWNERSHIPS;

export const DEVICE_CLASSES = { I: 'I类', II: 'II类', III: 'III类' } as const;
export type DeviceClass = keyof typeof DEVICE_CLASSES;

export const TIER_MODES = { RETRO: '全额累进', INCREMENTAL: '超额累进' } as const;
export type TierMode = keyof typeof TIER_MODES;

export type Vocabulary = Readonly<Record<string, string>>;

/** Unicode NFKC (full-width to half-width), trimmed: how every typed code is compared. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').trim();
}

/** The code for a typed code or Chinese label, case-insensitive for codes; undefined if unknown. */
export function resolveCode<V extends Vocabulary>(
  vocabulary: V,
  typed: string,
): (keyof V & string) | undefined {
  const text = normalizeText(typed);
  const upper = text.toUpperCase();
  for (const [code, label] of Object.entries(vocabulary)) {
    if (code === upper || label === text) return code as keyof V & string;
  }
  return undefined;
}

/** The codes of a vocabulary, in declaration order. */
export function codesOf<V extends Vocabulary>(vocabulary: V): (keyof V & string)[] {
  return Object.keys(vocabulary) as (keyof V & string)[];
}

/** A line's channel when it names none: from its hospital's ownership (SPEC 3.1). */
export function channelForOwnership(ownership: Ownership): Channel {
  return ownership === 'PUBLIC' ? 'PUBLIC_HOSPITAL' : 'PRIVATE_HOSPITAL';
}
