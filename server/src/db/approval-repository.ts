import type { RouteFacts } from '../approvals/route-facts';
import {
  DEFAULT_ROUTE,
  type RouteStep,
  type RouteStepConfig,
  type StepCondition,
} from '../approvals/select-route';
import type { StepState, StoredStatus, VersionState } from '../approvals/version-lifecycle';
import type { Finding } from '../domain/finding';
import type { Db, Tx } from './prisma-client';

/** The configured route; a new database gets the default route as rows an admin can change. */
export async function loadRouteConfig(tx: Tx): Promise<RouteStepConfig[]> {
  if ((await tx.approvalRouteStep.count()) === 0) {
    await tx.approvalRouteStep.createMany({
      data: DEFAULT_ROUTE.map((step) => ({ ...step, condition: JSON.stringify(step.condition) })),
    });
  }
  const rows = await tx.approvalRouteStep.findMany({ orderBy: { seq: 'asc' } });
  return rows.map(({ seq, name, role, national, condition }) => ({
    seq,
    name,
    role,
    national,
    condition: JSON.parse(condition) as StepCondition,
  }));
}

export async function latestRound(db: Db | Tx, versionId: number): Promise<number> {
  const last = await db.approvalStep.findFirst({
    where: { versionId },
    orderBy: { round: 'desc' },
  });
  return last?.round ?? 0;
}

export async function loadSteps(
  db: Db | Tx,
  versionId: number,
): Promise<(StepState & { round: number; comment: string | null; decidedAt: Date | null })[]> {
  const round = await latestRound(db, versionId);
  return db.approvalStep.findMany({ where: { versionId, round }, orderBy: { seq: 'asc' } });
}

export async function loadVersionState(db: Db | Tx, versionId: number): Promise<VersionState> {
  const version = await db.planVersion.findUniqueOrThrow({ where: { id: versionId } });
  return {
    status: version.status as StoredStatus,
    submittedBy: version.submittedBy,
    facts: JSON.parse(version.routeFacts) as RouteFacts,
    findings: JSON.parse(version.findings) as Finding[],
    steps: await loadSteps(db, versionId),
  };
}

export async function createRouteSteps(
  tx: Tx,
  versionId: number,
  steps: RouteStep[],
): Promise<void> {
  const round = (await latestRound(tx, versionId)) + 1;
  const data = steps.map(({ seq, name, role, national }) => ({
    seq,
    name,
    role,
    national,
    versionId,
    round,
  }));
  await tx.approvalStep.createMany({ data });
}

/**
 * Decides a step only if it is still pending: of two people deciding the same step at once,
 * exactly one changes the row; the other learns it from the count.
 */
export async function decideStep(
  tx: Tx,
  versionId: number,
  seq: number,
  decision: {
    decision: 'APPROVED' | 'REJECTED';
    decidedBy: string;
    comment: string | null;
    decidedAt: Date;
  },
): Promise<boolean> {
  const round = await latestRound(tx, versionId);
  const { count } = await tx.approvalStep.updateMany({
    where: { versionId, round, seq, decision: 'PENDING' },
    data: decision,
  });
  return count === 1;
}

export async function cancelPendingSteps(tx: Tx, versionId: number): Promise<void> {
  const round = await latestRound(tx, versionId);
  await tx.approvalStep.updateMany({
    where: { versionId, round, decision: 'PENDING' },
    data: { decision: 'CANCELLED' },
  });
}

/** Moves a version between states only from the state it was read in. */
export async function moveStatus(
  tx: Tx,
  versionId: number,
  from: StoredStatus,
  to: StoredStatus,
): Promise<boolean> {
  const { count } = await tx.planVersion.updateMany({
    where: { id: versionId, status: from },
    data: { status: to },
  });
  return count === 1;
}
