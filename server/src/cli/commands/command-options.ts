import type { Command } from 'commander';

import { BadRequestError } from '../../errors';
import { type CliOutput, createOutput } from '../cli-context';

/** The --json flag may come before or after the subcommand. */
export function outputFor(command: Command): CliOutput {
  return createOutput(Boolean(command.optsWithGlobals().json));
}

export function jsonOption(command: Command): Command {
  return command.option('--json', 'print machine-readable JSON instead of text');
}

/**
 * Checked before any work, so `price --confirm -o out.csv` stores nothing: the writers make
 * .xlsx files, and Excel refuses to open one named otherwise.
 */
export function assertXlsxPath(file: string | undefined, option: string): void {
  if (file === undefined || file.toLowerCase().endsWith('.xlsx')) return;
  throw new BadRequestError(
    `${option} ${file}: the output is an Excel workbook; give a file name ending in .xlsx.`,
  );
}
