import { type FactsOf, guardPricedLine } from '../pricing/guards';
import { type PricedLineJson, pricedLineToJson } from '../pricing/priced-line-json';
import type { PricedLine, PricingLine } from '../pricing/types';

/** PRICED: a price to sell at. REFUSED: a BLOCK guard refused it; its numbers show why only. */
export type GuardedLineJson = PricedLineJson & { status: 'PRICED' | 'REFUSED' };

/**
 * A priced line as output, after the compliance guards (SPEC 4 step 8): their findings follow
 * the engine's, their entries end the trace, and a BLOCK makes the line REFUSED.
 */
export function guardedLineJson(
  line: PricingLine,
  priced: PricedLine,
  factsOf: FactsOf,
  date: string,
): GuardedLineJson {
  const json = pricedLineToJson(priced);
  const facts = factsOf(line, date);
  if (!facts) return { ...json, status: 'PRICED' };
  const guarded = guardPricedLine(line, priced, facts);
  return {
    ...json,
    status: guarded.refused ? 'REFUSED' : 'PRICED',
    findings: [...json.findings, ...guarded.findings],
    trace: [...json.trace, ...guarded.trace],
  };
}
