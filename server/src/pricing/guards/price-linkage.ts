import { benefitRules, listRules, netUnitText, perLine, provinceText } from './guard-helpers';
import type { ComplianceGuard } from './types';

/**
 * 价格联动: a hospital price below the SKU's lowest listing anywhere invites every other province
 * to demand it. Both prices are tax-inclusive.
 */
export const priceLinkage: ComplianceGuard = {
  code: 'PRICE_LINKAGE',
  severity: 'WARN',
  subject: 'price',
  blamesRules: true,
  check({ line, priced, facts }) {
    const lowest = facts.lowestListing;
    if (line.audience !== 'HOSPITAL' || lowest === null) return null;
    if (priced.netAmount.gte(perLine(lowest.price, line.qty))) return null;

    const rules = benefitRules(priced);
    const cause = rules.length > 0 ? ` under ${listRules(rules)}` : '';
    const message =
      `The hospital net price ${netUnitText(priced)} of ${line.sku}${cause} is below its lowest ` +
      `platform price ${lowest.price}, listed in ${provinceText(lowest.province)}; other provinces may ` +
      `link to it: keep the price at ${lowest.price} or more, or justify it to compliance.`;
    return { message, rules, column: 'value' };
  },
};
