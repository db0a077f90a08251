import { perLine, benefitRules, listRules, netUnitText, placeOf } from './guard-helpers';
import type { ComplianceGuard } from './types';

/**
 * 集采: where a VBP award covers the SKU in the hospital's province, the hospital pays exactly
 * the 中选价 (tax-inclusive, like the hospital price). A FIXED_PRICE at the 中选价 is therefore
 * fine; any other price, and any free goods, is refused.
 */
export const vbpLocked: ComplianceGuard = {
  code: 'VBP_LOCKED',
  severity: 'BLOCK',
  subject: 'price',
  blamesRules: true,
  check({ line, priced, facts }) {
    const award = facts.vbpAward;
    if (line.audience !== 'HOSPITAL' || award === null) return null;
    const exact = priced.netAmount.eq(perLine(award.selectedPrice, line.qty));
    if (exact && priced.freeGoods.length === 0) return null;

    const rules = benefitRules(priced);
    const where = `${line.sku} is under VBP award ${award.program} in ${placeOf(line)} at ${award.selectedPrice} (tax-inclusive)`;
    const fix =
      rules.length > 0
        ? `remove ${line.sku} or this province from ${listRules(rules)}: hospital-facing discounts, bundles and free goods are not allowed on a VBP SKU`
        : `price ${line.sku} for hospitals in this province at the 中选价 ${award.selectedPrice}`;
    const price = `the hospital price here is ${netUnitText(priced)}`;
    return { message: `${where}; ${price}: ${fix}.`, rules, column: 'products' };
  },
};
