import type { Role } from '../access/roles';
import { coversProvinces, type Scope } from '../access/scope';
import { type Finding, hasBlocking } from '../domain/finding';
import type { RouteFacts } from './route-facts';

/**
 * The plan-version lifecycle of SPEC §8 as a transition table with guards. Stored states are
 * DRAFT, SUBMITTED, APPROVED, REJECTED and CLOSED; ACTIVE is not stored but read off the calendar
 * (an APPROVED version is ACTIVE from its effective date until a later approved version takes
 * over), so no job has to flip states at midnight and history is never edited.
 */
export type StoredStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'CLOSED';
export type LifecycleAction = 'submit' | 'approve' | 'reject' | 'reopen' | 'close';

export interface Actor {
  login: string;
  roles: Role[];
  scope: Scope;
}

export interface StepState {
  seq: number;
  name: string;
  role: string;
  national: boolean;
  decision: string;
  decidedBy: string | null;
}

export interface VersionState {
  status: StoredStatus;
  submittedBy: string;
  facts: RouteFacts;
  findings: Finding[];
  steps: StepState[];
}

export interface TransitionRequest {
  action: LifecycleAction;
  actor: Actor;
  version: VersionState;
  comment?: string;
}

export type TransitionVerdict = { ok: true; to: StoredStatus } | { ok: false; reason: string };

type Guard = (request: TransitionRequest) => string | null;

const TABLE: Record<LifecycleAction, { from: StoredStatus[]; guards: Guard[] }> = {
  submit: { from: ['DRAFT'], guards: [actorIs('planner'), noBlockingFindings, scopeCoversVersion] },
  approve: {
    from: ['SUBMITTED'],
    guards: [
      notTheAuthor,
      mayDecideCurrentStep,
      notDecidedAnotherStep,
      compliancePresentForWarnings,
      complianceJustified,
    ],
  },
  reject: { from: ['SUBMITTED'], guards: [notTheAuthor, mayDecideCurrentStep, commentGiven] },
  reopen: { from: ['REJECTED'], guards: [actorIs('planner'), scopeCoversVersion] },
  close: { from: ['APPROVED'], guards: [actorIsAny('manager', 'admin')] },
};

export function checkTransition(request: TransitionRequest): TransitionVerdict {
  const rule = TABLE[request.action];
  if (!rule.from.includes(request.version.status)) {
    return {
      ok: false,
      reason: `A ${request.version.status} version cannot be ${pastTense(request.action)}.`,
    };
  }
  for (const guard of rule.guards) {
    const reason = guard(request);
    if (reason) return { ok: false, reason };
  }
  return { ok: true, to: targetState(request) };
}

/**
 * Whether the actor may decide the version's current step, supposing they write the comment a
 * step may need: the inbox lists a version before anyone has typed a justification.
 */
export function mayDecide(actor: Actor, version: VersionState): boolean {
  const withComment = { action: 'approve' as const, actor, version, comment: 'to be written' };
  return checkTransition(withComment).ok;
}

/** The first undecided step of the route, the only one anyone may decide now. */
export function currentStep(steps: StepState[]): StepState | undefined {
  return [...steps].sort((a, b) => a.seq - b.seq).find((step) => step.decision === 'PENDING');
}

function targetState({ action, version }: TransitionRequest): StoredStatus {
  if (action === 'submit') return 'SUBMITTED';
  if (action === 'reject') return 'REJECTED';
  if (action === 'reopen') return 'DRAFT';
  if (action === 'close') return 'CLOSED';
  const pending = version.steps.filter((step) => step.decision === 'PENDING');
  return pending.length <= 1 ? 'APPROVED' : 'SUBMITTED';
}

function actorIs(role: Role): Guard {
  return ({ actor }) =>
    actor.roles.includes(role) ? null : `Only a ${role} may do this; ${actor.login} is not one.`;
}

function actorIsAny(...roles: Role[]): Guard {
  return ({ actor }) =>
    roles.some((role) => actor.roles.includes(role))
      ? null
      : `Only a ${roles.join(' or ')} may do this.`;
}

function noBlockingFindings({ version }: TransitionRequest): string | null {
  return hasBlocking(version.findings)
    ? 'The version has blocking findings and cannot be submitted.'
    : null;
}

function scopeCoversVersion({ actor, version }: TransitionRequest): string | null {
  const touched = version.facts.allProvinces ? [] : version.facts.provinces;
  if (coversProvinces(actor.scope, touched)) return null;
  const where = describeProvinces(version.facts);
  return `${actor.login} is not scoped to every province this version touches (${where}).`;
}

function notTheAuthor({ actor, version }: TransitionRequest): string | null {
  return actor.login === version.submittedBy
    ? 'The author of a version can never approve or reject it.'
    : null;
}

function mayDecideCurrentStep({ actor, version }: TransitionRequest): string | null {
  const step = currentStep(version.steps);
  if (!step) return 'The version has no step waiting for a decision.';
  if (!actor.roles.includes(step.role as Role)) {
    const has = actor.roles.join(', ');
    const decidedBy = `The current step (${step.name}) is decided by the ${step.role} role`;
    return `${decidedBy}; ${actor.login} has ${has}.`;
  }
  if (step.national && actor.scope.provinces.length > 0) {
    return `The current step (${step.name}) needs a ${step.role} with national scope.`;
  }
  return scopeCoversVersion({ actor, version, action: 'approve' });
}

function notDecidedAnotherStep({ actor, version }: TransitionRequest): string | null {
  const earlier = version.steps.find((step) => step.decidedBy === actor.login);
  if (!earlier) return null;
  const decided = `${actor.login} already decided the step "${earlier.name}"`;
  return `${decided}; one person never approves two steps.`;
}

/** Belt and braces: a version with WARN findings never reaches APPROVED without compliance. */
function compliancePresentForWarnings({ version }: TransitionRequest): string | null {
  if (!version.facts.hasWarn) return null;
  if (version.steps.some((step) => step.role === 'compliance')) return null;
  return (
    'The version has warnings but its route has no compliance step; ' +
    'ask an admin to fix the route.'
  );
}

/** SPEC §5: a WARN is accepted only with a recorded justification from compliance. */
function complianceJustified({ version, comment }: TransitionRequest): string | null {
  if (currentStep(version.steps)?.role !== 'compliance') return null;
  return comment && comment.trim().length > 0
    ? null
    : 'A compliance approval needs a comment with the justification for accepting the warnings.';
}

function commentGiven({ comment }: TransitionRequest): string | null {
  return comment && comment.trim().length > 0 ? null : 'A rejection needs a comment saying why.';
}

function describeProvinces(facts: RouteFacts): string {
  return facts.allProvinces ? 'all provinces' : facts.provinces.join(', ');
}

function pastTense(action: LifecycleAction): string {
  return {
    submit: 'submitted',
    approve: 'approved',
    reject: 'rejected',
    reopen: 'reopened',
    close: 'closed',
  }[action];
}
