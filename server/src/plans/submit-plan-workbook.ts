import { createHash } from 'node:crypto';

import { appendAuditEvent } from '../audit/audit-log';
import { createVersion, findLatestVersion, insertRules } from '../db/plan-repository';
import { type Db, LONG_TRANSACTION, type Tx } from '../db/prisma-client';
import { type Finding, hasBlocking } from '../domain/finding';
import type { PlanContent } from '../domain/plan';
import { InputRejectedError } from '../errors';
import { planContentHash } from './plan-content-hash';
import { validatePlanWorkbook } from './validate-plan-workbook';

export interface SubmitInput {
  file: Buffer;
  fileName: string;
  user: string;
  now: Date;
}

export interface VersionRef {
  plan: string;
  version: number;
}

export interface SubmitResult {
  /** New versions, one per plan whose content changed. */
  versions: VersionRef[];
  /** Plans whose content equals their latest version: resubmitting them made nothing new. */
  unchanged: VersionRef[];
  findings: Finding[];
}

/** Until approvals exist (issue 4) a submitted version is the one in force. */
const SUBMITTED = 'SUBMITTED';

/**
 * One workbook becomes one immutable version per plan code, all in one transaction with their
 * audit events. Any BLOCK finding refuses the whole workbook and the database stays as it was.
 */
export async function submitPlanWorkbook(db: Db, input: SubmitInput): Promise<SubmitResult> {
  const { plans, findings } = await validatePlanWorkbook(db, input.file);
  if (hasBlocking(findings)) {
    const count = findings.filter((finding) => finding.severity === 'BLOCK').length;
    throw new InputRejectedError(
      `The workbook has ${count} blocking problem(s); nothing was saved.`,
      findings,
    );
  }

  const sha256 = createHash('sha256').update(input.file).digest('hex');
  const result: SubmitResult = { versions: [], unchanged: [], findings };
  await db.$transaction(async (tx) => {
    for (const plan of plans) {
      const kept = findingsOfPlan(plan, findings);
      const outcome = await submitPlan(tx, plan, kept, { ...input, sha256 });
      (outcome.created ? result.versions : result.unchanged).push(outcome.ref);
    }
  }, LONG_TRANSACTION);
  return result;
}

async function submitPlan(
  tx: Tx,
  plan: PlanContent,
  findings: Finding[],
  input: SubmitInput & { sha256: string },
): Promise<{ created: boolean; ref: VersionRef }> {
  const planCode = plan.header.planCode;
  const contentHash = planContentHash(plan);
  const latest = await findLatestVersion(tx, planCode);
  if (latest?.contentHash === contentHash) {
    return { created: false, ref: { plan: planCode, version: latest.version } };
  }

  const { id, version } = await createVersion(tx, {
    header: plan.header,
    status: SUBMITTED,
    findings,
    sourceFile: input.fileName,
    sha256: input.sha256,
    contentHash,
    submittedBy: input.user,
    submittedAt: input.now,
  });
  await insertRules(tx, id, plan.rules);
  await appendAuditEvent(
    tx,
    {
      actor: input.user,
      action: 'plan.version.submitted',
      entityType: 'PlanVersion',
      entityId: `${planCode}@${version}`,
      before: latest ? { version: latest.version, sha256: latest.sha256 } : null,
      after: {
        version,
        status: SUBMITTED,
        sha256: input.sha256,
        sourceFile: input.fileName,
        ruleCount: plan.rules.length,
        contentHash,
        warnings: findings.length,
      },
    },
    input.now,
  );
  return { created: true, ref: { plan: planCode, version } };
}

/** WARN and INFO findings on this plan's rule rows stay with its version for the approvers. */
function findingsOfPlan(plan: PlanContent, findings: Finding[]): Finding[] {
  const rows = new Set(plan.rules.map((rule) => `${rule.source.sheet}!${rule.source.row}`));
  return findings.filter((finding) => rows.has(`${finding.sheet}!${finding.row}`));
}
