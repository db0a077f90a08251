import type { Command } from 'commander';

import { BadRequestError } from '../../errors';
import { diffPlanVersions, listPlanVersions } from '../../plans/plan-history';
import { withDatabase } from '../cli-context';
import { jsonOption, outputFor } from './command-options';

export function registerPlanHistoryCommands(program: Command): void {
  jsonOption(
    program.command('versions <planCode>').description('list the versions of a plan'),
  ).action(async (planCode: string, _options: object, command: Command) => {
    const out = outputFor(command);
    const versions = await withDatabase((db) => listPlanVersions(db, planCode));
    out.result({ versions });
    for (const v of versions) {
      out.say(
        `${planCode}@${v.version}  ${v.status}  ${v.submittedBy}  ${v.submittedAt}  ${v.sourceFile}  sha256 ${v.sha256}`,
      );
    }
  });

  jsonOption(
    program
      .command('diff <planCode> <v1> <v2>')
      .description('compare two versions rule by rule, field by field'),
  ).action(async (planCode: string, v1: string, v2: string, _options: object, command: Command) => {
    const out = outputFor(command);
    const diff = await withDatabase((db) =>
      diffPlanVersions(db, planCode, versionNumber(v1), versionNumber(v2)),
    );
    out.result(diff);
    for (const rule of diff.added) out.say(`+ ${rule.ruleCode} (${rule.mechanic})`);
    for (const rule of diff.removed) out.say(`- ${rule.ruleCode} (${rule.mechanic})`);
    for (const change of diff.changed) {
      out.say(
        `~ ${change.rule}.${change.field}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`,
      );
    }
    for (const change of diff.plan) {
      out.say(
        `~ plan.${change.field}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`,
      );
    }
    if (diff.added.length + diff.removed.length + diff.changed.length + diff.plan.length === 0) {
      out.say('No differences.');
    }
  });
}

function versionNumber(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new BadRequestError(`"${text}" is not a version number (1, 2, …).`);
  return value;
}
