/**
 * What-if (`medpromo compare`): the same order lines priced under two plan versions, each as a
 * simulation through the ordinary pricing path (`price --plans CODE@V`), line by line with the
 * difference and the rules that produced each price. Read-only.
 */
import type { Db } from '../db/prisma-client';
import { parseVersionRef } from '../domain/version-ref';
import { parseMoney, formatMoney, type Decimal, sumMoney } from '../pricing/money';
import { type PricedLineOutput, priceOrderLines } from './price-order-lines';

export interface AppliedJson {
  /** plan@version/rule */
  rule: string;
  amount: string;
}

export interface ComparedLine {
  orderNo: string;
  lineNo: number;
  sku: string;
  qty: number;
  listUnitPrice: string | null;
  netFrom: string | null;
  netTo: string | null;
  /** netTo − netFrom: negative when the second version is cheaper. */
  difference: string | null;
  netUnitFrom: string | null;
  netUnitTo: string | null;
  appliedFrom: AppliedJson[];
  appliedTo: AppliedJson[];
  findings: string[];
}

export interface Comparison {
  from: string;
  to: string;
  lines: ComparedLine[];
  totals: { netFrom: string; netTo: string; difference: string };
}

export interface CompareInput {
  file: Buffer;
  fileName: string;
  from: string;
  to: string;
}

export async function compareVersions(db: Db, input: CompareInput): Promise<Comparison> {
  const [from, to] = [input.from, input.to].map((ref) => {
    const { planCode, version } = parseVersionRef(ref);
    return `${planCode}@${version}`;
  });
  const file = { file: input.file, fileName: input.fileName };
  const underFrom = await priceOrderLines(db, { ...file, plans: [from] });
  const underTo = await priceOrderLines(db, { ...file, plans: [to] });

  const lines = underFrom.lines.map((line, index) => compareLine(line, underTo.lines[index]));
  const total = (pick: (line: ComparedLine) => string | null) =>
    sumMoney(lines.flatMap((line) => (pick(line) === null ? [] : [parseMoney(pick(line)!)])));
  const netFrom = total((line) => (line.difference === null ? null : line.netFrom));
  const netTo = total((line) => (line.difference === null ? null : line.netTo));
  return {
    from,
    to,
    lines,
    totals: {
      netFrom: formatMoney(netFrom),
      netTo: formatMoney(netTo),
      difference: formatMoney(netTo.minus(netFrom)),
    },
  };
}

/** Both pricings read the same file in the same order, so lines pair up by position. */
function compareLine(from: PricedLineOutput, to: PricedLineOutput): ComparedLine {
  return {
    orderNo: from.orderNo,
    lineNo: from.lineNo,
    sku: from.sku,
    qty: from.qty,
    listUnitPrice: from.listUnitPrice,
    netFrom: from.netAmount,
    netTo: to.netAmount,
    difference: differenceOf(from.netAmount, to.netAmount),
    netUnitFrom: from.netUnitPrice,
    netUnitTo: to.netUnitPrice,
    appliedFrom: appliedOf(from),
    appliedTo: appliedOf(to),
    findings: [...new Set([...from.findings, ...to.findings].map((finding) => finding.message))],
  };
}

function differenceOf(from: string | null, to: string | null): string | null {
  if (from === null || to === null) return null;
  const delta: Decimal = parseMoney(to).minus(parseMoney(from));
  return formatMoney(delta);
}

function appliedOf(line: PricedLineOutput): AppliedJson[] {
  return line.applied.map((applied) => ({
    rule: `${applied.plan}@${applied.version}/${applied.rule}`,
    amount: applied.amount,
  }));
}
