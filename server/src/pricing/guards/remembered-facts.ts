import type { PricingLine } from '../types';
import { type ComplianceBook, resolveGuardFacts } from './guard-facts';
import type { GuardFacts } from './types';

/**
 * resolveGuardFacts, remembered: the lines of an order book and the cells of a plan's matrix
 * share a few SKU, audience, province, distributor, channel and date combinations, and so their
 * facts. Use one per order book or submission.
 */
export type FactsOf = (line: PricingLine, date: string) => GuardFacts | undefined;

export function rememberFacts(book: ComplianceBook): FactsOf {
  const memo = new Map<string, GuardFacts | undefined>();
  return (line: PricingLine, date: string): GuardFacts | undefined => {
    const { sku, audience, province, distributor, channel } = line;
    const key = `${sku}|${audience}|${province}|${distributor}|${channel}|${date}`;
    if (!memo.has(key)) memo.set(key, resolveGuardFacts(book, line, date));
    return memo.get(key);
  };
}
