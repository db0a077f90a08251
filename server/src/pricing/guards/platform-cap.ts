import { appliedRef, listRules, netUnitText, perLine, placeOf } from './guard-helpers';
import type { ComplianceGuard } from './types';

/**
 * 挂网价 is a cap on what a hospital pays. The hospital price is VAT-inclusive after every
 * hospital-facing mechanic, and so is the listed price, so they compare directly.
 */
export const platformCap: ComplianceGuard = {
  code: 'PLATFORM_CAP',
  severity: 'BLOCK',
  subject: 'price',
  blamesRules: true,
  check({ line, priced, facts }) {
    const listed = facts.listedPrice;
    if (line.audience !== 'HOSPITAL' || listed === null) return null;
    if (priced.netAmount.lte(perLine(listed, line.qty))) return null;

    const rules = priced.applied.map(appliedRef);
    const fix =
      rules.length > 0
        ? `change the value of ${listRules(rules)} so the hospital price is at most ${listed}`
        : `lower the hospital list price of ${line.sku} to ${listed} or less`;
    const message =
      `The hospital price ${netUnitText(priced)} (VAT-inclusive) of ${line.sku} is above the ` +
      `platform price ${listed} listed in ${placeOf(line)}: ${fix}.`;
    return { message, rules, column: 'value' };
  },
};
