/**
 * Prices every cell before and after the plan and measures each comparison group's dispersion
 * across provinces; the JSON shape the CLI prints, the API returns and the workbook is written
 * from. Pure: rules, list prices and the date come in.
 */
import { provinceName } from '../domain/provinces';
import type { PreparedRules } from '../pricing/engine';
import { Decimal, formatMoney, parseMoney } from '../pricing/money';
import { isBeyondTolerance, measureDispersion, percentAbove } from './dispersion';
import type { PlanCell } from './plan-cells';
import { type CellPrice, createCellPricer } from './price-cell';

export interface MatrixCellJson {
  audience: string;
  sku: string;
  category: string;
  province: string;
  provinceName: string;
  channel: string | null;
  grade: string | null;
  tier: string | null;
  hospital: string | null;
  distributor: string | null;
  /** False for a peer cell in a province the plan does not touch. */
  inPlan: boolean;
  /** The version's rules whose filters reach the cell. */
  rules: readonly string[];
  listUnitPrice: string | null;
  netBefore: string | null;
  netAfter: string | null;
  appliedBefore: string[];
  appliedAfter: string[];
  /** (list − netAfter) / list, percent. */
  discountPct: string | null;
  /** (netAfter − the group's lowest netAfter) / that lowest, percent. */
  deviationPct: string | null;
  flagged: boolean;
}

export interface DispersionJson {
  audience: string;
  sku: string;
  channel: string | null;
  grade: string | null;
  tier: string | null;
  provinces: number;
  minNet: string | null;
  minProvince: string | null;
  maxNet: string | null;
  maxProvince: string | null;
  spreadPctBefore: string | null;
  spreadPct: string | null;
  flagged: boolean;
}

export interface MatrixInputs {
  cells: readonly PlanCell[];
  pricingDate: string;
  qty: number;
  tolerancePct: Decimal;
  listPrice(cell: PlanCell): string | null;
  before: PreparedRules;
  after: PreparedRules;
}

interface PricedCell {
  cell: PlanCell;
  list: string | null;
  before: CellPrice | null;
  after: CellPrice | null;
}

export function assembleMatrix(inputs: MatrixInputs): {
  cells: MatrixCellJson[];
  dispersion: DispersionJson[];
} {
  const pricers = {
    before: createCellPricer(inputs.before, inputs.pricingDate, inputs.qty),
    after: createCellPricer(inputs.after, inputs.pricingDate, inputs.qty),
  };
  const priced = inputs.cells.map((cell) => priceOne(cell, inputs, pricers));
  const cells: MatrixCellJson[] = [];
  const dispersion: DispersionJson[] = [];
  for (const group of comparisonGroups(priced)) {
    const measured = measureGroup(group, inputs.tolerancePct);
    dispersion.push(measured);
    const min = measured.minNet === null ? null : parseMoney(measured.minNet);
    for (const entry of group) cells.push(cellJson(entry, min, measured.flagged));
  }
  return { cells, dispersion };
}

type CellPricer = ReturnType<typeof createCellPricer>;

function priceOne(
  cell: PlanCell,
  inputs: MatrixInputs,
  pricers: { before: CellPricer; after: CellPricer },
): PricedCell {
  const list = inputs.listPrice(cell);
  if (list === null) return { cell, list, before: null, after: null };
  return { cell, list, before: pricers.before(cell, list), after: pricers.after(cell, list) };
}

/** Cells arrive sorted so that each group's cells are adjacent (see compareCells). */
function comparisonGroups(priced: readonly PricedCell[]): PricedCell[][] {
  const groups: PricedCell[][] = [];
  let lastKey: string | null = null;
  for (const entry of priced) {
    const { audience, sku, channel, grade, tier } = entry.cell;
    const key = [audience, sku, channel, grade, tier].join('|');
    if (key !== lastKey) groups.push([]);
    groups[groups.length - 1].push(entry);
    lastKey = key;
  }
  return groups;
}

function measureGroup(group: readonly PricedCell[], tolerancePct: Decimal): DispersionJson {
  const { audience, sku, channel, grade, tier } = group[0].cell;
  const after = measureDispersion(
    group.map(({ cell, after }) => ({ province: cell.province, net: after?.net ?? null })),
  );
  const before = measureDispersion(
    group.map(({ cell, before }) => ({ province: cell.province, net: before?.net ?? null })),
  );
  return {
    audience,
    sku,
    channel,
    grade,
    tier,
    provinces: after.provinces,
    minNet: moneyOrNull(after.min),
    minProvince: after.minProvince,
    maxNet: moneyOrNull(after.max),
    maxProvince: after.maxProvince,
    spreadPctBefore: before.spreadPct?.toFixed(2) ?? null,
    spreadPct: after.spreadPct?.toFixed(2) ?? null,
    flagged: isBeyondTolerance(after, tolerancePct),
  };
}

function cellJson(entry: PricedCell, min: Decimal | null, flagged: boolean): MatrixCellJson {
  const { cell, list, before, after } = entry;
  const listPrice = list === null ? null : parseMoney(list);
  const discount = listPrice && after ? percentOff(listPrice, after.net) : null;
  const deviation = min && after ? percentAbove(after.net, min) : null;
  return {
    audience: cell.audience,
    sku: cell.sku,
    category: cell.category,
    province: cell.province,
    provinceName: provinceName(cell.province),
    channel: cell.channel,
    grade: cell.grade,
    tier: cell.tier,
    hospital: cell.hospital,
    distributor: cell.distributor,
    inPlan: cell.touched,
    rules: cell.rules,
    listUnitPrice: list,
    netBefore: moneyOrNull(before?.net ?? null),
    netAfter: moneyOrNull(after?.net ?? null),
    appliedBefore: before?.applied ?? [],
    appliedAfter: after?.applied ?? [],
    discountPct: discount?.toFixed(2) ?? null,
    deviationPct: deviation?.toFixed(2) ?? null,
    flagged: flagged && after !== null,
  };
}

/** (list − net) / list in percent, 2 decimals half-up; null for a zero list price. */
function percentOff(list: Decimal, net: Decimal): Decimal | null {
  if (list.isZero()) return null;
  return list.minus(net).dividedBy(list).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function moneyOrNull(amount: Decimal | null): string | null {
  return amount === null ? null : formatMoney(amount);
}
