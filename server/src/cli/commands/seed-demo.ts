import type { Command } from 'commander';

import { seedDemo } from '../../master/seed-demo-company';
import { withDatabase } from '../cli-context';
import { jsonOption, outputFor } from './command-options';

export function registerSeedDemoCommand(program: Command): void {
  jsonOption(
    program
      .command('seed-demo')
      .description('load the demo company and write example workbooks to try MedPromo on')
      .option('--out <dir>', 'where to write the example workbooks', 'medpromo-examples'),
  ).action(async (options: { out: string }, command: Command) => {
    const out = outputFor(command);
    const result = await withDatabase((db) =>
      seedDemo(db, { outDir: options.out, now: new Date() }),
    );
    out.result(result);
    out.say(
      result.imported
        ? 'Demo company loaded.'
        : 'Demo company already present; master data unchanged.',
    );
    for (const file of result.files) out.say(`  wrote ${file}`);
    if (result.users.length > 0)
      out.say('Demo users (demo-only passwords, shown once; also in the README):');
    for (const user of result.users)
      out.say(`  ${user.login.padEnd(16)} ${user.roles.join(',').padEnd(12)} ${user.password}`);
  });
}
