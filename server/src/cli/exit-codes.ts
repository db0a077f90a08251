import { CommanderError } from 'commander';

import { AppError } from '../errors';
import { type CliOutput } from './cli-context';
import { findingJson, formatFinding } from './format-findings';
import { InputRejectedError } from '../errors';

/** The command's contract: 0 ok, 1 usage or unexpected error, 2 input rejected, 3 integrity failure. */
export const EXIT = { OK: 0, ERROR: 1, REJECTED: 2, INTEGRITY: 3 } as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
  if (error instanceof AppError) {
    if (error.code === 'INPUT_REJECTED') return EXIT.REJECTED;
    if (error.code === 'INTEGRITY') return EXIT.INTEGRITY;
  }
  return EXIT.ERROR;
}

/** Says what went wrong in the form the user asked for; stack traces only for the unexpected. */
export function reportError(error: unknown, out: CliOutput): void {
  if (error instanceof CommanderError) return; // commander has already printed its message
  if (error instanceof InputRejectedError) {
    out.result({
      error: { code: error.code, message: error.message },
      findings: error.findings.map(findingJson),
    });
    if (!out.json) {
      process.stderr.write(`${error.message}\n`);
      for (const finding of error.findings) process.stderr.write(`  ${formatFinding(finding)}\n`);
    }
    return;
  }
  if (error instanceof AppError) {
    out.result({ error: { code: error.code, message: error.message } });
    if (!out.json) process.stderr.write(`${error.message}\n`);
    return;
  }
  const unreadable = unreadableFile(error);
  if (unreadable !== undefined) {
    out.result({ error: { code: 'FILE_UNREADABLE', message: unreadable } });
    if (!out.json) process.stderr.write(`${unreadable}\n`);
    return;
  }
  process.stderr.write(
    `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'there is no such file or folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * A file named on the command line that cannot be read or written: a typo, not a crash worth a
 * stack. Node names the path for a missing file but not for a folder read as a file.
 */
function unreadableFile(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const problem = code === undefined ? undefined : FILE_PROBLEMS[code];
  if (problem === undefined) return undefined;
  const file = path === undefined ? 'the file' : path;
  return `Cannot open ${file}: ${problem}. Check the path and try again.`;
}
