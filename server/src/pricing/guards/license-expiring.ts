import {
  coveredUntil,
  coveringLicences,
  KIND_FOR_CLASS,
  KIND_NAME,
  plusDays,
} from './licence-cover';
import type { ComplianceGuard } from './types';

const NOTICE_DAYS = 90;

/** The licence covering the line runs out within 90 days and no renewal is recorded after it. */
export const licenseExpiring: ComplianceGuard = {
  code: 'LICENSE_EXPIRING',
  severity: 'WARN',
  subject: 'distributor',
  blamesRules: false,
  check({ line, facts }) {
    const kind = KIND_FOR_CLASS[facts.product.deviceClass];
    if (line.distributor === null || kind === null) return null;
    const covering = coveringLicences(facts.licenses, kind, facts.product.category);
    const until = coveredUntil(covering, facts.date);
    // undefined: no licence at all, which LICENSE_INVALID reports; null: it never ends.
    if (until === undefined || until === null) return null;
    if (until > plusDays(facts.date, NOTICE_DAYS)) return null;

    const message =
      `The ${KIND_NAME[kind]} of distributor ${line.distributor} covering ` +
      `${facts.product.category} runs out on ${until}, within ${NOTICE_DAYS} days of ` +
      `${facts.date}: record its renewal in 许可证 Licenses before then.`;
    return { message, rules: [], column: 'distributors' };
  },
};
