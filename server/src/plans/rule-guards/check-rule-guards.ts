/**
 * Compliance guards over a plan's price matrix at validate and submit time (SPEC 5). Each rule is
 * priced with the engine, on its own, on a representative one-line order for every cell it can
 * reach (SKU × hospital, distributor or scenario province/channel/grade, at the smallest quantity
 * its gates allow) on each date a fact about the cell changes, and the guards run on the result.
 *
 * On its own: a finding then says what this rule does, whatever else stacks with it, and no rule
 * is blamed for another's discount. For a price cap that is the cautious reading (the fewest
 * discounts); how rules stack on a real order is guarded again when the order is priced.
 */
import type { PricingMaster } from '../../db/pricing-repository';
import type { Finding } from '../../domain/finding';
import type { Audience } from '../../domain/codes';
import type { PlanContent, PlanHeader, RuleSpec, SourceRef } from '../../domain/plan';
import { listUnitPrice } from '../../orders/list-price';
import { resolveLineContext } from '../../orders/resolve-line-context';
import { addDays } from '../../pricing/business-date';
import { ruleRef } from '../../pricing/prepared-rule';
import {
  COMPLIANCE_GUARDS,
  type ComplianceBook,
  type FactsOf,
  rememberFacts,
  runGuards,
} from '../../pricing/guards';
import { parseMoney } from '../../pricing/money';
import type { PricedLine, PricingLine } from '../../pricing/types';
import { attributeHits, type RuleSource } from './attribute-hits';
import { cellDates } from './check-dates';
import { aloneRulePrices, pricingTerms } from './rule-alone-prices';
import { type ReachParty, rememberedParties, reachedSkus, type ReachMaster } from './rule-reach';
import { representativeQty } from './rule-quantity';

export interface RuleGuardMaster {
  pricing: PricingMaster;
  book: ComplianceBook;
}

/** Rules are priced as version 0 of their plans: the version a submit creates is not known yet. */
export const DRAFT_VERSION = 0;

/**
 * The guards worth running for a rule on a cell: those its benefit can cause, and those about a
 * distributor or SKU only when the rule names it (see attribute-hits.ts). Keyed by what it names.
 */
const GUARDS_FOR = new Map(
  [false, true].flatMap((distributor) =>
    [false, true].map((sku) => [
      `${distributor}|${sku}`,
      COMPLIANCE_GUARDS.filter(
        (guard) =>
          guard.blamesRules ||
          (guard.subject === 'distributor' && distributor) ||
          (guard.subject === 'product' && sku),
      ),
    ]),
  ),
);

interface Matrix {
  lines: ReturnType<typeof representativeLines>;
  reach: ReachMaster;
  parties: (rule: RuleSpec) => ReachParty[];
  facts: FactsOf;
  dates: ReturnType<typeof cellDates>;
  prices: ReturnType<typeof aloneRulePrices>;
  report: ReturnType<typeof attributeHits>;
}

export function checkRuleGuards(plans: readonly PlanContent[], master: RuleGuardMaster): Finding[] {
  const book = withDraftReasons(master.book, plans);
  const matrix: Matrix = {
    lines: representativeLines(master.pricing),
    reach: reachOf(master.pricing),
    parties: rememberedParties(reachOf(master.pricing)),
    facts: rememberFacts(book),
    dates: cellDates(book),
    prices: aloneRulePrices(),
    report: attributeHits(),
  };
  for (const { header, rules } of plans) {
    for (const rule of rules) checkRule(engineRule(rule, header), matrix);
  }
  return matrix.report.findings();
}

function checkRule(rule: RuleSource, matrix: Matrix): void {
  const parties = matrix.parties(rule);
  if (parties.length === 0) return;
  const terms = pricingTerms(rule);
  const window = `${rule.start ?? rule.planStart}|${rule.end ?? rule.planEnd}`;
  // A guard that already found this rule at fault is not asked again: one finding per guard.
  const found = new Set<string>();
  for (const sku of reachedSkus(rule, matrix.reach)) {
    for (const party of parties) {
      const withEnd = rule.distributors.length > 0;
      for (const date of matrix.dates(window, sku, party.distributor, withEnd)) {
        const line = matrix.lines(rule, sku, party, date);
        if (!line) continue;
        const { priced, settles } = matrix.prices(rule, terms, line, date);
        const rebates = settles ? [ruleRef(rule)] : [];
        guardCell({ rule, line, date, priced, rebates, found }, matrix);
      }
    }
  }
}

interface Cell {
  rule: RuleSource;
  line: PricingLine;
  date: string;
  priced: PricedLine;
  rebates: string[];
  found: Set<string>;
}

function guardCell({ rule, line, date, priced, rebates, found }: Cell, matrix: Matrix): void {
  const acts = priced.applied.length > 0 || priced.freeGoods.length > 0 || rebates.length > 0;
  if (!acts) return;
  const facts = matrix.facts(line, date);
  if (!facts) return;
  const distributor = line.distributor !== null && rule.distributors.includes(line.distributor);
  const guards = GUARDS_FOR.get(`${distributor}|${rule.skus.includes(line.sku)}`)!;
  const open = guards.filter((guard) => !found.has(guard.code));
  const results = runGuards({ line, priced, facts, rebates }, open);
  for (const code of matrix.report.add(rule, line, date, results)) found.add(code);
}

/**
 * The cell as an order line, resolved like any order line (province, channel, list price), and
 * remembered: the rules of a large plan meet the same few hundred cells over and over.
 */
function representativeLines(pricing: PricingMaster) {
  const prices = new Map<string, string | null>();
  const lines = new Map<string, PricingLine | null>();
  const priceOn = (sku: string, audience: Audience, date: string) => {
    const key = `${sku}|${audience}|${date}`;
    if (!prices.has(key)) prices.set(key, listUnitPrice(pricing.prices, sku, audience, date));
    return prices.get(key)!;
  };
  return (rule: RuleSpec, sku: string, party: ReachParty, date: string): PricingLine | null => {
    const price = priceOn(sku, rule.audience, date);
    const qty = representativeQty(rule, price === null ? null : parseMoney(price));
    if (qty === null) return null;
    const days = rule.inventory?.days ?? null;
    const { hospital, distributor, province, channel, grade } = party;
    const key = [
      rule.audience,
      sku,
      hospital,
      distributor,
      province,
      channel,
      grade,
      qty,
      days,
      date,
    ].join('|');
    if (!lines.has(key)) {
      const expiry = days === null ? null : addDays(date, days);
      const input = { row: 0, orderNo: 'MATRIX', lineNo: 1, pricingDate: date, lot: null, expiry };
      const resolved = resolveLineContext(
        { ...input, ...party, sku, qty, audience: rule.audience },
        date,
        pricing,
      );
      lines.set(key, resolved.ok ? resolved.line : null);
    }
    return lines.get(key)!;
  };
}

function engineRule(rule: RuleSpec & { source: SourceRef }, header: PlanHeader): RuleSource {
  return { ...rule, version: DRAFT_VERSION, planStart: header.start, planEnd: header.end };
}

function reachOf(pricing: PricingMaster): ReachMaster {
  return {
    products: [...pricing.products.values()],
    hospitals: [...pricing.hospitals.values()],
    distributors: [...pricing.distributors.values()],
  };
}

function withDraftReasons(book: ComplianceBook, plans: readonly PlanContent[]): ComplianceBook {
  const drafts = Object.fromEntries(
    plans.map(({ header }) => [`${header.planCode}@${DRAFT_VERSION}`, header.reason]),
  );
  return { ...book, planReasons: { ...book.planReasons, ...drafts } };
}
