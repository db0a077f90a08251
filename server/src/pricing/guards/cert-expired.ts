import type { ComplianceGuard } from './types';

/** A device may only be sold while its registration certificate (注册证) is valid. */
export const certExpired: ComplianceGuard = {
  code: 'CERT_EXPIRED',
  severity: 'BLOCK',
  subject: 'product',
  blamesRules: false,
  check({ line, facts }) {
    const validTo = facts.product.certValidTo;
    if (validTo === null || facts.date <= validTo) return null;
    const message =
      `The registration certificate of ${line.sku} expired on ${validTo}, before ${facts.date}: ` +
      `record the renewed certificate in 产品 Products, or end the promotion by ${validTo}.`;
    return { message, rules: [], column: 'products' };
  },
};
