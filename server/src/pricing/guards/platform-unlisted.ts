import { benefitRules, listRules, placeOf } from './guard-helpers';
import type { ComplianceGuard } from './types';

/** Public hospitals buy through the provincial platform: a promotion on an unlisted SKU is void. */
export const platformUnlisted: ComplianceGuard = {
  code: 'PLATFORM_UNLISTED',
  severity: 'BLOCK',
  subject: 'price',
  blamesRules: true,
  check({ line, priced, facts }) {
    if (line.channel !== 'PUBLIC_HOSPITAL' || line.province === null) return null;
    if (facts.listedPrice !== null) return null;
    const rules = benefitRules(priced);
    if (rules.length === 0) return null;

    const message =
      `${line.sku} has no platform listing in ${placeOf(line)} on ${facts.date}, so public ` +
      `hospitals cannot buy it under ${listRules(rules)}: take ${line.sku} or this province ` +
      `out of the rule, or list the SKU in 挂网价 PlatformListings first.`;
    return { message, rules, column: 'products' };
  },
};
