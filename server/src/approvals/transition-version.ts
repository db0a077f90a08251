import { requireActor } from '../access/accounts';
import { appendAuditEvent } from '../audit/audit-log';
import {
  cancelPendingSteps,
  createRouteSteps,
  decideStep,
  loadRouteConfig,
  loadSteps,
  loadVersionState,
  moveStatus,
} from '../db/approval-repository';
import type { Db, Tx } from '../db/prisma-client';
import { takeWriteLock } from '../db/write-lock';
import { ConflictError, ForbiddenError } from '../errors';
import { requireVersion } from '../plans/plan-history';
import { selectRoute } from './select-route';
import {
  checkTransition,
  currentStep,
  type Actor,
  type LifecycleAction,
  type StoredStatus,
  type VersionState,
} from './version-lifecycle';

export interface TransitionInput {
  planCode: string;
  version: number;
  action: LifecycleAction;
  actor: string;
  comment?: string;
  /** The step the decider saw; if someone else decided it meanwhile, the answer is a conflict. */
  step?: number;
  now: Date;
}

type Outcome = { ok: true; status: StoredStatus } | { ok: false; refused: string };

/**
 * One lifecycle step for one version in one transaction. A refusal is audited (and committed)
 * before it is reported; a lost race rolls back and is reported as a conflict.
 */
export async function transitionVersion(db: Db, input: TransitionInput) {
  const row = await requireVersion(db, input.planCode, input.version);
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    // A decision in another process meanwhile would leave this snapshot stale, and SQLite then
    // refuses the write outright instead of waiting: take the lock before reading.
    await takeWriteLock(tx);
    const actor = await requireActor(tx, input.actor);
    const state = await loadVersionState(tx, row.id);
    assertSameStep(input, state);

    const verdict = checkTransition({
      action: input.action,
      actor,
      version: state,
      comment: input.comment,
    });
    if (!verdict.ok) {
      await auditRefusal(tx, input, verdict.reason);
      return { ok: false, refused: verdict.reason };
    }
    const step = await applyTransition(tx, row.id, input, actor, state, verdict.to);
    await appendAuditEvent(
      tx,
      {
        actor: actor.login,
        action: 'plan.version.transition',
        entityType: 'PlanVersion',
        entityId: `${input.planCode}@${input.version}`,
        before: { status: state.status },
        after: {
          status: verdict.to,
          ...(step ? { step, decision: input.action === 'approve' ? 'APPROVED' : 'REJECTED' } : {}),
          ...(input.comment ? { comment: input.comment } : {}),
        },
      },
      input.now,
    );
    return { ok: true, status: verdict.to };
  });

  if (!outcome.ok) throw new ForbiddenError(outcome.refused);
  return {
    plan: input.planCode,
    version: input.version,
    status: outcome.status,
    steps: await loadSteps(db, row.id),
  };
}

async function applyTransition(
  tx: Tx,
  versionId: number,
  input: TransitionInput,
  actor: Actor,
  state: VersionState,
  to: StoredStatus,
): Promise<string | undefined> {
  let decided: string | undefined;
  if (input.action === 'submit') {
    await createRouteSteps(tx, versionId, selectRoute(await loadRouteConfig(tx), state.facts));
  }
  if (input.action === 'approve' || input.action === 'reject') {
    const step = currentStep(state.steps)!;
    const won = await decideStep(tx, versionId, step.seq, {
      decision: input.action === 'approve' ? 'APPROVED' : 'REJECTED',
      decidedBy: actor.login,
      comment: input.comment?.trim() || null,
      decidedAt: input.now,
    });
    if (!won) throw new ConflictError(`Step "${step.name}" was decided by someone else just now.`);
    if (input.action === 'reject') await cancelPendingSteps(tx, versionId);
    decided = step.name;
  }
  if (to !== state.status && !(await moveStatus(tx, versionId, state.status, to))) {
    throw new ConflictError(
      `${input.planCode}@${input.version} changed state just now; reload and try again.`,
    );
  }
  return decided;
}

function assertSameStep(input: TransitionInput, state: VersionState): void {
  if (input.step === undefined || (input.action !== 'approve' && input.action !== 'reject')) return;
  const current = currentStep(state.steps);
  if (current?.seq === input.step) return;
  const decided = state.steps.find((step) => step.seq === input.step && step.decidedBy);
  throw new ConflictError(
    decided
      ? `Step "${decided.name}" was already decided by ${decided.decidedBy}.`
      : `Step ${input.step} is not the step waiting for a decision.`,
  );
}

/** Refusals are evidence too (SPEC §8): who tried what, and why they were refused. */
export async function auditRefusal(
  tx: Tx,
  input: { actor: string; action: string; planCode?: string; version?: number; now: Date },
  reason: string,
) {
  await appendAuditEvent(
    tx,
    {
      actor: input.actor,
      action: 'access.refused',
      entityType: input.planCode ? 'PlanVersion' : 'Request',
      entityId: input.planCode ? `${input.planCode}@${input.version ?? '?'}` : input.action,
      before: null,
      after: { action: input.action, reason },
    },
    input.now,
  );
}
