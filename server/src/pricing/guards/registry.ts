/**
 * The registry of compliance guards (SPEC 5): the one list that runs on every priced line and on
 * every cell of a plan's price matrix at submit. BUDGET_EXCEEDED is not here: it needs the plan's
 * committed spend across orders, which the budget ledger checks when an order is confirmed.
 */
import type { Severity } from '../../domain/finding';
import { belowCost } from './below-cost';
import { certExpired } from './cert-expired';
import { hospitalGift } from './hospital-gift';
import { licenseExpiring } from './license-expiring';
import { licenseInvalid } from './license-invalid';
import { notAuthorized } from './not-authorized';
import { platformCap } from './platform-cap';
import { platformUnlisted } from './platform-unlisted';
import { priceLinkage } from './price-linkage';
import type { ComplianceGuard, GuardHit, GuardInput, GuardSubject } from './types';
import { twoInvoice } from './two-invoice';
import { vbpLocked } from './vbp-locked';

/** BLOCK guards first, so a refused line's first finding says why. */
export const COMPLIANCE_GUARDS: readonly ComplianceGuard[] = [
  certExpired,
  licenseInvalid,
  notAuthorized,
  twoInvoice,
  vbpLocked,
  platformUnlisted,
  platformCap,
  hospitalGift,
  priceLinkage,
  belowCost,
  licenseExpiring,
];

export interface GuardResult extends GuardHit {
  code: string;
  severity: Severity;
  subject: GuardSubject;
}

/** The verdicts of the guards (by default all) on one line, in registry order. */
export function runGuards(
  input: GuardInput,
  guards: readonly ComplianceGuard[] = COMPLIANCE_GUARDS,
): GuardResult[] {
  const results: GuardResult[] = [];
  for (const guard of guards) {
    const hit = guard.check(input);
    if (hit) {
      const { code, severity, subject } = guard;
      results.push({ ...hit, code, severity, subject });
    }
  }
  return results;
}
