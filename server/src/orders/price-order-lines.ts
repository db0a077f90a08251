import { loadComplianceBook } from '../db/compliance-book-repository';
import { findVersion } from '../db/plan-repository';
import {
  findApprovedVersions,
  loadEngineRules,
  loadPricingMaster,
  type PricingMaster,
  type VersionRef,
  versionsInForceOn,
} from '../db/pricing-repository';
import type { Db, Tx } from '../db/prisma-client';
import { type Finding, hasBlocking } from '../domain/finding';
import { BadRequestError, InputRejectedError, NotFoundError } from '../errors';
import { businessDateOf } from '../pricing/business-date';
import { priceOrder, prepareRules, type PreparedRules } from '../pricing/engine';
import { type FactsOf, rememberFacts } from '../pricing/guards';
import type { PricedOrder, PricingLine } from '../pricing/types';
import { type GuardedLineJson, guardedLineJson } from './guard-priced-line';
import { type OrderLineInput, parseOrderLines } from './order-lines';
import { resolveLineContext } from './resolve-line-context';

export interface PriceLinesInput {
  file: Buffer;
  fileName: string;
  /** "CODE@V" references to simulate; empty prices with the versions in force. */
  plans: string[];
  /**
   * Confirming orders (confirm-orders.ts): sees each order as the engine priced it, with its
   * resolved lines and versions, and may cut it to the plans' budgets before the guards run.
   */
  onPriced?: (order: PricedOrder, inputs: PricedOrderInputs) => PricedOrder;
}

export interface PricedOrderInputs {
  pricingDate: string;
  versions: VersionRef[];
  lines: PricingLine[];
}

export type PricedLineOutput = GuardedLineJson | UnpricedLine;

/** A line the engine never saw: no price, unknown SKU or party. Money fields are null, not zero. */
export interface UnpricedLine {
  orderNo: string;
  lineNo: number;
  sku: string;
  qty: number;
  status: 'UNPRICED';
  listUnitPrice: null;
  grossAmount: null;
  discountAmount: null;
  netAmount: null;
  netUnitPrice: null;
  applied: [];
  freeGoods: [];
  findings: Finding[];
  trace: [];
}

export interface PriceLinesResult {
  plans: { plan: string; version: number }[];
  lines: PricedLineOutput[];
}

/** Prices an order-lines file, as a simulation (named versions) or against the versions in force. */
export async function priceOrderLines(
  db: Db | Tx,
  input: PriceLinesInput,
): Promise<PriceLinesResult> {
  const { lines, findings } = await parseOrderLines(input.file, input.fileName);
  if (hasBlocking(findings))
    throw new InputRejectedError('The order lines were refused.', findings);

  const rulesOn =
    input.plans.length > 0 ? await fixedRules(db, input.plans) : await rulesInForce(db);
  const master = await loadPricingMaster(db);
  // Compliance facts for every line, read once for the whole order book.
  const facts = rememberFacts(await loadComplianceBook(db));
  const used = new Map<number, VersionRef>();

  const priced = groupByOrder(lines).flatMap((order) => {
    // An order is priced on one date: its first line's (the parser refuses orders that mix days).
    const pricingDate = businessDateOf(order[0].pricingDate);
    const { versions, rules } = rulesOn(pricingDate);
    versions.forEach((version) => used.set(version.id, version));
    return priceOneOrder(
      order,
      { pricingDate, versions },
      rules,
      { master, facts },
      input.onPriced,
    );
  });
  const plans = [...used.values()].sort(
    (a, b) => a.planCode.localeCompare(b.planCode) || a.version - b.version,
  );
  return {
    plans: plans.map((version) => ({ plan: version.planCode, version: version.version })),
    lines: priced,
  };
}

type RulesOn = (date: string) => { versions: VersionRef[]; rules: PreparedRules };

/** A simulation prices every order with the same named versions, whatever its date. */
async function fixedRules(db: Db | Tx, refs: string[]): Promise<RulesOn> {
  const versions = await findNamedVersions(db, refs);
  const rules = prepareRules(
    await loadEngineRules(
      db,
      versions.map((version) => version.id),
    ),
  );
  return () => ({ versions, rules });
}

/** Live pricing uses, per order date, the approved versions in force that day. */
async function rulesInForce(db: Db | Tx): Promise<RulesOn> {
  const approved = await findApprovedVersions(db);
  const all = await loadEngineRules(
    db,
    approved.map((version) => version.id),
  );
  const prepared = new Map<string, PreparedRules>();
  return (date) => {
    const versions = versionsInForceOn(approved, date);
    const key = versions.map((version) => version.id).join(',');
    if (!prepared.has(key)) {
      const inForce = new Set(versions.map((version) => `${version.planCode}@${version.version}`));
      prepared.set(
        key,
        prepareRules(all.filter((rule) => inForce.has(`${rule.planCode}@${rule.version}`))),
      );
    }
    return { versions, rules: prepared.get(key)! };
  };
}
function priceOneOrder(
  lines: OrderLineInput[],
  { pricingDate, versions }: Omit<PricedOrderInputs, 'lines'>,
  rules: PreparedRules,
  { master, facts }: { master: PricingMaster; facts: FactsOf },
  onPriced: PriceLinesInput['onPriced'],
): PricedLineOutput[] {
  const resolved = lines.map((line) => ({
    input: line,
    context: resolveLineContext(line, pricingDate, master),
  }));
  const priceable = resolved.flatMap((entry) => (entry.context.ok ? [entry.context.line] : []));

  const engine = priceOrder({ orderNo: lines[0].orderNo, pricingDate, lines: priceable }, rules);
  const result = onPriced ? onPriced(engine, { pricingDate, versions, lines: priceable }) : engine;
  const byLine = new Map(
    result.lines.map((line, k) => [
      line.lineNo,
      guardedLineJson(priceable[k], line, facts, pricingDate),
    ]),
  );
  return resolved.map(({ input, context }) =>
    context.ok ? byLine.get(input.lineNo)! : unpricedLine(input, context.findings),
  );
}

function unpricedLine(input: OrderLineInput, findings: Finding[]): UnpricedLine {
  return {
    orderNo: input.orderNo,
    lineNo: input.lineNo,
    sku: input.sku,
    qty: input.qty,
    status: 'UNPRICED',
    listUnitPrice: null,
    grossAmount: null,
    discountAmount: null,
    netAmount: null,
    netUnitPrice: null,
    applied: [],
    freeGoods: [],
    findings,
    trace: [],
  };
}

function groupByOrder(lines: OrderLineInput[]): OrderLineInput[][] {
  const orders = new Map<string, OrderLineInput[]>();
  for (const line of lines) orders.set(line.orderNo, [...(orders.get(line.orderNo) ?? []), line]);
  return [...orders.values()];
}

/** Parses "CODE@V" references and finds each version. */
async function findNamedVersions(db: Db | Tx, refs: string[]) {
  return Promise.all(
    refs.map(async (ref) => {
      const match = /^(.+)@(\d+)$/.exec(ref.trim());
      if (!match)
        throw new BadRequestError(
          `"${ref}" is not a plan version; write it as CODE@VERSION, e.g. Q4-2026@2.`,
        );
      const found = await findVersion(db, match[1], Number(match[2]));
      if (!found) throw new NotFoundError(`Plan ${match[1]} has no version ${match[2]}.`);
      return { id: found.id, planCode: match[1], version: found.version };
    }),
  );
}
