/**
 * `medpromo matrix CODE@V` and GET /api/plans/:code/versions/:v/matrix: the one-price-standard
 * view of a plan version. Before = the approved versions of other plans in force on the date;
 * after = those plus this version, simulated whatever its status. Read-only.
 */
import { findVersion, loadVersionContent } from '../db/plan-repository';
import {
  findApprovedVersions,
  loadEngineRules,
  loadPricingMaster,
  type PricingMaster,
  type VersionRef,
  versionsInForceOn,
} from '../db/pricing-repository';
import type { Db } from '../db/prisma-client';
import { BadRequestError, NotFoundError } from '../errors';
import { listUnitPrice } from '../orders/list-price';
import { prepareRules } from '../pricing/engine';
import { Decimal } from '../pricing/money';
import { assembleMatrix, type DispersionJson, type MatrixCellJson } from './assemble-matrix';
import { DEFAULT_TOLERANCE_PCT } from './dispersion';
import { enumeratePlanCells, type MatrixMaster, type PlanCell } from './plan-cells';

export interface PriceMatrixInput {
  planCode: string;
  version: number;
  /** ISO business date; default `today` moved inside the version's dates. */
  date?: string;
  today: string;
  /** Percent points, e.g. "5" for 5%. */
  tolerancePct?: string;
  /** Units per cell's one-line order; quantity bands and amount thresholds are judged on it. */
  qty?: number;
  /** Keep only the cells and groups beyond the tolerance (the summary still counts all). */
  flaggedOnly?: boolean;
}

export interface PriceMatrix {
  plan: string;
  version: number;
  date: string;
  qty: number;
  tolerancePct: string;
  spread: string;
  before: string[];
  after: string[];
  summary: { cells: number; inPlan: number; groups: number; flaggedGroups: number };
  cells: MatrixCellJson[];
  dispersion: DispersionJson[];
}

export const SPREAD_DEFINITION =
  '(max − min) / min × 100 of the net unit price across provinces, per audience, SKU, channel, grade and tier';

export async function buildPriceMatrix(db: Db, input: PriceMatrixInput): Promise<PriceMatrix> {
  const found = await findVersion(db, input.planCode, input.version);
  if (!found) throw new NotFoundError(`Plan ${input.planCode} has no version ${input.version}.`);
  const content = await loadVersionContent(db, found.id);
  const start = found.effectiveFrom || content.header.start;
  const { date, tolerance, qty } = matrixOptions(input, start, content.header.end);

  const others = versionsInForceOn(await findApprovedVersions(db), date).filter(
    (other) => other.planCode !== input.planCode,
  );
  const otherRules = await loadEngineRules(db, ids(others));
  const ownRules = await loadEngineRules(db, [found.id]);
  const master = await loadPricingMaster(db);
  const cells = enumeratePlanCells(content.rules, matrixMaster(master));

  const { cells: rows, dispersion } = assembleMatrix({
    cells,
    pricingDate: date,
    qty,
    tolerancePct: tolerance,
    listPrice: listPricesOn(master, date),
    before: prepareRules(otherRules),
    after: prepareRules([...otherRules, ...ownRules]),
  });
  const own = `${input.planCode}@${input.version}`;
  const shown = input.flaggedOnly ?? false;
  return {
    plan: input.planCode,
    version: input.version,
    date,
    qty,
    tolerancePct: tolerance.toString(),
    spread: SPREAD_DEFINITION,
    before: others.map(label),
    after: [...others.map(label), own].sort(),
    summary: {
      cells: rows.length,
      inPlan: rows.filter((row) => row.inPlan).length,
      groups: dispersion.length,
      flaggedGroups: dispersion.filter((group) => group.flagged).length,
    },
    cells: shown ? rows.filter((row) => row.flagged) : rows,
    dispersion: shown ? dispersion.filter((group) => group.flagged) : dispersion,
  };
}

function matrixOptions(input: PriceMatrixInput, start: string, end: string) {
  const qty = input.qty ?? 1;
  if (!Number.isSafeInteger(qty) || qty <= 0)
    throw new BadRequestError(`--qty must be a positive whole number of units, not ${qty}.`);
  return {
    date: input.date ?? clamp(input.today, start, end),
    tolerance: parseTolerance(input.tolerancePct ?? DEFAULT_TOLERANCE_PCT),
    qty,
  };
}

export function matrixMaster(master: PricingMaster): MatrixMaster {
  return {
    products: [...master.products.values()],
    hospitals: [...master.hospitals.values()],
    distributors: [...master.distributors.values()],
  };
}

/** "5", "5%", "2.5 %" → percent points; refuses negatives and text. */
export function parseTolerance(text: string): Decimal {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  if (!match)
    throw new BadRequestError(
      `Tolerance "${text}" is not a percentage; write it like 5% or 2.5 (percent points).`,
    );
  return new Decimal(match[1]);
}

/** List prices looked up once per SKU and audience: cells repeat them across places. */
function listPricesOn(master: PricingMaster, date: string): (cell: PlanCell) => string | null {
  const memo = new Map<string, string | null>();
  return ({ sku, audience }) => {
    const key = `${audience}|${sku}`;
    if (!memo.has(key)) memo.set(key, listUnitPrice(master.prices, sku, audience, date));
    return memo.get(key)!;
  };
}

function clamp(date: string, from: string, to: string): string {
  if (date < from) return from;
  return date > to ? to : date;
}

function ids(versions: VersionRef[]): number[] {
  return versions.map((version) => version.id);
}

function label(version: VersionRef): string {
  return `${version.planCode}@${version.version}`;
}
