import { displayStatus } from '../approvals/display-status';
import { findVersion, listVersions, loadVersionContent } from '../db/plan-repository';
import { findApprovedVersions } from '../db/pricing-repository';
import { businessDateOf } from '../pricing/business-date';
import type { Db } from '../db/prisma-client';
import { NotFoundError } from '../errors';
import { diffPlanContents, type PlanDiff } from './plan-diff';

export interface VersionListItem {
  version: number;
  status: string;
  effectiveFrom: string;
  submittedBy: string;
  submittedAt: string;
  sha256: string;
  sourceFile: string;
}

export async function listPlanVersions(
  db: Db,
  planCode: string,
  today = businessDateOf(new Date()),
): Promise<VersionListItem[]> {
  const versions = await listVersions(db, planCode);
  if (versions.length === 0) throw new NotFoundError(`No plan ${planCode} has been submitted.`);
  const approved = (await findApprovedVersions(db)).filter(
    (version) => version.planCode === planCode,
  );
  return versions.map((version) => ({
    version: version.version,
    status: displayStatus(version, approved, today),
    effectiveFrom: version.effectiveFrom,
    submittedBy: version.submittedBy,
    submittedAt: version.submittedAt.toISOString(),
    sha256: version.sha256,
    sourceFile: version.sourceFile,
  }));
}

export async function diffPlanVersions(
  db: Db,
  planCode: string,
  from: number,
  to: number,
): Promise<PlanDiff> {
  const [older, newer] = await Promise.all([
    requireVersion(db, planCode, from),
    requireVersion(db, planCode, to),
  ]);
  const [before, after] = await Promise.all([
    loadVersionContent(db, older.id),
    loadVersionContent(db, newer.id),
  ]);
  return diffPlanContents(before, after);
}

export async function requireVersion(db: Db, planCode: string, version: number) {
  const found = await findVersion(db, planCode, version);
  if (!found) throw new NotFoundError(`Plan ${planCode} has no version ${version}.`);
  return found;
}
