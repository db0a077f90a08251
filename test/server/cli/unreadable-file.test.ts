import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliOutput } from '../../../server/src/cli/cli-context';
import { EXIT, exitCodeFor, reportError } from '../../../server/src/cli/exit-codes';

/** What a command's own readFileSync throws for the path a user typed. */
function readError(file: string): unknown {
  try {
    readFileSync(file);
  } catch (error) {
    return error;
  }
  throw new Error(`${file} was readable`);
}

function capture(json: boolean) {
  const results: unknown[] = [];
  const stderr: string[] = [];
  const out: CliOutput = { json, say: () => undefined, result: (value) => results.push(value) };
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk));
    return true;
  });
  return { out, results, stderr, restore: () => spy.mockRestore() };
}

describe('a file on the command line that cannot be opened', () => {
  const missing = path.join(tmpdir(), 'medpromo-no-such-dir', 'plan.xlsx');

  test.each<[string, string, string]>([
    ['a missing file', missing, `Cannot open ${missing}: there is no such file or folder.`],
    ['a folder', tmpdir(), 'Cannot open the file: it is a folder, not a file.'],
  ])('%s: one line naming the path and the problem, no stack, exit 1', (_name, file, start) => {
    const error = readError(file);
    const run = capture(false);
    reportError(error, run.out);
    run.restore();

    expect(run.stderr).toEqual([`${start} Check the path and try again.\n`]);
    expect(exitCodeFor(error)).toBe(EXIT.ERROR);
  });

  test('with --json the error is the result', () => {
    const run = capture(true);
    reportError(readError(missing), run.out);
    run.restore();

    expect(run.results).toEqual([
      {
        error: {
          code: 'FILE_UNREADABLE',
          message: `Cannot open ${missing}: there is no such file or folder. Check the path and try again.`,
        },
      },
    ]);
    expect(run.stderr).toEqual([]);
  });
});
