/**
 * Exclusion (SPEC 4 step 3) over candidates already in tie-break order: within one exclusion group
 * only the first survives; then stacking EXCLUSIVE is settled. Losers get a trace entry, never an
 * error.
 *
 * EXCLUSIVE is read as "does not share its line": when the tie-break puts an EXCLUSIVE rule first,
 * it is the only rule; an EXCLUSIVE rule outranked by another candidate cannot stand alone, so it
 * is excluded and the others apply. Priority thus decides between an exclusive offer and a stack,
 * which is the job the spec gives it.
 */
import { excludedEntry, type TraceEntry } from './trace';
import { explainWin, type Ranked } from './tie-break';

export interface ExclusionOutcome<T extends Ranked> {
  survivors: T[];
  trace: TraceEntry[];
}

export function resolveExclusions<T extends Ranked>(sorted: readonly T[]): ExclusionOutcome<T> {
  const trace: TraceEntry[] = [];
  const groupWinners = new Map<string, T>();
  const afterGroups: T[] = [];

  for (const candidate of sorted) {
    const group = candidate.rule.spec.exclusionGroup;
    const winner = group === null ? undefined : groupWinners.get(group);
    if (group !== null && !winner) groupWinners.set(group, candidate);
    if (!winner) {
      afterGroups.push(candidate);
      continue;
    }
    const detail = `exclusion group ${group} goes to ${winner.rule.ref} (${explainWin(winner, candidate)})`;
    trace.push(excludedEntry(candidate.rule.ref, 'EXCLUSION_GROUP', winner.rule.ref, detail));
  }

  const survivors = settleExclusive(afterGroups, trace);
  return { survivors, trace };
}

function settleExclusive<T extends Ranked>(ranked: T[], trace: TraceEntry[]): T[] {
  const [first, ...rest] = ranked;
  if (!first) return [];
  if (first.rule.spec.stacking === 'EXCLUSIVE') {
    for (const other of rest) {
      const detail = `EXCLUSIVE rule ${first.rule.ref} applies alone (${explainWin(first, other)})`;
      trace.push(excludedEntry(other.rule.ref, 'EXCLUSIVE', first.rule.ref, detail));
    }
    return [first];
  }
  const kept = [first];
  for (const other of rest) {
    if (other.rule.spec.stacking !== 'EXCLUSIVE') {
      kept.push(other);
      continue;
    }
    const detail = `EXCLUSIVE cannot share with ${first.rule.ref} (${explainWin(first, other)})`;
    trace.push(excludedEntry(other.rule.ref, 'EXCLUSIVE_OUTRANKED', first.rule.ref, detail));
  }
  return kept;
}
