import fs from 'node:fs';
import path from 'node:path';

import type { Command } from 'commander';

import { type ConfirmResult, confirmOrders } from '../../orders/confirm-orders';
import { type PricedLineOutput, priceOrderLines } from '../../orders/price-order-lines';
import { BadRequestError } from '../../errors';
import { writePricedLinesWorkbook } from '../../workbook/write-priced-lines';
import { withDatabase } from '../cli-context';
import { assertXlsxPath, jsonOption, outputFor } from './command-options';

export function registerPriceCommand(program: Command): void {
  jsonOption(
    program
      .command('price <lines>')
      .description('price order lines (.xlsx or .csv, SPEC §3.3)')
      .option(
        '--plans <refs>',
        'simulate with these versions, e.g. Q4-2026@2,ZJ-2026@1 (default: versions in force)',
      )
      .option('-o, --out <file.xlsx>', 'write the priced lines as a workbook')
      .option('--confirm', 'store the orders and reserve plan budgets (needs --user)')
      .option('--user <login>', 'who confirms'),
  ).action(async (file: string, options: PriceOptions, command: Command) => {
    const out = outputFor(command);
    assertXlsxPath(options.out, '-o');
    const plans = (options.plans ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter(Boolean);
    const input = { file: fs.readFileSync(file), fileName: path.basename(file) };
    const result = options.confirm
      ? await withDatabase((db) => confirmOrders(db, confirmInput(input, options, plans)))
      : await withDatabase((db) => priceOrderLines(db, { ...input, plans }));
    if (options.out) await writePricedLinesWorkbook(options.out, result.lines.map(forWorkbook));

    const orders: ConfirmResult['orders'] | undefined =
      'orders' in result ? (result as ConfirmResult).orders : undefined;
    out.result({ plans: result.plans, lines: result.lines, ...(orders ? { orders } : {}) });
    out.say(
      `Priced with ${result.plans.map((p) => `${p.plan}@${p.version}`).join(', ') || 'no plan versions'}.`,
    );
    for (const line of result.lines) out.say(describeLine(line));
    if (options.out) out.say(`Priced lines written to ${options.out}.`);
    for (const order of orders ?? []) out.say(describeConfirmed(order));
  });
}

interface PriceOptions {
  plans?: string;
  out?: string;
  confirm?: boolean;
  user?: string;
}

/** Only the versions in force may price a confirmed order: a simulation is never confirmed. */
function confirmInput(
  input: { file: Buffer; fileName: string },
  options: PriceOptions,
  plans: string[],
) {
  if (plans.length > 0)
    throw new BadRequestError('--confirm prices with the versions in force; drop --plans.');
  if (!options.user) throw new BadRequestError('--confirm needs --user <login>: who confirms.');
  return { ...input, user: options.user, now: new Date() };
}

function describeConfirmed(order: ConfirmResult['orders'][number]): string {
  const reserved = order.reserved.map((r) => `${r.plan}@${r.version} ${r.amount}`).join(', ');
  return `Confirmed ${order.orderNo}: net ${order.netAmount}; budget reserved (ex-VAT): ${reserved || 'none'}.`;
}

function describeLine(line: PricedLineOutput): string {
  const head = `${line.orderNo}/${line.lineNo} ${line.sku} × ${line.qty}`;
  if (line.netAmount === null)
    return `${head}: not priced — ${line.findings.map((f) => f.message).join(' ')}`;
  const applied = line.applied
    .map((a) => `${a.plan}@${a.version}/${a.rule} −${a.amount}`)
    .join(', ');
  const text = `${head}: list ${line.listUnitPrice}, gross ${line.grossAmount}, discount ${line.discountAmount}, net ${line.netAmount}${applied ? ` (${applied})` : ''}`;
  return `${text}${guardNote(line)}`;
}

/** " — REFUSED by PLATFORM_CAP" or " — WARN PRICE_LINKAGE": what the compliance guards said. */
function guardNote(line: PricedLineOutput): string {
  const codes = (severity: string) =>
    line.findings.filter((f) => f.severity === severity).map((f) => f.code);
  if (line.status === 'REFUSED') return ` — REFUSED by ${codes('BLOCK').join(', ')}`;
  const warnings = codes('WARN');
  return warnings.length > 0 ? ` — WARN ${warnings.join(', ')}` : '';
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
