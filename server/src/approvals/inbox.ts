import { loadVersionState } from '../db/approval-repository';
import type { Db } from '../db/prisma-client';
import { type Actor, currentStep, mayDecide } from './version-lifecycle';

export interface InboxItem {
  plan: string;
  version: number;
  name: string;
  step: { seq: number; name: string };
  submittedBy: string;
  submittedAt: string;
  budget: string | null;
  maxDiscountPct: string | null;
  warnings: number;
}

/**
 * The versions waiting for this person's decision: exactly those the lifecycle would let them
 * approve.
 */
export async function inboxFor(db: Db, actor: Actor): Promise<InboxItem[]> {
  const waiting = await db.planVersion.findMany({
    where: { status: 'SUBMITTED' },
    include: { plan: true },
    orderBy: { submittedAt: 'asc' },
  });
  const items: InboxItem[] = [];
  for (const row of waiting) {
    const state = await loadVersionState(db, row.id);
    const step = currentStep(state.steps);
    if (!step || !mayDecide(actor, state)) continue;
    items.push({
      plan: row.plan.code,
      version: row.version,
      name: (JSON.parse(row.header) as { name: string }).name,
      step: { seq: step.seq, name: step.name },
      submittedBy: row.submittedBy,
      submittedAt: row.submittedAt.toISOString(),
      budget: state.facts.budget,
      maxDiscountPct: state.facts.maxDiscountPct,
      warnings: state.findings.filter((finding) => finding.severity === 'WARN').length,
    });
  }
  return items;
}

/** Where each of a submitter's versions stands: its state and every step of its route. */
export async function submissionsOf(db: Db, login: string) {
  const rows = await db.planVersion.findMany({
    where: { submittedBy: login },
    include: { plan: true },
    orderBy: { submittedAt: 'desc' },
  });
  return Promise.all(
    rows.map(async (row) => {
      const state = await loadVersionState(db, row.id);
      return {
        plan: row.plan.code,
        version: row.version,
        status: row.status,
        waitingFor: currentStep(state.steps)?.name ?? null,
        steps: state.steps.map((step) => ({
          seq: step.seq,
          name: step.name,
          role: step.role,
          decision: step.decision,
          decidedBy: step.decidedBy,
        })),
      };
    }),
  );
}
