import type { ComplianceGuard } from './types';

/** Anti-bribery: goods given free to a hospital are a gift, whatever the rule calls them. */
export const hospitalGift: ComplianceGuard = {
  code: 'HOSPITAL_GIFT',
  severity: 'BLOCK',
  subject: 'price',
  blamesRules: true,
  check({ line, priced }) {
    if (line.audience !== 'HOSPITAL' || priced.freeGoods.length === 0) return null;
    const rules = [...new Set(priced.freeGoods.map((goods) => goods.rule))];
    const goods = priced.freeGoods.map((item) => `${item.sku} ×${item.qty} (${item.rule})`);
    const to = line.hospital === null ? 'a hospital' : `hospital ${line.hospital}`;
    const message =
      `Free goods ${goods.join(', ')} would go to ${to}: gifts to hospitals are not allowed ` +
      `(anti-bribery); give the benefit as a price discount, or address the rule to distributors.`;
    return { message, rules, column: 'mechanic' };
  },
};
