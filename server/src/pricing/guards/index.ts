/** Compliance guards (SPEC 5): the registry, the facts they read and their use on a priced line. */
export type * from './types';
export { COMPLIANCE_GUARDS, runGuards, type GuardResult } from './registry';
export { guardPricedLine, settlementRules, type GuardedLine } from './guard-line';
export { resolveGuardFacts, type ComplianceBook, type PriceVat } from './guard-facts';
export { rememberFacts, type FactsOf } from './remembered-facts';
