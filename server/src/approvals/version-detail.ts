import { loadVersionState } from '../db/approval-repository';
import { loadVersionContent } from '../db/plan-repository';
import type { Db } from '../db/prisma-client';
import { diffPlanContents } from '../plans/plan-diff';
import { requireVersion } from '../plans/plan-history';
import { currentStep } from './version-lifecycle';

/** What an approver looks at: the plan, its route, its findings, budget and what changed. */
export async function versionDetail(db: Db, planCode: string, version: number) {
  const row = await requireVersion(db, planCode, version);
  const [content, state] = await Promise.all([
    loadVersionContent(db, row.id),
    loadVersionState(db, row.id),
  ]);
  const previous = version > 1 ? await requireVersion(db, planCode, version - 1) : null;
  const diff = previous
    ? diffPlanContents(await loadVersionContent(db, previous.id), content)
    : null;
  return {
    plan: planCode,
    version,
    status: row.status,
    effectiveFrom: row.effectiveFrom || content.header.start,
    header: content.header,
    ruleCount: content.rules.length,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    facts: state.facts,
    findings: state.findings,
    waitingFor: currentStep(state.steps)?.name ?? null,
    steps: state.steps,
    diffFromPrevious: diff,
  };
}
