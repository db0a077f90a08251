import type { Command } from 'commander';

import { requireActor } from '../../access/accounts';
import { inboxFor, submissionsOf } from '../../approvals/inbox';
import { transitionVersion } from '../../approvals/transition-version';
import type { LifecycleAction } from '../../approvals/version-lifecycle';
import { BadRequestError } from '../../errors';
import { withDatabase } from '../cli-context';
import { jsonOption, outputFor } from './command-options';

/** One command per lifecycle action; the lifecycle's guards decide who may do what. */
const ACTIONS: { command: string; action: LifecycleAction; help: string }[] = [
  {
    command: 'submit-version',
    action: 'submit',
    help: 'send a DRAFT version into its approval route',
  },
  { command: 'approve', action: 'approve', help: 'approve the step waiting for you' },
  { command: 'reject', action: 'reject', help: 'reject the version (needs --comment)' },
  { command: 'reopen', action: 'reopen', help: 'take a rejected version back to DRAFT' },
  { command: 'close', action: 'close', help: 'close an approved version' },
];

export function registerApprovalCommands(program: Command): void {
  for (const { command: name, action, help } of ACTIONS) {
    jsonOption(
      program
        .command(`${name} <planAtVersion>`)
        .description(`${help}, e.g. Q4-2026@2`)
        .requiredOption('--user <login>', 'who acts')
        .option('--comment <text>', 'why (required to reject)')
        .option('--step <seq>', 'the step you are deciding, as shown by inbox'),
    ).action(
      async (
        ref: string,
        options: { user: string; comment?: string; step?: string },
        command: Command,
      ) => {
        const out = outputFor(command);
        const { planCode, version } = parseRef(ref);
        const result = await withDatabase((db) =>
          transitionVersion(db, {
            planCode,
            version,
            action,
            actor: options.user,
            comment: options.comment,
            step: options.step === undefined ? undefined : Number(options.step),
            now: new Date(),
          }),
        );
        out.result(result);
        const waiting = result.steps.find((step) => step.decision === 'PENDING');
        out.say(`${ref} is now ${result.status}${waiting ? `; waiting for ${waiting.name}` : ''}.`);
      },
    );
  }

  jsonOption(
    program
      .command('inbox')
      .description('what waits for your decision, and where your submissions stand')
      .requiredOption('--user <login>', 'whose inbox'),
  ).action(async (options: { user: string }, command: Command) => {
    const out = outputFor(command);
    const { items, submissions } = await withDatabase(async (db) => ({
      items: await inboxFor(db, await requireActor(db, options.user)),
      submissions: await submissionsOf(db, options.user),
    }));
    out.result({ items, submissions });
    out.say(items.length === 0 ? 'Nothing waits for your decision.' : 'Waiting for your decision:');
    for (const item of items) {
      out.say(
        `  ${item.plan}@${item.version}  step ${item.step.seq} ${item.step.name}  from ${item.submittedBy}  budget ${item.budget ?? '-'}  deepest ${item.maxDiscountPct ?? '-'}%  warnings ${item.warnings}`,
      );
    }
    if (submissions.length > 0) out.say('Your submissions:');
    for (const s of submissions)
      out.say(
        `  ${s.plan}@${s.version}  ${s.status}${s.waitingFor ? `  waiting for ${s.waitingFor}` : ''}`,
      );
  });
}

function parseRef(ref: string): { planCode: string; version: number } {
  const match = /^(.+)@(\d+)$/.exec(ref.trim());
  if (!match)
    throw new BadRequestError(
      `"${ref}" is not a plan version; write it as CODE@VERSION, e.g. Q4-2026@2.`,
    );
  return { planCode: match[1], version: Number(match[2]) };
}
