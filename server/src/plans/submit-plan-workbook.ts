import { createHash } from 'node:crypto';

import { requireActor } from '../access/accounts';
import { computeRouteFacts, type RouteFacts } from '../approvals/route-facts';
import { selectRoute } from '../approvals/select-route';
import { auditRefusal } from '../approvals/transition-version';
import { type Actor, checkTransition } from '../approvals/version-lifecycle';
import { appendAuditEvent } from '../audit/audit-log';
import { createRouteSteps, loadRouteConfig } from '../db/approval-repository';
import { createVersion, findLatestVersion, insertRules } from '../db/plan-repository';
import { type Db, LONG_TRANSACTION, type Tx } from '../db/prisma-client';
import { takeWriteLock } from '../db/write-lock';
import { type Finding, hasBlocking } from '../domain/finding';
import type { PlanContent } from '../domain/plan';
import { BadRequestError, ForbiddenError, InputRejectedError } from '../errors';
import { planContentHash } from './plan-content-hash';
import { validatePlanWorkbook } from './validate-plan-workbook';

export interface SubmitInput {
  file: Buffer;
  fileName: string;
  /** Login of the submitting planner. */
  user: string;
  now: Date;
  /** Keep the new versions as DRAFT instead of sending them into approval. */
  draft?: boolean;
  /** First date the versions price live orders once approved; default each plan's start. */
  effectiveFrom?: string;
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

interface PreparedPlan {
  content: PlanContent;
  findings: Finding[];
  facts: RouteFacts;
  effectiveFrom: string;
}

/** A header-only workbook once "succeeded" in silence, leaving the planner to wonder. */
const NO_PLANS: Finding = {
  sheet: '计划 Plans',
  code: 'NO_PLANS',
  severity: 'BLOCK',
  message:
    'The Plans sheet has no plan rows: add one row per plan under its header, and their rules on the Rules sheet.',
};

/**
 * One workbook becomes one immutable version per plan code, all in one transaction with their
 * approval routes and audit events. Any BLOCK finding, or a plan the planner may not submit,
 * refuses the whole workbook and the database stays as it was (but for the audited refusal).
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
  if (plans.length === 0) {
    throw new InputRejectedError('The workbook holds no plan; nothing was saved.', [NO_PLANS]);
  }
  const actor = await requireActor(db, input.user);
  const prepared = plans.map((content) => preparePlan(content, findings, input.effectiveFrom));
  await assertMaySubmit(db, actor, prepared, input);

  const sha256 = createHash('sha256').update(input.file).digest('hex');
  const result: SubmitResult = { versions: [], unchanged: [], findings };
  await db.$transaction(async (tx) => {
    // Another process submitting the same plan must wait here, not fail on reading a stale
    // latest version (or audit head) and then trying to write.
    await takeWriteLock(tx);
    for (const plan of prepared) {
      const outcome = await storePlan(tx, plan, { ...input, sha256 });
      (outcome.created ? result.versions : result.unchanged).push(outcome.ref);
    }
  }, LONG_TRANSACTION);
  return result;
}

function preparePlan(
  content: PlanContent,
  findings: Finding[],
  effectiveFrom?: string,
): PreparedPlan {
  const kept = findingsOfPlan(content, findings);
  const { start, end, planCode } = content.header;
  const from = effectiveFrom ?? start;
  if (from < start || from > end) {
    throw new BadRequestError(
      `The effective date ${from} lies outside plan ${planCode} (${start} to ${end}).`,
    );
  }
  return { content, findings: kept, facts: computeRouteFacts(content, kept), effectiveFrom: from };
}

/** The submit guards of the lifecycle (role, scope, findings), checked before anything is saved. */
async function assertMaySubmit(db: Db, actor: Actor, plans: PreparedPlan[], input: SubmitInput) {
  for (const plan of plans) {
    const verdict = checkTransition({
      action: 'submit',
      actor,
      version: {
        status: 'DRAFT',
        submittedBy: actor.login,
        facts: plan.facts,
        findings: plan.findings,
        steps: [],
      },
    });
    if (verdict.ok) continue;
    const planCode = plan.content.header.planCode;
    await db.$transaction((tx) =>
      auditRefusal(
        tx,
        { actor: actor.login, action: 'submit', planCode, now: input.now },
        verdict.reason,
      ),
    );
    throw new ForbiddenError(`${planCode}: ${verdict.reason}`);
  }
}

async function storePlan(
  tx: Tx,
  plan: PreparedPlan,
  input: SubmitInput & { sha256: string },
): Promise<{ created: boolean; ref: VersionRef }> {
  const planCode = plan.content.header.planCode;
  const contentHash = planContentHash(plan.content);
  const latest = await findLatestVersion(tx, planCode);
  if (latest?.contentHash === contentHash) {
    return { created: false, ref: { plan: planCode, version: latest.version } };
  }

  const status = input.draft ? 'DRAFT' : 'SUBMITTED';
  const { id, version } = await createVersion(tx, {
    header: plan.content.header,
    status,
    effectiveFrom: plan.effectiveFrom,
    routeFacts: JSON.stringify(plan.facts),
    findings: plan.findings,
    sourceFile: input.fileName,
    sha256: input.sha256,
    contentHash,
    submittedBy: input.user,
    submittedAt: input.now,
  });
  await insertRules(tx, id, plan.content.rules);
  if (!input.draft)
    await createRouteSteps(tx, id, selectRoute(await loadRouteConfig(tx), plan.facts));
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
        status,
        sha256: input.sha256,
        sourceFile: input.fileName,
        ruleCount: plan.content.rules.length,
        contentHash,
        warnings: plan.findings.length,
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
