import { coveringLicences, KIND_FOR_CLASS, KIND_NAME } from './licence-cover';
import { isValidOn } from './guard-helpers';
import type { ComplianceGuard } from './types';

/** A distributor may only trade a Class II/III device under a licence covering its category. */
export const licenseInvalid: ComplianceGuard = {
  code: 'LICENSE_INVALID',
  severity: 'BLOCK',
  subject: 'distributor',
  blamesRules: false,
  check({ line, facts }) {
    const kind = KIND_FOR_CLASS[facts.product.deviceClass];
    if (line.distributor === null || kind === null) return null;
    const { category, deviceClass } = facts.product;
    const covering = coveringLicences(facts.licenses, kind, category);
    if (covering.some((licence) => isValidOn(licence, facts.date))) return null;

    const lapsed = covering
      .filter((licence) => licence.validTo !== null && licence.validTo < facts.date)
      .sort((a, b) => (a.validTo! < b.validTo! ? 1 : -1))[0];
    const history = lapsed ? `; ${lapsed.number} expired on ${lapsed.validTo}` : '';
    const message =
      `Distributor ${line.distributor} holds no ${KIND_NAME[kind]} covering ${category} ` +
      `(Class ${deviceClass}) valid on ${facts.date}${history}: record the renewed licence in ` +
      `许可证 Licenses, or leave ${line.distributor} out.`;
    return { message, rules: [], column: 'distributors' };
  },
};
