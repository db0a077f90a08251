import type { Command } from 'commander';

import { provinceName } from '../../domain/provinces';
import { parseVersionRef } from '../../domain/version-ref';
import { BadRequestError } from '../../errors';
import { buildPriceMatrix, type PriceMatrix } from '../../matrix/build-price-matrix';
import { DEFAULT_TOLERANCE_PCT } from '../../matrix/dispersion';
import { businessDateOf } from '../../pricing/business-date';
import { writePriceMatrixWorkbook } from '../../workbook/write-price-matrix';
import { withDatabase } from '../cli-context';
import { assertXlsxPath, jsonOption, outputFor } from './command-options';

const JSON_HELP = `
Every cell the version's rules reach (audience × SKU × province × channel × grade × tier, with the
named hospital or distributor when a rule names one), plus peer cells: the same audience, SKU,
channel, grade and tier in the other provinces master data has, so provinces can be compared.
Each cell is priced as a one-line order of --qty units on --date, before the plan (the approved
versions of other plans in force that day) and after it (those plus this version, simulated).

Spread = (max − min) / min × 100 of the net unit price after the plan, across the provinces of a
group (audience, SKU, channel, grade, tier): the max/min ratio minus one. A group whose spread is
above the tolerance is flagged, and so is each of its cells.

--json prints:
  { plan, version, date, qty, tolerancePct, spread (its definition),
    before: ["CODE@V", ...], after: ["CODE@V", ...],
    summary: { cells, inPlan, groups, flaggedGroups },
    cells: [{ audience, sku, category, province, provinceName, channel, grade, tier, hospital,
              distributor, inPlan, rules: [ruleCode], listUnitPrice, netBefore, netAfter,
              appliedBefore: ["CODE@V/RULE"], appliedAfter: ["CODE@V/RULE"], discountPct,
              deviationPct, flagged }],
    dispersion: [{ audience, sku, channel, grade, tier, provinces, minNet, minProvince, maxNet,
                   maxProvince, spreadPctBefore, spreadPct, flagged }] }
  Money is a 2-decimal string; percentages are percent points as strings ("8.70"); a cell
  without a list price on the date has null prices. discountPct = (list − netAfter) / list;
  deviationPct = (netAfter − the group's minNet) / minNet. With --flagged, cells and dispersion
  keep only what is beyond the tolerance; summary still counts everything.
  HTTP: GET /api/plans/:code/versions/:v/matrix?date=&tolerance=&qty=&flagged=true answers the same.
`;

export function registerMatrixCommand(program: Command): void {
  jsonOption(
    program
      .command('matrix <planVersion>')
      .description(
        'one price standard: net prices of every cell a plan version touches, before and after it, with dispersion across provinces',
      )
      .option('--date <date>', "pricing date (default: today, moved inside the version's dates)")
      .option(
        '--tolerance <percent>',
        'flag spreads across provinces above this',
        `${DEFAULT_TOLERANCE_PCT}%`,
      )
      .option('--qty <units>', 'units per cell (quantity bands and amount thresholds)', '1')
      .option('--flagged', 'list only the cells and groups beyond the tolerance')
      .option('-o, --out <file.xlsx>', 'write the Matrix and Dispersion sheets to a workbook')
      .addHelpText('after', JSON_HELP),
  ).action(async (ref: string, options: MatrixOptions, command: Command) => {
    const out = outputFor(command);
    assertXlsxPath(options.out, '-o');
    const { planCode, version } = parseVersionRef(ref);
    const matrix = await withDatabase((db) =>
      buildPriceMatrix(db, {
        planCode,
        version,
        date: options.date === undefined ? undefined : dateOption(options.date),
        today: businessDateOf(new Date()),
        tolerancePct: options.tolerance,
        qty: Number(options.qty),
        flaggedOnly: options.flagged ?? false,
      }),
    );
    if (options.out) await writePriceMatrixWorkbook(options.out, matrix);

    out.result(matrix);
    describe(matrix).forEach((line) => out.say(line));
    if (options.out) out.say(`Matrix written to ${options.out}.`);
  });
}

interface MatrixOptions {
  date?: string;
  tolerance: string;
  qty: string;
  flagged?: boolean;
  out?: string;
}

function dateOption(text: string): string {
  try {
    return businessDateOf(text);
  } catch {
    throw new BadRequestError(`--date "${text}" is not a date; write it as 2026-12-01.`);
  }
}

function describe(matrix: PriceMatrix): string[] {
  const { summary } = matrix;
  const lines = [
    `${matrix.plan}@${matrix.version} on ${matrix.date}, ${matrix.qty} unit(s) per cell: ${summary.cells} cells (${summary.inPlan} in the plan), ${summary.groups} groups, ${summary.flaggedGroups} beyond ${matrix.tolerancePct}%.`,
    `Before: ${matrix.before.join(', ') || 'list prices only'}. After: ${matrix.after.join(', ')}.`,
  ];
  for (const group of matrix.dispersion.filter((entry) => entry.flagged)) {
    const place = [group.channel, group.grade, group.tier].filter(Boolean).join(' ');
    lines.push(
      `  ⚠ ${group.audience} ${group.sku} ${place}: ${group.minNet} (${nameOf(group.minProvince)}) – ${group.maxNet} (${nameOf(group.maxProvince)}), spread ${group.spreadPct ?? '∞'}% (before ${group.spreadPctBefore ?? '-'}%)`,
    );
  }
  return lines;
}

function nameOf(province: string | null): string {
  return province === null ? '-' : provinceName(province);
}
