import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { importMasterData } from '../../master/import-master-data';
import { defaultUser, withDatabase } from '../cli-context';
import { findingJson, formatFinding } from '../format-findings';
import { jsonOption, outputFor } from './command-options';

export function registerImportMasterCommand(program: Command): void {
  jsonOption(
    program
      .command('import-master <file>')
      .description('import products, price lists, hospitals and distributors (SPEC §3.1)')
      .option('--user <login>', 'who imports', defaultUser()),
  ).action(async (file: string, options: { user: string }, command: Command) => {
    const out = outputFor(command);
    const result = await withDatabase((db) =>
      importMasterData(db, {
        file: fs.readFileSync(file),
        fileName: path.basename(file),
        user: options.user,
        now: new Date(),
      }),
    );
    out.result({
      changed: result.changed,
      counts: result.counts,
      findings: result.findings.map(findingJson),
    });
    for (const [sheet, count] of Object.entries(result.counts)) {
      out.say(
        `${sheet}: ${count.created} created, ${count.updated} updated, ${count.unchanged} unchanged`,
      );
    }
    if (!result.changed) out.say('Nothing changed.');
    for (const finding of result.findings) out.say(`  ${formatFinding(finding)}`);
  });
}
