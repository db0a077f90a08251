import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { type PricedLineOutput, priceOrderLines } from '../../orders/price-order-lines';
import { writePricedLinesWorkbook } from '../../workbook/write-priced-lines';
import { withDatabase } from '../cli-context';
import { jsonOption, outputFor } from './command-options';

export function registerPriceCommand(program: Command): void {
  jsonOption(
    program
      .command('price <lines>')
      .description('price order lines (.xlsx or .csv, SPEC §3.3)')
      .option(
        '--plans <refs>',
        'simulate with these versions, e.g. Q4-2026@2,ZJ-2026@1 (default: versions in force)',
      )
      .option('-o, --out <file.xlsx>', 'write the priced lines as a workbook'),
  ).action(async (file: string, options: { plans?: string; out?: string }, command: Command) => {
    const out = outputFor(command);
    const plans = (options.plans ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter(Boolean);
    const result = await withDatabase((db) =>
      priceOrderLines(db, { file: fs.readFileSync(file), fileName: path.basename(file), plans }),
    );
    if (options.out) await writePricedLinesWorkbook(options.out, result.lines.map(forWorkbook));

    out.result({ plans: result.plans, lines: result.lines });
    out.say(
      `Priced with ${result.plans.map((p) => `${p.plan}@${p.version}`).join(', ') || 'no plan versions'}.`,
    );
    for (const line of result.lines) out.say(describeLine(line));
    if (options.out) out.say(`Priced lines written to ${options.out}.`);
  });
}

function describeLine(line: PricedLineOutput): string {
  const head = `${line.orderNo}/${line.lineNo} ${line.sku} × ${line.qty}`;
  if (line.netAmount === null)
    return `${head}: not priced — ${line.findings.map((f) => f.message).join(' ')}`;
  const applied = line.applied
    .map((a) => `${a.plan}@${a.version}/${a.rule} −${a.amount}`)
    .join(', ');
  return `${head}: list ${line.listUnitPrice}, gross ${line.grossAmount}, discount ${line.discountAmount}, net ${line.netAmount}${applied ? ` (${applied})` : ''}`;
}

/** The workbook shows an unpriced line with empty money cells, never zeros. */
function forWorkbook(line: PricedLineOutput) {
  return {
    ...line,
    listUnitPrice: line.listUnitPrice ?? '',
    grossAmount: line.grossAmount ?? '',
    discountAmount: line.discountAmount ?? '',
    netAmount: line.netAmount ?? '',
    netUnitPrice: line.netUnitPrice ?? '',
    trace: line.trace.map((entry: { message: string }) => ({ message: entry.message })),
  };
}
