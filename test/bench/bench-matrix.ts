/**
 * `npx tsx test/bench/bench-matrix.ts [rules...]`: how long the price matrix of one plan version
 * takes, from its rules to priced cells with dispersion, for plans of 1,000, 5,000 and 10,000
 * rules on a seeded world of 500 SKUs, 3,000 hospitals and 300 distributors in 31 provinces.
 * No database: cell enumeration, every cell priced before and after, and with `--xlsx FILE` the
 * streaming workbook.
 */
import type { Channel, Grade, Mechanic, Tier } from '../../server/src/domain/codes';
import { assembleMatrix } from '../../server/src/matrix/assemble-matrix';
import type { PriceMatrix } from '../../server/src/matrix/build-price-matrix';
import { enumeratePlanCells, type MatrixMaster } from '../../server/src/matrix/plan-cells';
import { prepareRules } from '../../server/src/pricing/engine';
import { Decimal } from '../../server/src/pricing/money';
import type { EngineRule } from '../../server/src/pricing/types';
import { writePriceMatrixWorkbook } from '../../server/src/workbook/write-price-matrix';

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(20261204);
const chance = (p: number) => random() < p;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pickSome = <T>(items: readonly T[], min: number, max: number): T[] => [
  ...new Set(Array.from({ length: between(min, max) }, () => pick(items))),
];

const PROVINCES = Array.from({ length: 31 }, (_, i) => String(110000 + i * 10000));
const GRADES: Grade[] = ['3A', '3B', '2A', '2B', '1A', 'UNGRADED'];
const TIERS: Tier[] = ['T1', 'T2', 'DELIVERY'];
const CHANNELS: Channel[] = ['PUBLIC_HOSPITAL', 'PRIVATE_HOSPITAL', 'RETAIL'];
const CATEGORIES = Array.from({ length: 25 }, (_, i) => `CAT${i}`);

const MASTER: MatrixMaster = {
  products: Array.from({ length: 500 }, (_, i) => ({
    sku: `SKU${i}`,
    category: CATEGORIES[i % 25],
  })),
  hospitals: Array.from({ length: 3_000 }, (_, i) => ({
    code: `H${i}`,
    province: pick(PROVINCES),
    grade: pick(GRADES),
    ownership: chance(0.8) ? 'PUBLIC' : 'PRIVATE',
  })),
  distributors: Array.from({ length: 300 }, (_, i) => ({
    code: `D${i}`,
    province: pick(PROVINCES),
    tier: pick(TIERS),
  })),
};
const PRICES = new Map(MASTER.products.map((p) => [p.sku, `${between(20, 5_000)}.00`]));

function generateRule(id: number): EngineRule {
  const audience = chance(0.5) ? 'HOSPITAL' : 'DISTRIBUTOR';
  const products = random();
  const mechanic: Mechanic = pick(['PCT_OFF', 'PCT_OFF', 'AMOUNT_OFF', 'FIXED_PRICE']);
  return {
    planCode: 'BIG',
    ruleCode: `R${id}`,
    mechanic,
    audience,
    skus: products < 0.7 ? pickSome(MASTER.products, 1, 5).map((p) => p.sku) : [],
    categories: products >= 0.7 && products < 0.97 ? [pick(CATEGORIES)] : [],
    provinces: chance(0.85) ? pickSome(PROVINCES, 1, 3) : [],
    channels: chance(0.3) ? pickSome(CHANNELS, 1, 2) : [],
    grades: audience === 'HOSPITAL' && chance(0.25) ? pickSome(GRADES, 1, 3) : [],
    tiers: audience === 'DISTRIBUTOR' && chance(0.3) ? pickSome(TIERS, 1, 2) : [],
    distributors: chance(0.03) ? pickSome(MASTER.distributors, 1, 3).map((d) => d.code) : [],
    hospitals: [],
    inventory: null,
    minQty: null,
    maxQty: null,
    maxDiscountedQty: null,
    minAmount: null,
    value: mechanic === 'FIXED_PRICE' ? '15.00' : String(between(1, 20)),
    rebateTiers: [],
    tierMode: null,
    freeSku: null,
    everyN: null,
    freeQty: null,
    bundleSkus: [],
    bundleMinQty: null,
    stacking: 'ON_BASE',
    exclusionGroup: null,
    priority: between(1, 20),
    lineCap: null,
    orderCap: null,
    start: null,
    end: null,
    version: 1,
    planStart: '2026-01-01',
    planEnd: '2026-12-31',
  };
}

async function run(ruleCount: number, xlsx: string | undefined): Promise<void> {
  const rules = Array.from({ length: ruleCount }, (_, id) => generateRule(id));
  const started = performance.now();
  const cells = enumeratePlanCells(rules, MASTER);
  const enumerated = performance.now();
  const { cells: rows, dispersion } = assembleMatrix({
    cells,
    pricingDate: '2026-06-01',
    qty: 1,
    tolerancePct: new Decimal(5),
    listPrice: (cell) => PRICES.get(cell.sku) ?? null,
    before: prepareRules([]),
    after: prepareRules(rules),
  });
  const priced = performance.now();
  if (xlsx) await writePriceMatrixWorkbook(xlsx, workbookInput(rows, dispersion));
  const written = performance.now();
  const result = {
    rules: ruleCount,
    cells: cells.length,
    inPlan: cells.filter((cell) => cell.touched).length,
    groups: dispersion.length,
    flaggedGroups: dispersion.filter((group) => group.flagged).length,
    enumerateSeconds: +((enumerated - started) / 1000).toFixed(2),
    priceSeconds: +((priced - enumerated) / 1000).toFixed(2),
    writeSeconds: xlsx ? +((written - priced) / 1000).toFixed(2) : null,
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function workbookInput(
  cells: PriceMatrix['cells'],
  dispersion: PriceMatrix['dispersion'],
): PriceMatrix {
  const summary = { cells: 0, inPlan: 0, groups: 0, flaggedGroups: 0 };
  const header = { plan: 'BIG', version: 1, date: '2026-06-01', qty: 1, tolerancePct: '5' };
  return { ...header, spread: '', before: [], after: [], summary, cells, dispersion };
}

/** Arguments: rule counts, and `--xlsx FILE` to time the streaming workbook too. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--xlsx');
  const xlsx = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const counts = args.map(Number);
  for (const count of counts.length > 0 ? counts : [1_000]) await run(count, xlsx);
}

void main();
