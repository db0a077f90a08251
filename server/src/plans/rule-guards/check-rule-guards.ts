/**
 * Compliance guards over a plan's price matrix at validate and submit time (SPEC 5): every cell
 * the plans' rules touch is priced as a representative one-line order with the engine, with all
 * the workbook's rules as they would stack, on each date that matters, and the guards run on it.
 * A hit is reported on the rule that caused it (sheet 规则 Rules, its Excel row, the column most
 * worth changing), once per rule and guard, with the first cell that shows it.
 */
import type { PricingMaster } from '../../db/pricing-repository';
import type { Finding } from '../../domain/finding';
import type { PlanContent, SourceRef } from '../../domain/plan';
import { listUnitPrice } from '../../orders/list-price';
import { resolveLineContext } from '../../orders/resolve-line-context';
import { addDays } from '../../pricing/business-date';
import { prepareRules, priceOrder, type PreparedRules } from '../../pricing/engine';
import {
  type ComplianceBook,
  resolveGuardFacts,
  runGuards,
  settlementRules,
} from '../../pricing/guards';
import { parseMoney } from '../../pricing/money';
import type { EngineRule, PricingLine } from '../../pricing/types';
import { attributeHits, type RuleSource } from './attribute-hits';
import { checkDates, factChanges } from './check-dates';
import { type MatrixCell, matrixCells } from './rule-cells';

export interface RuleGuardMaster {
  pricing: PricingMaster;
  book: ComplianceBook;
}

/** Rules are priced as version 0 of their plans: the version a submit creates is not known yet. */
const DRAFT_VERSION = 0;

export function checkRuleGuards(plans: readonly PlanContent[], master: RuleGuardMaster): Finding[] {
  const engineRules = plans.flatMap(({ header, rules }) =>
    rules.map((rule): EngineRule & { source: SourceRef } => ({
      ...rule,
      version: DRAFT_VERSION,
      planStart: header.start,
      planEnd: header.end,
    })),
  );
  if (engineRules.length === 0) return [];
  const prepared = prepareRules(engineRules);
  const book = withDraftReasons(master.book, plans);
  const sources = new Map<string, RuleSource>(
    prepared.rules.map((rule) => [rule.ref, rule.spec as RuleSource]),
  );

  const listPrice = (sku: string, audience: EngineRule['audience'], date: string) => {
    const price = listUnitPrice(master.pricing.prices, sku, audience, date);
    return price === null ? null : parseMoney(price);
  };
  const cells = matrixCells(plans, reach(master.pricing), listPrice);
  const changes = factChanges(book);
  const report = attributeHits(sources);
  for (const cell of cells) {
    for (const date of checkDates(cell.windows, changes(cell.sku, cell.distributor))) {
      const line = representativeLine(cell, date, master.pricing);
      if (line) priceAndGuard(line, date, prepared, book, report);
    }
  }
  return report.findings();
}

function priceAndGuard(
  line: PricingLine,
  date: string,
  prepared: PreparedRules,
  book: ComplianceBook,
  report: ReturnType<typeof attributeHits>,
): void {
  const facts = resolveGuardFacts(book, line, date);
  if (!facts) return;
  const order = { orderNo: 'MATRIX', pricingDate: date, lines: [line] };
  const priced = priceOrder(order, prepared, { traceLevel: 'compact' }).lines[0];
  const results = runGuards({ line, priced, facts, rebates: settlementRules(priced.trace) });
  if (results.length > 0) report.add(line, date, priced, results);
}

/** The cell as an order line, resolved like any order line (province, channel, list price). */
function representativeLine(
  cell: MatrixCell,
  date: string,
  pricing: PricingMaster,
): PricingLine | null {
  const resolved = resolveLineContext(
    {
      row: 0,
      orderNo: 'MATRIX',
      lineNo: 1,
      pricingDate: date,
      sku: cell.sku,
      qty: cell.qty,
      audience: cell.audience,
      hospital: cell.hospital,
      distributor: cell.distributor,
      lot: null,
      expiry: cell.expiryDays === null ? null : addDays(date, cell.expiryDays),
      province: cell.province,
      channel: cell.channel,
      grade: cell.grade,
    },
    date,
    pricing,
  );
  return resolved.ok ? resolved.line : null;
}

function reach(pricing: PricingMaster) {
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
