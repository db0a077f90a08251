import { benefitRules, listRules, placeOf } from './guard-helpers';
import type { ComplianceGuard } from './types';

/**
 * 两票制: one invoice from the manufacturer to one distributor, one from it to the public hospital.
 * A T2 distributor buys from a T1, so it is never the manufacturer's direct counterparty: a
 * discount or rebate to it, or a flow through it to such a hospital, breaks the rule. Distributors
 * of tier T1 and DELIVERY buy from the manufacturer.
 */
export const twoInvoice: ComplianceGuard = {
  code: 'TWO_INVOICE',
  severity: 'BLOCK',
  subject: 'distributor',
  blamesRules: true,
  check({ line, priced, facts, rebates }) {
    if (line.distributor === null || line.tier !== 'T2' || !facts.twoInvoice) return null;
    const rules = [...benefitRules(priced), ...rebates];
    const scope = `two-invoice applies to Class ${facts.product.deviceClass} devices for public hospitals in ${placeOf(line)}`;
    if (line.audience === 'DISTRIBUTOR' && rules.length > 0) {
      const message =
        `${listRules(rules)} give a discount or rebate to T2 distributor ${line.distributor}, ` +
        `which is not the manufacturer's direct counterparty, and ${scope}: address the rule ` +
        `to the T1 or delivery distributor that buys from the company.`;
      return { message, rules, column: 'tiers' };
    }
    if (line.hospital === null) return null;
    const message =
      `T2 distributor ${line.distributor} would be a second intermediary before hospital ` +
      `${line.hospital}, and ${scope}: supply the hospital through a T1 or delivery distributor.`;
    return { message, rules: [], column: 'distributors' };
  },
};
