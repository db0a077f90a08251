/**
 * The matrix in a few numbers, for a manager deciding on a version (the task pane's price
 * impact): how many cells the plan reaches, how deep it discounts, and which comparison groups
 * end up beyond the tolerance. Small enough to send on every version detail; the full matrix
 * stays on `GET .../matrix` and `medpromo matrix`.
 */
import { provinceName } from '../domain/provinces';
import { Decimal } from '../pricing/money';
import type { PriceMatrix } from './build-price-matrix';

export interface FlaggedGroupJson {
  audience: string;
  sku: string;
  channel: string | null;
  grade: string | null;
  tier: string | null;
  minProvince: string | null;
  minProvinceName: string | null;
  minNet: string | null;
  maxProvince: string | null;
  maxProvinceName: string | null;
  maxNet: string | null;
  spreadPct: string | null;
}

export interface MatrixSummary {
  plan: string;
  version: number;
  date: string;
  qty: number;
  tolerancePct: string;
  cells: number;
  inPlan: number;
  /**
   * Over the cells in the plan with a list price: the mean and the largest discount off list
   * after the plan, percent, 2 decimals half-up; null when no such cell.
   */
  averageDiscountPct: string | null;
  deepestDiscountPct: string | null;
  groups: number;
  flaggedGroups: number;
  flagged: FlaggedGroupJson[];
}

export function summarizeMatrix(matrix: PriceMatrix): MatrixSummary {
  const discounts = matrix.cells
    .filter((cell) => cell.inPlan && cell.discountPct !== null)
    .map((cell) => new Decimal(cell.discountPct!));
  const total = discounts.reduce((sum, pct) => sum.plus(pct), new Decimal(0));
  return {
    plan: matrix.plan,
    version: matrix.version,
    date: matrix.date,
    qty: matrix.qty,
    tolerancePct: matrix.tolerancePct,
    cells: matrix.summary.cells,
    inPlan: matrix.summary.inPlan,
    averageDiscountPct:
      discounts.length === 0
        ? null
        : total.dividedBy(discounts.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    deepestDiscountPct: discounts.length === 0 ? null : Decimal.max(...discounts).toFixed(2),
    groups: matrix.summary.groups,
    flaggedGroups: matrix.summary.flaggedGroups,
    flagged: matrix.dispersion
      .filter((group) => group.flagged)
      .map((group) => ({
        audience: group.audience,
        sku: group.sku,
        channel: group.channel,
        grade: group.grade,
        tier: group.tier,
        minProvince: group.minProvince,
        minProvinceName: nameOf(group.minProvince),
        minNet: group.minNet,
        maxProvince: group.maxProvince,
        maxProvinceName: nameOf(group.maxProvince),
        maxNet: group.maxNet,
        spreadPct: group.spreadPct,
      })),
  };
}

const nameOf = (code: string | null) => (code === null ? null : provinceName(code));
