import { type ApprovedVersion, versionsInForceOn } from '../db/pricing-repository';

/**
 * The status a person reads: stored states as they are, except that an APPROVED version shows as
 * ACTIVE on the days it prices live orders and CLOSED once a later approved version has taken over.
 */
export function displayStatus(
  version: { id: number; status: string; effectiveFrom: string; planEnd: string },
  approvedOfPlan: ApprovedVersion[],
  today: string,
): string {
  if (version.status !== 'APPROVED') return version.status;
  if (version.effectiveFrom > today) return 'APPROVED';
  if (version.planEnd < today) return 'CLOSED';
  const inForce = versionsInForceOn(approvedOfPlan, today);
  return inForce.some((candidate) => candidate.id === version.id) ? 'ACTIVE' : 'CLOSED';
}
