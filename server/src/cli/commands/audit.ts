import type { Command } from 'commander';

import { verifyAuditChain } from '../../audit/verify-audit-chain';
import { IntegrityError } from '../../errors';
import { withDatabase } from '../cli-context';
import { EXIT } from '../exit-codes';
import { jsonOption, outputFor } from './command-options';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit chain');
  jsonOption(
    audit
      .command('verify')
      .description('check every audit event against the hash chain')
      .option(
        '--head <hash>',
        'a head hash printed by an earlier verify and kept elsewhere: it must still be in the chain, which finds deleted newest events',
      ),
  ).action(async (options: { head?: string }, command: Command) => {
    const out = outputFor(command);
    const recordedHead = options.head?.trim().toLowerCase();
    const verdict = await withDatabase((db) => verifyAuditChain(db, { recordedHead }));
    out.result(verdict);
    if (!verdict.ok) {
      if (out.json) process.exitCode = EXIT.INTEGRITY;
      else
        throw new IntegrityError(
          `Audit chain broken at event ${verdict.badSeq}: ${verdict.reason}.`,
        );
      return;
    }
    out.say(`Audit chain intact: ${verdict.events} event(s), head ${verdict.lastHash}.`);
  });
}
