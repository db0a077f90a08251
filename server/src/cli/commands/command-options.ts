import type { Command } from 'commander';

import { type CliOutput, createOutput } from '../cli-context';

/** The --json flag may come before or after the subcommand. */
export function outputFor(command: Command): CliOutput {
  return createOutput(Boolean(command.optsWithGlobals().json));
}

export function jsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of text');
}
