import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { type ComparedLine, compareVersions } from '../../orders/compare-versions';
import { appliedText, writeComparisonWorkbook } from '../../workbook/write-comparison';
import { withDatabase } from '../cli-context';
import { assertXlsxPath, jsonOption, outputFor } from './command-options';

const JSON_HELP = `
Each version is simulated on its own, as \`medpromo price <lines> --plans CODE@V\` would.

--json prints:
  { from: "CODE@V1", to: "CODE@V2",
    lines: [{ orderNo, lineNo, sku, qty, listUnitPrice, netFrom, netTo, difference,
              netUnitFrom, netUnitTo, appliedFrom: [{ rule: "CODE@V/RULE", amount }],
              appliedTo: [...], findings: [message] }],
    totals: { netFrom, netTo, difference } }
  Money is a 2-decimal string; difference = netTo − netFrom (negative: cheaper under V2);
  a line that cannot be priced has null money and says why in findings.
`;

export function registerCompareCommand(program: Command): void {
  jsonOption(
    program
      .command('compare <lines> <from> <to>')
      .description(
        'what-if: order lines (.xlsx or .csv) priced under two plan versions, line by line',
      )
      .option('-o, --out <file.xlsx>', 'write the comparison as a workbook')
      .addHelpText('after', JSON_HELP),
  ).action(
    async (file: string, from: string, to: string, options: { out?: string }, command: Command) => {
      const out = outputFor(command);
      assertXlsxPath(options.out, '-o');
      const comparison = await withDatabase((db) =>
        compareVersions(db, {
          file: fs.readFileSync(file),
          fileName: path.basename(file),
          from,
          to,
        }),
      );
      if (options.out) await writeComparisonWorkbook(options.out, comparison);

      out.result(comparison);
      out.say(`${comparison.from} → ${comparison.to}`);
      for (const line of comparison.lines) out.say(describeLine(line));
      const { totals } = comparison;
      out.say(`Total net ${totals.netFrom} → ${totals.netTo} (difference ${totals.difference}).`);
      if (options.out) out.say(`Comparison written to ${options.out}.`);
    },
  );
}

function describeLine(line: ComparedLine): string {
  const head = `${line.orderNo}/${line.lineNo} ${line.sku} × ${line.qty}`;
  if (line.difference === null) return `${head}: not priced — ${line.findings.join(' ')}`;
  const from = appliedText(line.appliedFrom) || 'no rule';
  const to = appliedText(line.appliedTo) || 'no rule';
  return `${head}: ${line.netFrom} [${from}] → ${line.netTo} [${to}], difference ${line.difference}`;
}
