/**
 * Turns guard hits on matrix cells into findings on rule rows. A hit names the rules whose
 * benefit caused it; a hit about a distributor or a product (a lapsed licence, an expired
 * certificate) goes to the rules that reached the cell and name that party or SKU outright, since
 * only they chose it. Each rule gets one finding per guard, with the first cell that showed it.
 */
import type { Finding } from '../../domain/finding';
import type { SourceRef } from '../../domain/plan';
import { provinceName } from '../../domain/provinces';
import type { GuardResult } from '../../pricing/guards';
import type { RuleRef, TraceEntry } from '../../pricing/trace';
import type { EngineRule, PricedLine, PricingLine } from '../../pricing/types';
import { bilingual } from '../../workbook/header-match';
import { RULE_COLUMNS } from '../plan-workbook/plan-columns';

export type RuleSource = EngineRule & { source: SourceRef };

interface FirstHit {
  rule: RuleSource;
  result: GuardResult;
  where: string;
  cells: number;
}

export function attributeHits(sources: ReadonlyMap<RuleRef, RuleSource>) {
  const hits = new Map<string, FirstHit>();
  return {
    add(line: PricingLine, date: string, priced: PricedLine, results: readonly GuardResult[]) {
      const reaching = reachingRules(priced.trace);
      for (const result of results) {
        const refs =
          result.rules.length > 0 ? result.rules : namingRules(result, line, reaching, sources);
        for (const ref of refs) {
          const rule = sources.get(ref);
          const key = `${ref}|${result.code}`;
          const hit = hits.get(key);
          if (hit) hit.cells += 1;
          else if (rule) hits.set(key, { rule, result, where: cellText(line, date), cells: 1 });
        }
      }
    },
    findings(): Finding[] {
      return [...hits.values()].map(toFinding).sort(bySheetRow);
    },
  };
}

function toFinding({ rule, result, where, cells }: FirstHit): Finding {
  const column = RULE_COLUMNS.find((candidate) => candidate.key === result.column);
  const more = cells > 1 ? ` (${cells} cells of the rule's reach in all)` : '';
  // Refs carry the draft version 0 ("Q4-2026@0/R10"); the planner knows the rule as Q4-2026/R10.
  const message = result.message.replace(/@0\//g, '/');
  return {
    sheet: rule.source.sheet,
    row: rule.source.row,
    column: column ? bilingual(column) : result.column,
    code: result.code,
    severity: result.severity,
    message: `Rule ${rule.ruleCode}, ${where}: ${message}${more}`,
  };
}

/** Rules that passed the cell's filters: line candidates, order candidates, settlement rules. */
function reachingRules(trace: readonly TraceEntry[]): Set<RuleRef> {
  const refs = new Set<RuleRef>();
  for (const entry of trace) {
    if (entry.kind === 'candidate' || entry.kind === 'skipped') refs.add(entry.rule);
  }
  return refs;
}

function namingRules(
  result: GuardResult,
  line: PricingLine,
  reaching: ReadonlySet<RuleRef>,
  sources: ReadonlyMap<RuleRef, RuleSource>,
): RuleRef[] {
  const names = (ref: RuleRef): boolean => {
    const rule = sources.get(ref);
    if (!rule) return false;
    if (result.subject === 'distributor')
      return line.distributor !== null && rule.distributors.includes(line.distributor);
    return result.subject === 'product' && rule.skus.includes(line.sku);
  };
  return [...reaching].filter(names);
}

/** "DES-2518 × 1 for hospital JSH001 in 江苏 (320000) on 2026-07-01" */
function cellText(line: PricingLine, date: string): string {
  const parties = [
    line.hospital === null ? null : `hospital ${line.hospital}`,
    line.distributor === null ? null : `distributor ${line.distributor}`,
  ].filter((party): party is string => party !== null);
  const scenario = [line.channel, line.grade].filter((value) => value !== null).join(' ');
  const who = parties.length > 0 ? parties.join(' via ') : scenario || 'any customer';
  const where =
    line.province === null ? '' : ` in ${provinceName(line.province)} (${line.province})`;
  return `${line.sku} × ${line.qty} for ${who}${where} on ${date}`;
}

function bySheetRow(a: Finding, b: Finding): number {
  return (
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    a.code.localeCompare(b.code)
  );
}
