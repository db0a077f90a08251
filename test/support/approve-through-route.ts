import { DEMO_USERS } from '../../server/src/access/demo-users';
import { requireActor } from '../../server/src/access/accounts';
import { loadVersionState } from '../../server/src/db/approval-repository';
import type { Db } from '../../server/src/db/prisma-client';
import { transitionVersion } from '../../server/src/approvals/transition-version';
import { mayDecide } from '../../server/src/approvals/version-lifecycle';
import { requireVersion } from '../../server/src/plans/plan-history';

/**
 * Walks a submitted version through its whole approval route, each step decided by the first demo
 * user the lifecycle allows. Returns who decided each step.
 */
export async function approveThroughRoute(db: Db, planCode: string, version: number, now: Date) {
  const row = await requireVersion(db, planCode, version);
  const deciders: string[] = [];
  for (let guard = 0; guard < 10; guard += 1) {
    const state = await loadVersionState(db, row.id);
    if (state.status !== 'SUBMITTED') return deciders;
    const decider = await firstAllowed(db, state);
    if (!decider)
      throw new Error(`no demo user may decide the current step of ${planCode}@${version}`);
    // Compliance steps need a justification; every step gets one, as a careful approver writes.
    const comment = 'checked in test';
    await transitionVersion(db, {
      planCode,
      version,
      action: 'approve',
      actor: decider,
      now,
      comment,
    });
    deciders.push(decider);
  }
  throw new Error('route did not finish');
}

async function firstAllowed(db: Db, state: Awaited<ReturnType<typeof loadVersionState>>) {
  for (const user of DEMO_USERS) {
    const actor = await requireActor(db, user.login);
    if (mayDecide(actor, state)) return user.login;
  }
  return undefined;
}
