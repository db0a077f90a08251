import { Command } from 'commander';

import { createOutput } from './cli-context';
import { registerApprovalCommands } from './commands/approvals';
import { registerAuditCommands } from './commands/audit';
import { registerCompareCommand } from './commands/compare';
import { registerImportMasterCommand } from './commands/import-master';
import { registerMatrixCommand } from './commands/matrix';
import { registerOrderCommands } from './commands/orders';
import { registerPlanHistoryCommands } from './commands/plan-history';
import { registerPriceCommand } from './commands/price';
import { registerSeedDemoCommand } from './commands/seed-demo';
import { registerSubmitCommands } from './commands/submit';
import { registerTemplateCommand } from './commands/template';
import { registerUserCommands } from './commands/users';
import { exitCodeFor, reportError } from './exit-codes';

export function buildProgram(): Command {
  const program = new Command('medpromo')
    .description('MedPromo: promotion plans validated, priced, versioned and audited.')
    .option('--json', 'print machine-readable JSON instead of text')
    .showHelpAfterError()
    .exitOverride();
  registerSeedDemoCommand(program);
  registerImportMasterCommand(program);
  registerTemplateCommand(program);
  registerSubmitCommands(program);
  registerPlanHistoryCommands(program);
  registerPriceCommand(program);
  registerOrderCommands(program);
  registerMatrixCommand(program);
  registerCompareCommand(program);
  registerApprovalCommands(program);
  registerAuditCommands(program);
  registerUserCommands(program);
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  // `medpromo price lines.xlsx | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    reportError(error, createOutput(argv.includes('--json')));
    return exitCodeFor(error);
  }
}

if (require.main === module) {
  runCli(process.argv).then((code) => {
    process.exitCode = code;
  });
}
