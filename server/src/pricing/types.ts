/**
 * The pricing engine's inputs and outputs (SPEC 4). Inputs arrive with their context resolved by
 * the caller (pipeline step 1); money inside the engine is Decimal, in JSON a 2-decimal string.
 */
import type { Audience, Channel, Grade, Mechanic, Tier } from '../domain/codes';
import type { Finding } from '../domain/finding';
import type { RuleSpec } from '../domain/plan';
import type { Decimal } from './money';
import type { TraceEntry, TraceLevel } from './trace';

export interface PricingLine {
  orderNo: string;
  lineNo: number;
  sku: string;
  category: string;
  /** Positive integer. */
  qty: number;
  audience: Audience;
  /** GB/T 2260 province code. */
  province: string | null;
  city: string | null;
  channel: Channel | null;
  grade: Grade | null;
  tier: Tier | null;
  /** Distributor and hospital codes. */
  distributor: string | null;
  hospital: string | null;
  /** ISO date of the lot's expiry. */
  lotExpiry: string | null;
  /** Base unit price from the audience's price list, a decimal string with at most 2 decimals. */
  listUnitPrice: string;
}

export interface PricingOrder {
  orderNo: string;
  /** ISO local date, already the Asia/Shanghai business date (see businessDateOf). */
  pricingDate: string;
  lines: PricingLine[];
}

/** A rule of one plan version, with the plan's dates it needs for the date gate. */
export type EngineRule = RuleSpec & { version: number; planStart: string; planEnd: string };

export interface AppliedRule {
  plan: string;
  version: number;
  rule: string;
  mechanic: Mechanic;
  /** Rounded discount this rule gives the line, after caps and the clamp. */
  amount: Decimal;
  /** True when the clamp at zero cut the amount. */
  truncated: boolean;
}

/** A separate zero-price line of free goods; `rule` is the giving rule as plan@version/rule. */
export interface FreeGoodsLine {
  sku: string;
  qty: number;
  rule: string;
}

export interface PricedLine {
  orderNo: string;
  lineNo: number;
  sku: string;
  qty: number;
  listUnitPrice: Decimal;
  grossAmount: Decimal;
  discountAmount: Decimal;
  netAmount: Decimal;
  /** netAmount / qty rounded half-up; for display, never summed. */
  netUnitPrice: Decimal;
  applied: AppliedRule[];
  /** Zero-price lines of free goods; they do not change this line's price. */
  freeGoods: FreeGoodsLine[];
  findings: Finding[];
  trace: TraceEntry[];
}

export interface PricedOrder {
  orderNo: string;
  pricingDate: string;
  grossAmount: Decimal;
  discountAmount: Decimal;
  netAmount: Decimal;
  lines: PricedLine[];
  /** Decisions about order-level rules; each is also in the trace of the lines it concerns. */
  trace: TraceEntry[];
}

export interface PricingOptions {
  /** 'full' (default) also traces rules that reached the line but were not eligible. */
  traceLevel?: TraceLevel;
}
