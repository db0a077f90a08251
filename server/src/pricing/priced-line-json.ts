/**
 * The JSON shape of a priced line, as the CLI prints it and the HTTP API returns it: money as
 * 2-decimal strings, applied rules by plan, version and rule code.
 */
import type { Severity } from '../domain/finding';
import { formatMoney } from './money';
import type { TraceEntry } from './trace';
import type { PricedLine, PricedOrder } from './types';

export interface PricedLineJson {
  orderNo: string;
  lineNo: number;
  sku: string;
  qty: number;
  listUnitPrice: string;
  grossAmount: string;
  discountAmount: string;
  netAmount: string;
  netUnitPrice: string;
  applied: { plan: string; version: number; rule: string; amount: string; truncated: boolean }[];
  freeGoods: { sku: string; qty: number; rule: string }[];
  findings: { code: string; severity: Severity; message: string }[];
  trace: TraceEntry[];
}

export interface PricedOrderJson {
  orderNo: string;
  pricingDate: string;
  grossAmount: string;
  discountAmount: string;
  netAmount: string;
  lines: PricedLineJson[];
  trace: TraceEntry[];
}

export function pricedLineToJson(line: PricedLine): PricedLineJson {
  return {
    orderNo: line.orderNo,
    lineNo: line.lineNo,
    sku: line.sku,
    qty: line.qty,
    listUnitPrice: formatMoney(line.listUnitPrice),
    grossAmount: formatMoney(line.grossAmount),
    discountAmount: formatMoney(line.discountAmount),
    netAmount: formatMoney(line.netAmount),
    netUnitPrice: formatMoney(line.netUnitPrice),
    applied: line.applied.map(({ plan, version, rule, amount, truncated }) => ({
      plan,
      version,
      rule,
      amount: formatMoney(amount),
      truncated,
    })),
    freeGoods: line.freeGoods.map(({ sku, qty, rule }) => ({ sku, qty, rule })),
    findings: line.findings.map(({ code, severity, message }) => ({ code, severity, message })),
    trace: line.trace,
  };
}

export function pricedOrderToJson(order: PricedOrder): PricedOrderJson {
  return {
    orderNo: order.orderNo,
    pricingDate: order.pricingDate,
    grossAmount: formatMoney(order.grossAmount),
    discountAmount: formatMoney(order.discountAmount),
    netAmount: formatMoney(order.netAmount),
    lines: order.lines.map(pricedLineToJson),
    trace: order.trace,
  };
}
