import type { Command } from 'commander';

import { cancelOrder } from '../../orders/cancel-order';
import { replayOrder } from '../../orders/replay-order';
import { withDatabase } from '../cli-context';
import { EXIT } from '../exit-codes';
import { jsonOption, outputFor } from './command-options';

/** `cancel-order` and `replay`: what happens to an order after `price --confirm`. */
export function registerOrderCommands(program: Command): void {
  jsonOption(
    program
      .command('cancel-order <orderNo>')
      .description('cancel a confirmed order and release the budget it reserved')
      .requiredOption('--user <login>', 'who cancels'),
  ).action(async (orderNo: string, options: { user: string }, command: Command) => {
    const out = outputFor(command);
    const result = await withDatabase((db) =>
      cancelOrder(db, { orderNo, user: options.user, now: new Date() }),
    );
    out.result(result);
    const released = result.released.map((r) => `${r.plan}@${r.version} ${r.amount}`).join(', ');
    out.say(`Cancelled ${orderNo}; released (ex-VAT): ${released || 'nothing'}.`);
  });

  jsonOption(
    program
      .command('replay <orderNo>')
      .description('price a confirmed order again from its stored inputs; exit 3 if it differs'),
  ).action(async (orderNo: string, _options: unknown, command: Command) => {
    const out = outputFor(command);
    const result = await withDatabase((db) => replayOrder(db, orderNo));
    out.result(result);
    const { difference } = result;
    if (!difference) {
      out.say(`${orderNo}: ${result.lines} line(s) replayed; identical to the stored result.`);
      return;
    }
    const what = `line ${difference.lineNo} ${difference.path}: stored ${JSON.stringify(difference.stored)}, replayed ${JSON.stringify(difference.replayed)}`;
    if (!out.json) process.stderr.write(`${orderNo}: the replay differs at ${what}.\n`);
    process.exitCode = EXIT.INTEGRITY;
  });
}
