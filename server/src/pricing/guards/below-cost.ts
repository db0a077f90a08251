import type { Reason } from '../../domain/codes';
import { Decimal, formatMoney, parseMoney } from '../money';
import { appliedRef, listRules } from './guard-helpers';
import type { ComplianceGuard } from './types';

/** Plans that may sell below cost on purpose (SPEC 5). */
const ONE = new Decimal(1);

const EXEMPT: ReadonlySet<Reason> = new Set(['NEAR_EXPIRY', 'SLOW_MOVING', 'DISCONTINUED']);

/**
 * Net price below standard cost. Cost is ex-VAT, so a hospital net (VAT-inclusive) is taken out
 * of VAT at the price list's rate first; a distributor net is already ex-VAT. The comparison is
 * on the whole line, unrounded, so a fen of rounding never decides it.
 */
export const belowCost: ComplianceGuard = {
  code: 'BELOW_COST',
  severity: 'WARN',
  subject: 'price',
  blamesRules: true,
  check({ line, priced, facts }) {
    const cost = facts.product.standardCost;
    if (cost === null) return null;
    // net / (1 + VAT) < cost × qty, multiplied out: exact, and no division on the common path.
    const factor = line.audience === 'HOSPITAL' ? ONE.plus(facts.vatRate) : ONE;
    if (priced.netAmount.gte(parseMoney(cost).times(line.qty).times(factor))) return null;
    const netExVat = priced.netAmount.dividedBy(factor);

    const discounting = priced.applied.filter((applied) => applied.amount.gt(0));
    const unexcused = discounting.filter((applied) => {
      const reason = facts.planReasons[`${applied.plan}@${applied.version}`] ?? null;
      return reason === null || !EXEMPT.has(reason);
    });
    if (discounting.length > 0 && unexcused.length === 0) return null;

    const rules = unexcused.map(appliedRef);
    const unit = formatMoney(netExVat.dividedBy(line.qty));
    const cause = rules.length > 0 ? ` under ${listRules(rules)}` : '';
    const message =
      `The net price ${unit} ex-VAT of ${line.sku}${cause} is below its standard cost ${cost}: ` +
      `reduce the discount, or give the plan the reason NEAR_EXPIRY, SLOW_MOVING or ` +
      `DISCONTINUED if selling below cost is intended.`;
    return { message, rules, column: 'value' };
  },
};
