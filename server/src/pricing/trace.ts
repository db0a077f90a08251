/**
 * The trace of a priced line (SPEC 4 step 9): what was considered, what was excluded and why, what
 * was applied on which base with what rounding, every cap and truncation, free goods, guards and
 * budget cuts. Entries are plain JSON (money as strings) so a stored trace reads the same as a
 * fresh one; each has an English `message` naming the rule as plan@version/rule.
 *
 * Two levels. 'full' also records each rule that reached the line through the rule index but
 * failed a filter or gate ('ineligible'), which answers "why did R7 not apply?". 'compact' leaves
 * those out and keeps everything else: candidates, exclusions, application, caps, truncations,
 * free goods, skips, guards and budget. Prices are the same at both levels.
 */
import type { Mechanic, Stacking } from '../domain/codes';
import type { Severity } from '../domain/finding';
import { formatMoney, type Decimal } from './money';

/** "PLAN@version/RULE". */
export type RuleRef = string;

export type TraceLevel = 'full' | 'compact';

export type IneligibleReason =
  | 'PRODUCT'
  | 'PROVINCE'
  | 'CHANNEL'
  | 'GRADE'
  | 'TIER'
  | 'DISTRIBUTOR'
  | 'HOSPITAL'
  | 'INVENTORY'
  | 'PLAN_DATES'
  | 'RULE_DATES'
  | 'QTY_BAND'
  | 'MIN_AMOUNT'
  | 'BUNDLE_QTY'
  | 'INVALID_RULE';

export type ExclusionReason =
  | 'EXCLUSION_GROUP'
  | 'EXCLUSIVE'
  | 'EXCLUSIVE_OUTRANKED'
  | 'FIXED_PRICE'
  | 'LINE_TERMINAL'
  | 'GROUP_USED_ON_LINE';

export type CapKind = 'LINE_CAP' | 'ORDER_CAP';

export type TraceEntry =
  | { kind: 'candidate'; rule: RuleRef; mechanic: Mechanic; message: string }
  | { kind: 'ineligible'; rule: RuleRef; reason: IneligibleReason; message: string }
  | { kind: 'skipped'; rule: RuleRef; mechanic: Mechanic; message: string }
  | { kind: 'excluded'; rule: RuleRef; reason: ExclusionReason; by: RuleRef; message: string }
  | AppliedEntry
  | { kind: 'capped'; rule: RuleRef; cap: CapKind; from: string; to: string; message: string }
  | { kind: 'truncated'; rule: RuleRef; from: string; to: string; message: string }
  | AllocatedEntry
  | { kind: 'free-goods'; rule: RuleRef; sku: string; qty: number; message: string }
  | { kind: 'guard'; code: string; severity: Severity; message: string }
  | { kind: 'refused'; rule: RuleRef; by: string; amount: string | null; message: string }
  | BudgetEntry;

export interface BudgetEntry {
  kind: 'budget';
  plan: string;
  policy: string;
  /** The plan's benefit on the line before and after the budget, ex-VAT. */
  from: string;
  to: string;
  /** What was left of the plan's budget when the line came to it, ex-VAT. */
  remaining: string;
  message: string;
}

export interface AppliedEntry {
  kind: 'applied';
  rule: RuleRef;
  mechanic: Mechanic;
  stacking: Stacking;
  /** The amount the discount was computed on (list or running net, for the discounted units). */
  base: string;
  /** Units that received the benefit; null for order-level rules. */
  discountedQty: number | null;
  unrounded: string;
  rounded: string;
  message: string;
}

export interface AllocatedEntry {
  kind: 'allocated';
  rule: RuleRef;
  orderAmount: string;
  weight: string;
  part: string;
  message: string;
}

export function candidateEntry(rule: RuleRef, mechanic: Mechanic): TraceEntry {
  return { kind: 'candidate', rule, mechanic, message: `candidate: ${rule} (${mechanic})` };
}

export function ineligibleEntry(
  rule: RuleRef,
  reason: IneligibleReason,
  detail: string,
): TraceEntry {
  return { kind: 'ineligible', rule, reason, message: `not eligible: ${rule}: ${detail}` };
}

export function skippedEntry(rule: RuleRef, mechanic: Mechanic): TraceEntry {
  const message = `skipped: ${rule}: ${mechanic} is not priced by this engine yet`;
  return { kind: 'skipped', rule, mechanic, message };
}

export function settlementEntry(rule: RuleRef, mechanic: Mechanic): TraceEntry {
  const message = `skipped: ${rule}: ${mechanic} accrues in settlement; it does not change the invoice price`;
  return { kind: 'skipped', rule, mechanic, message };
}

export function freeGoodsEntry(
  rule: RuleRef,
  goods: { sku: string; qty: number; working: string },
): TraceEntry {
  const { sku, qty, working } = goods;
  const message = `free goods: ${rule}: ${working} units of ${sku} at 0.00, on a separate line`;
  return { kind: 'free-goods', rule, sku, qty, message };
}

export function guardEntry(code: string, severity: Severity, detail: string): TraceEntry {
  return { kind: 'guard', code, severity, message: `guard ${code} (${severity}): ${detail}` };
}

export function refusedEntry(
  rule: RuleRef,
  by: string,
  amount: Decimal | null,
  what: string,
): TraceEntry {
  const text = amount === null ? null : formatMoney(amount);
  const message = `refused: ${rule}: ${what}${text === null ? '' : ` ${text}`} removed by ${by}`;
  return { kind: 'refused', rule, by, amount: text, message };
}

export function budgetEntry(fields: {
  plan: string;
  policy: string;
  from: Decimal;
  to: Decimal;
  remaining: Decimal;
}): BudgetEntry {
  const [from, to, remaining] = [fields.from, fields.to, fields.remaining].map(formatMoney);
  const message =
    `budget: plan ${fields.plan} had ${remaining} left (ex-VAT); its benefit on this line ` +
    `${from} becomes ${to} (${fields.policy})`;
  return { kind: 'budget', plan: fields.plan, policy: fields.policy, from, to, remaining, message };
}

export function excludedEntry(
  rule: RuleRef,
  reason: ExclusionReason,
  by: RuleRef,
  detail: string,
): TraceEntry {
  return { kind: 'excluded', rule, reason, by, message: `excluded: ${rule}: ${detail}` };
}

export function appliedEntry(fields: {
  rule: RuleRef;
  mechanic: Mechanic;
  stacking: Stacking;
  base: Decimal;
  discountedQty: number | null;
  qty: number | null;
  unrounded: Decimal;
  rounded: Decimal;
}): AppliedEntry {
  const { rule, mechanic, stacking, discountedQty, qty } = fields;
  const base = exactText(fields.base);
  const unrounded = exactText(fields.unrounded);
  const rounded = formatMoney(fields.rounded);
  const units = discountedQty === null ? 'order' : `${discountedQty} of ${qty} units`;
  const message =
    `applied: ${rule} ${mechanic} ${stacking} on base ${base} (${units}): ` +
    `${unrounded} rounded half-up to ${rounded}`;
  return {
    kind: 'applied',
    rule,
    mechanic,
    stacking,
    base,
    discountedQty,
    unrounded,
    rounded,
    message,
  };
}

export function cappedEntry(
  rule: RuleRef,
  cap: CapKind,
  from: Decimal,
  to: Decimal,
  detail: string,
): TraceEntry {
  const [fromText, toText] = [formatMoney(from), formatMoney(to)];
  const message = `capped: ${rule}: ${fromText} to ${toText} by ${detail}`;
  return { kind: 'capped', rule, cap, from: fromText, to: toText, message };
}

export function truncatedEntry(rule: RuleRef, from: Decimal, to: Decimal): TraceEntry {
  const [fromText, toText] = [formatMoney(from), formatMoney(to)];
  const message = `truncated: ${rule}: ${fromText} would take the line below 0.00; cut to ${toText}`;
  return { kind: 'truncated', rule, from: fromText, to: toText, message };
}

export function allocatedEntry(fields: {
  rule: RuleRef;
  orderAmount: Decimal;
  weight: Decimal;
  weightTotal: Decimal;
  part: Decimal;
}): AllocatedEntry {
  const [orderAmount, part] = [formatMoney(fields.orderAmount), formatMoney(fields.part)];
  const weight = exactText(fields.weight);
  const message =
    `allocated: ${fields.rule}: ${part} of order amount ${orderAmount} ` +
    `(line base ${weight} of ${exactText(fields.weightTotal)}, largest remainder)`;
  return { kind: 'allocated', rule: fields.rule, orderAmount, weight, part, message };
}

/** Money-like text that hides no digits: "2.90", but "0.145" and "93.3333…" in full. */
function exactText(amount: Decimal): string {
  return amount.decimalPlaces() <= 2 ? amount.toFixed(2) : amount.toString();
}
