import { type ComplianceBook, type GuardFacts, resolveGuardFacts } from '../../pricing/guards';
import type { PricingLine } from '../../pricing/types';

/**
 * resolveGuardFacts, remembered: across a plan's matrix many cells share a SKU, province,
 * distributor, channel and date, and so share their facts.
 */
export function cachedFacts(book: ComplianceBook) {
  const memo = new Map<string, GuardFacts | undefined>();
  return (line: PricingLine, date: string): GuardFacts | undefined => {
    const { sku, audience, province, distributor, channel } = line;
    const key = `${sku}|${audience}|${province}|${distributor}|${channel}|${date}`;
    if (!memo.has(key)) memo.set(key, resolveGuardFacts(book, line, date));
    return memo.get(key);
  };
}
