import { DateTime } from 'luxon';

import type { Finding } from '../../domain/finding';
import { bilingual } from '../../workbook/header-match';
import type { ColumnDef, ReadTable } from '../../workbook/read-workbook';
import type { OrderLineInput } from './order-line-input';

type Report = (line: OrderLineInput, key: string, code: string, message: string) => Finding;

/** A finding about a line, in the column the file heads `key`. */
export function lineReporter(table: ReadTable, columns: readonly ColumnDef[]): Report {
  const nameOf = (key: string) => {
    const column = columns.find((candidate) => candidate.key === key);
    return column ? bilingual(column) : key;
  };
  return (line, key, code, message) => ({
    sheet: table.sheet,
    row: line.row,
    column: table.headers[key] ?? nameOf(key),
    code,
    severity: 'BLOCK',
    message,
  });
}

/** A line number used twice in one order. */
export function duplicateLines(lines: OrderLineInput[], report: Report): Finding[] {
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  for (const line of lines) {
    const key = `${line.orderNo}\u0000${line.lineNo}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, line.row);
    else {
      const message = `Order ${line.orderNo} already has line ${line.lineNo} on row ${earlier}: give each line of an order its own number.`;
      findings.push(report(line, 'lineNo', 'DUPLICATE_KEY', message));
    }
  }
  return findings;
}

/**
 * The lines of one order are priced together (order thresholds and caps use the whole order), so
 * they share the pricing day, the audience and the customer; the first line of an order decides.
 */
export function inconsistentOrders(lines: OrderLineInput[], report: Report): Finding[] {
  const firstLine = new Map<string, OrderLineInput>();
  const findings: Finding[] = [];
  for (const line of lines) {
    const first = firstLine.get(line.orderNo);
    if (!first) firstLine.set(line.orderNo, line);
    else findings.push(...differences(first, line, report));
  }
  return findings;
}

function differences(first: OrderLineInput, line: OrderLineInput, report: Report): Finding[] {
  const findings: Finding[] = [];
  const intro = `Order ${line.orderNo} (from row ${first.row})`;
  if (businessDate(first.pricingDate) !== businessDate(line.pricingDate)) {
    const message = `${intro} is priced on ${businessDate(first.pricingDate)}, this line on ${businessDate(line.pricingDate)}: one order has one pricing date; split it into two orders or correct the date.`;
    findings.push(report(line, 'pricingDate', 'ORDER_INCONSISTENT', message));
  }
  if (first.audience !== line.audience) {
    const message = `${intro} is a ${first.audience} order, this line ${line.audience}: put the lines of each audience in an order of their own.`;
    findings.push(report(line, 'audience', 'ORDER_INCONSISTENT', message));
  } else {
    const key = line.audience === 'DISTRIBUTOR' ? 'distributor' : 'hospital';
    if (first[key] !== line[key]) {
      const message = `${intro} is for ${first[key] ?? 'no named customer'}, this line for ${line[key] ?? 'none'}: one order has one customer.`;
      findings.push(report(line, key, 'ORDER_INCONSISTENT', message));
    }
  }
  return findings;
}

/** The Asia/Shanghai date of a pricing date (a bare date is that date already). */
function businessDate(pricingDate: string): string {
  if (pricingDate.length === 10) return pricingDate;
  return (
    DateTime.fromISO(pricingDate, { setZone: true }).setZone('Asia/Shanghai').toISODate() ??
    pricingDate
  );
}
