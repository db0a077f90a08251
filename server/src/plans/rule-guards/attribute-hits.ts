/**
 * Turns guard hits on matrix cells into findings on rule rows: one finding per rule and guard,
 * with the first cell that showed it.
 */
import type { Finding } from '../../domain/finding';
import type { SourceRef } from '../../domain/plan';
import { provinceName } from '../../domain/provinces';
import type { GuardResult } from '../../pricing/guards';
import type { EngineRule, PricingLine } from '../../pricing/types';
import { bilingual } from '../../workbook/header-match';
import { RULE_COLUMNS } from '../plan-workbook/plan-columns';

export type RuleSource = EngineRule & { source: SourceRef };

interface FirstHit {
  rule: RuleSource;
  result: GuardResult;
  where: string;
}

export function attributeHits() {
  const hits = new Map<string, FirstHit>();
  return {
    /** Records the hits the rule caused; returns their guard codes. */
    add(rule: RuleSource, line: PricingLine, date: string, results: readonly GuardResult[]) {
      const codes: string[] = [];
      for (const result of results) {
        if (!isCausedBy(rule, result, line)) continue;
        const key = `${rule.source.sheet}!${rule.source.row}|${result.code}`;
        if (!hits.has(key)) hits.set(key, { rule, result, where: cellText(line, date) });
        codes.push(result.code);
      }
      return codes;
    },
    findings(): Finding[] {
      return [...hits.values()].map(toFinding).sort(bySheetRow);
    },
  };
}

function toFinding({ rule, result, where }: FirstHit): Finding {
  const column = RULE_COLUMNS.find((candidate) => candidate.key === result.column);
  // Refs carry the draft version 0 ("Q4-2026@0/R10"); the planner knows the rule as Q4-2026/R10.
  const message = result.message.replace(/@0\//g, '/');
  return {
    sheet: rule.source.sheet,
    row: rule.source.row,
    column: column ? bilingual(column) : result.column,
    code: result.code,
    severity: result.severity,
    message: `Rule ${rule.ruleCode}, ${where}: ${message}`,
  };
}

/**
 * The rule caused the hit through its benefit, or it names outright the distributor or SKU the
 * hit is about; a hit on a party the rule only reaches through broad filters is that party's
 * problem, refused when its lines are priced.
 */
function isCausedBy(rule: RuleSource, result: GuardResult, line: PricingLine): boolean {
  if (result.rules.length > 0) return true;
  if (result.subject === 'distributor')
    return line.distributor !== null && rule.distributors.includes(line.distributor);
  return result.subject === 'product' && rule.skus.includes(line.sku);
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
