/**
 * `npm run bench:pricing` (or `npx tsx test/bench/bench-pricing.ts`): lines per second and peak
 * memory of the pure pricing engine for rule sets of 1,000 and 10,000 rules and order books of
 * 100,000 and 1,000,000 lines, next to a naive scan (every rule of the line's audience examined
 * for every line) on the same data in the same process. Each combination runs in its own process,
 * so its peak resident memory is its own. Data are generated in memory from a fixed seed.
 *
 * Targets on the 2-core CI machine: 1M lines against 10k rules in under 10 s in one process, peak
 * memory under 1.5 GB, time linear in lines and far slower than linear in rules.
 *
 * Each combination runs twice: on one thread (priceOrder in a loop), then on THREADS worker
 * threads (priceOrderBook, default 2), whose time includes turning results into JSON and copying
 * them between threads.
 *
 * `--case LINES RULES [THREADS]` runs one combination and prints one JSON line; `--quick` runs
 * small sizes.
 * `--digest LINES RULES` prints a SHA-256 of every priced order's JSON at each trace level: run it
 * before and after an engine change to show the change left every result as it was.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';

import type { Channel, Grade, Mechanic, Stacking, Tier } from '../../server/src/domain/codes';
import { prepareRules, priceOrder, type PreparedRules } from '../../server/src/pricing/engine';
import { priceOrderBook } from '../../server/src/pricing/price-order-book';
import type { PricedOrderJson } from '../../server/src/pricing/priced-line-json';
import { pricedOrderToJson } from '../../server/src/pricing/priced-line-json';
import type { EngineRule, PricingLine, PricingOptions } from '../../server/src/pricing/types';
import type { PricingOrder } from '../../server/src/pricing/types';

const CASES: [lines: number, rules: number][] = [
  [100_000, 1_000],
  [100_000, 10_000],
  [1_000_000, 1_000],
  [1_000_000, 10_000],
];
const QUICK_CASES: [number, number][] = [
  [10_000, 1_000],
  [10_000, 10_000],
];
const LINES_PER_ORDER = 100;
const COMPACT: PricingOptions = { traceLevel: 'compact' };
/** The naive scan examines every rule for every line; past this many lines it runs on a sample. */
const NAIVE_SAMPLE_LINES = (
  process.env.NAIVE_LINES
    ? { 1_000: Number(process.env.NAIVE_LINES), 10_000: Number(process.env.NAIVE_LINES) }
    : { 1_000: 100_000, 10_000: 10_000 }
) as Record<number, number>;

// ---------- a seeded world: SKUs, provinces, hospitals, distributors ----------

/** mulberry32: a small, fast, seeded generator, so every run prices the same data. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20260315);
const chance = (p: number): boolean => random() < p;
const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pickSome = <T>(items: readonly T[], min: number, max: number): T[] => [
  ...new Set(Array.from({ length: between(min, max) }, () => pick(items))),
];
/** Skewed toward the front: a few SKUs and hospitals carry most of the volume. */
const pickPopular = <T>(items: readonly T[]): T => items[Math.floor(random() ** 2 * items.length)];

interface Sku {
  sku: string;
  category: string;
  distributorPrice: number;
  /** Price-list prices as text, shared by every line of the SKU as a price list would be. */
  prices: { DISTRIBUTOR: string; HOSPITAL: string };
}
interface Party {
  code: string;
  province: string;
  channel: Channel;
  grade: Grade;
  tier: Tier;
}

const PROVINCES = [
  '110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000', '310000',
  '320000', '330000', '340000', '350000', '360000', '370000', '410000', '420000', '430000',
  '440000', '450000', '460000', '500000', '510000', '520000', '530000', '540000', '610000',
  '620000', '630000', '640000', '650000',
]; // prettier-ignore
const CHANNELS: Channel[] = ['PUBLIC_HOSPITAL', 'PRIVATE_HOSPITAL', 'RETAIL', 'ECOM', 'DIRECT'];
const GRADES: Grade[] = ['3A', '3B', '2A', '2B', '1A', 'UNGRADED'];
const TIERS: Tier[] = ['T1', 'T2', 'DELIVERY'];
const CATEGORIES = Array.from({ length: 40 }, (_, i) => `CAT${String(i).padStart(2, '0')}`);

const SKUS: Sku[] = Array.from({ length: 2_000 }, (_, i) => {
  const distributorPrice = between(2_000, 2_000_000) / 100;
  const hospitalPrice = distributorPrice * 1.3 * 1.13;
  return {
    sku: `SKU${String(i).padStart(5, '0')}`,
    category: CATEGORIES[i % CATEGORIES.length],
    distributorPrice,
    prices: { DISTRIBUTOR: distributorPrice.toFixed(2), HOSPITAL: hospitalPrice.toFixed(2) },
  };
});
const HOSPITALS: Party[] = Array.from({ length: 5_000 }, (_, i) => ({
  code: `H${String(i).padStart(5, '0')}`,
  province: pick(PROVINCES),
  channel: chance(0.8) ? 'PUBLIC_HOSPITAL' : 'PRIVATE_HOSPITAL',
  grade: pick(GRADES),
  tier: 'T1',
}));
const DISTRIBUTORS: Party[] = Array.from({ length: 400 }, (_, i) => ({
  code: `D${String(i).padStart(4, '0')}`,
  province: pick(PROVINCES),
  channel: pick(CHANNELS),
  grade: 'UNGRADED',
  tier: pick(TIERS),
}));

// ---------- rules: a realistic mix of mechanics and dimensions ----------

/** Mechanic weights: mostly line discounts, some order, bundle, free-goods and settlement rules. */
const MECHANIC_MIX: [Mechanic, number][] = [
  ['PCT_OFF', 35],
  ['AMOUNT_OFF', 15],
  ['FIXED_PRICE', 8],
  ['BUNDLE', 6],
  ['FREE_GOODS', 8],
  ['TIERED_REBATE', 6],
  ['CHARGEBACK', 4],
  ['ORDER_PCT_OFF', 10],
  ['ORDER_AMOUNT_OFF', 8],
];

function pickMechanic(): Mechanic {
  let roll = random() * 100;
  for (const [mechanic, weight] of MECHANIC_MIX) {
    roll -= weight;
    if (roll < 0) return mechanic;
  }
  return 'PCT_OFF';
}

/** 40 plans over 2026: quarters and months, so a pricing date meets about a third of them. */
function planDates(plan: number): [string, string] {
  const month = (plan % 12) + 1;
  const quarterly = plan % 3 === 0;
  const start = `2026-${String(month).padStart(2, '0')}-01`;
  const endMonth = Math.min(12, month + (quarterly ? 2 : 0));
  return [start, `2026-${String(endMonth).padStart(2, '0')}-28`];
}

function generateRule(id: number): EngineRule {
  const mechanic = pickMechanic();
  const audience =
    mechanic === 'FREE_GOODS' || mechanic === 'TIERED_REBATE' || chance(0.5)
      ? 'DISTRIBUTOR'
      : 'HOSPITAL';
  const plan = id % 40;
  const [planStart, planEnd] = planDates(plan);
  const products = random();
  const skus = products < 0.7 ? pickSome(SKUS, 1, 5).map((s) => s.sku) : [];
  return {
    ...mechanicFields(mechanic, skus),
    planCode: `PLAN${String(plan).padStart(2, '0')}`,
    ruleCode: `R${String(id).padStart(6, '0')}`,
    mechanic,
    audience,
    skus,
    categories: products >= 0.7 && products < 0.95 ? [pick(CATEGORIES)] : [],
    provinces: chance(0.85) ? pickSome(PROVINCES, 1, 3) : [],
    channels: chance(0.5) ? pickSome(CHANNELS, 1, 2) : [],
    grades: audience === 'HOSPITAL' && chance(0.25) ? pickSome(GRADES, 1, 3) : [],
    tiers: audience === 'DISTRIBUTOR' && chance(0.3) ? pickSome(TIERS, 1, 2) : [],
    distributors: chance(0.05) ? pickSome(DISTRIBUTORS, 1, 3).map((d) => d.code) : [],
    hospitals: audience === 'HOSPITAL' && chance(0.03) ? pickSome(HOSPITALS, 1, 5).map((h) => h.code) : [],
    inventory: chance(0.05) ? { kind: 'EXPIRY_WITHIN_DAYS', days: 180 } : null,
    minQty: chance(0.2) ? between(5, 20) : null,
    maxQty: null,
    maxDiscountedQty: chance(0.1) ? between(10, 40) : null,
    minAmount: chance(0.1) ? `${between(1_000, 50_000)}.00` : null,
    stacking: pick<Stacking>(['EXCLUSIVE', 'ON_BASE', 'ON_BASE', 'ON_BASE', 'SEQUENTIAL', 'SEQUENTIAL']),
    exclusionGroup: chance(0.3) ? `G${between(1, 20)}` : null,
    priority: chance(0.6) ? 1 : between(2, 99),
    lineCap: chance(0.1) ? `${between(100, 5_000)}.00` : null,
    orderCap: chance(0.1) ? `${between(1_000, 20_000)}.00` : null,
    start: null,
    end: null,
    version: 1,
    planStart,
    planEnd,
  }; // prettier-ignore
}

type MechanicFields = Pick<
  EngineRule,
  | 'value'
  | 'rebateTiers'
  | 'tierMode'
  | 'freeSku'
  | 'everyN'
  | 'freeQty'
  | 'bundleSkus'
  | 'bundleMinQty'
>;

function mechanicFields(mechanic: Mechanic, skus: string[]): MechanicFields {
  const none: MechanicFields = {
    value: null,
    rebateTiers: [],
    tierMode: null,
    freeSku: null,
    everyN: null,
    freeQty: null,
    bundleSkus: [],
    bundleMinQty: null,
  };
  const price = SKUS.find((s) => s.sku === skus[0])?.distributorPrice ?? 500;
  switch (mechanic) {
    case 'PCT_OFF':
    case 'ORDER_PCT_OFF':
      return { ...none, value: String(between(1, 30)) };
    case 'AMOUNT_OFF':
      return { ...none, value: `${between(1, 50)}.00` };
    case 'FIXED_PRICE':
      return { ...none, value: (price * 0.85).toFixed(2) };
    case 'ORDER_AMOUNT_OFF':
      return { ...none, value: `${between(50, 2_000)}.00` };
    case 'BUNDLE':
      return {
        ...none,
        value: String(between(3, 15)),
        bundleSkus: pickSome(SKUS.slice(0, 200), 2, 4).map((s) => s.sku),
        bundleMinQty: between(5, 30),
      };
    case 'FREE_GOODS':
      return { ...none, everyN: between(5, 20), freeQty: between(1, 2) };
    case 'TIERED_REBATE':
      return {
        ...none,
        rebateTiers: [
          { threshold: '1000000', rate: '1' },
          { threshold: '2500000', rate: '2' },
        ],
        tierMode: chance(0.5) ? 'RETRO' : 'INCREMENTAL',
      };
    case 'CHARGEBACK':
      return none;
  }
}

// ---------- order books ----------

const DATES = Array.from({ length: 300 }, (_, day) => {
  const date = new Date(Date.UTC(2026, 0, 1 + day));
  return date.toISOString().slice(0, 10);
});

function generateOrder(orderIndex: number): PricingOrder {
  const orderNo = `SO${String(orderIndex).padStart(7, '0')}`;
  const hospitalFacing = chance(0.5);
  const audience = hospitalFacing ? 'HOSPITAL' : 'DISTRIBUTOR';
  const hospital = pickPopular(HOSPITALS);
  const distributor = pickPopular(DISTRIBUTORS);
  const pricingDate = pick(DATES);
  const lines: PricingLine[] = [];
  for (let lineNo = 1; lineNo <= LINES_PER_ORDER; lineNo += 1) {
    const sku = pickPopular(SKUS);
    lines.push({
      orderNo,
      lineNo,
      sku: sku.sku,
      category: sku.category,
      qty: chance(0.7) ? between(1, 10) : between(11, 120),
      audience,
      province: hospitalFacing ? hospital.province : distributor.province,
      city: null,
      channel: hospitalFacing ? hospital.channel : distributor.channel,
      grade: hospitalFacing ? hospital.grade : null,
      tier: distributor.tier,
      distributor: distributor.code,
      hospital: hospitalFacing ? hospital.code : null,
      lotExpiry: chance(0.3) ? pick(DATES.slice(100)) : null,
      listUnitPrice: sku.prices[audience],
    });
  }
  return { orderNo, pricingDate, lines };
}

// ---------- measurement ----------

interface RunStats {
  lines: number;
  /** Wall-clock seconds, and this process's CPU seconds (user + system) over the same span. */
  seconds: number;
  cpuSeconds: number;
  linesPerSecond: number;
  applied: number;
  freeGoods: number;
}

function priceAll(
  orders: readonly PricingOrder[],
  rules: PreparedRules,
  options: PricingOptions = COMPACT,
): RunStats {
  let [lines, applied, freeGoods] = [0, 0, 0];
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const order of orders) {
    for (const line of priceOrder(order, rules, options).lines) {
      lines += 1;
      applied += line.applied.length;
      freeGoods += line.freeGoods.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const linesPerSecond = Math.round(lines / seconds);
  return { lines, seconds, cpuSeconds, linesPerSecond, applied, freeGoods };
}

/** The same book through priceOrderBook; keeps the first orders' JSON to compare afterwards. */
async function priceAllThreaded(
  orders: readonly PricingOrder[],
  rules: readonly EngineRule[],
  threads: number,
  kept: Map<number, PricedOrderJson>,
): Promise<RunStats> {
  let [lines, applied, freeGoods] = [0, 0, 0];
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  await priceOrderBook(orders, rules, { ...COMPACT, threads }, (priced, first) => {
    priced.forEach((order, k) => {
      if (first + k < 20) kept.set(first + k, order);
      for (const line of order.lines) {
        lines += 1;
        applied += line.applied.length;
        freeGoods += line.freeGoods.length;
      }
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const linesPerSecond = Math.round(lines / seconds);
  return { lines, seconds, cpuSeconds, linesPerSecond, applied, freeGoods };
}

function peakMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The same orders priced both ways must give the same JSON, or the comparison means nothing. */
function assertSameResults(
  orders: readonly PricingOrder[],
  indexed: PreparedRules,
  naive: PreparedRules,
): void {
  for (const order of orders) {
    const a = JSON.stringify(pricedOrderToJson(priceOrder(order, indexed, COMPACT)));
    const b = JSON.stringify(pricedOrderToJson(priceOrder(order, naive, COMPACT)));
    if (a !== b) throw new Error(`indexed and naive pricing differ on order ${order.orderNo}`);
  }
}

async function runCase(lineCount: number, ruleCount: number, threads: number): Promise<void> {
  const rules = Array.from({ length: ruleCount }, (_, id) => generateRule(id));
  const orders = Array.from({ length: lineCount / LINES_PER_ORDER }, (_, i) => generateOrder(i));
  const generatedMb = peakMb();

  const prepareStarted = process.hrtime.bigint();
  const indexed = prepareRules(rules);
  const prepareSeconds = Number(process.hrtime.bigint() - prepareStarted) / 1e9;
  const kept = new Map<number, PricedOrderJson>();
  const engine =
    threads > 1 ? await priceAllThreaded(orders, rules, threads, kept) : priceAll(orders, indexed);
  const enginePeakMb = peakMb();
  for (const [position, json] of kept) {
    const single = pricedOrderToJson(priceOrder(orders[position], indexed, COMPACT));
    if (JSON.stringify(single) !== JSON.stringify(json))
      throw new Error(`threaded and single-thread pricing differ on order ${position}`);
  }

  const naiveRules = prepareRules(rules, { index: 'none' });
  const sampleOrders = Math.ceil((NAIVE_SAMPLE_LINES[ruleCount] ?? lineCount) / LINES_PER_ORDER);
  const sample = orders.slice(0, Math.min(orders.length, sampleOrders));
  assertSameResults(sample.slice(0, 20), indexed, naiveRules);
  const naive = priceAll(sample, naiveRules);

  const result = {
    lines: lineCount,
    rules: ruleCount,
    threads,
    prepareSeconds: round(prepareSeconds),
    engine: { ...engine, seconds: round(engine.seconds), cpuSeconds: round(engine.cpuSeconds) },
    naive: {
      ...naive,
      seconds: round(naive.seconds),
      cpuSeconds: round(naive.cpuSeconds),
      sampled: naive.lines < lineCount,
    },
    generatedMb,
    enginePeakMb,
    peakMb: peakMb(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const round = (value: number): number => Number(value.toFixed(2));

type CaseResult = {
  lines: number;
  rules: number;
  threads: number;
  prepareSeconds: number;
  engine: RunStats;
  naive: RunStats & { sampled: boolean };
  generatedMb: number;
  enginePeakMb: number;
  peakMb: number;
};

const THREADS = Number(process.env.THREADS ?? 2);

function runAll(cases: [number, number][]): void {
  console.log(`bench:pricing on ${os.cpus().length} cores, Node ${process.version}`);
  const runs = (threads: number): CaseResult[] =>
    cases.map(([lines, rules]) => {
      const output = execFileSync(
        process.execPath,
        [
          require.resolve('tsx/cli'),
          __filename,
          '--case',
          String(lines),
          String(rules),
          String(threads),
        ],
        { stdio: ['pipe', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(output.trim().split('\n').pop()!) as CaseResult;
      report(result);
      return result;
    });
  console.log('One thread (priceOrder in a loop):');
  reportScaling(runs(1));
  if (THREADS < 2) return;
  console.log(`${THREADS} worker threads (priceOrderBook, results as JSON copied to the caller):`);
  reportScaling(runs(THREADS));
}

function report(result: CaseResult): void {
  const { lines, rules, engine, naive } = result;
  const naiveSeconds = lines / naive.linesPerSecond;
  const naiveNote = naive.sampled
    ? `sampled on ${naive.lines.toLocaleString('en')} lines, extrapolated`
    : 'all lines';
  const target =
    lines === 1_000_000 && rules === 10_000
      ? `  target < 10 s and < 1536 MB: ${engine.seconds < 10 && result.enginePeakMb < 1536 ? 'met' : 'MISSED'}`
      : '';
  console.log(
    [
      `${lines.toLocaleString('en').padStart(9)} lines × ${rules.toLocaleString('en').padStart(6)} rules:`,
      `engine ${engine.seconds.toFixed(2)} s (${engine.linesPerSecond.toLocaleString('en')} lines/s,`,
      `prepare ${result.prepareSeconds.toFixed(2)} s), peak RSS ${result.enginePeakMb} MB`,
      `(data alone ${result.generatedMb} MB);`,
      `naive scan ${naive.linesPerSecond.toLocaleString('en')} lines/s ≈ ${naiveSeconds.toFixed(1)} s`,
      `(${naiveNote}), ${(engine.linesPerSecond / naive.linesPerSecond).toFixed(0)}× slower;`,
      `${(engine.applied / lines).toFixed(2)} rules applied and`,
      `${(engine.freeGoods / lines).toFixed(3)} free-goods lines per line.${target}`,
    ].join(' '),
  );
}

/** Linear in lines, far slower than linear in rules: the ratios that show it. */
function reportScaling(results: CaseResult[]): void {
  const find = (lines: number, rules: number) =>
    results.find((r) => r.lines === lines && r.rules === rules)?.engine.seconds;
  const [small, large] = [
    Math.min(...results.map((r) => r.lines)),
    Math.max(...results.map((r) => r.lines)),
  ];
  for (const rules of [1_000, 10_000]) {
    const [a, b] = [find(small, rules), find(large, rules)];
    if (a && b && large > small)
      console.log(
        `${rules} rules: ${large / small}× the lines took ${(b / a).toFixed(1)}× the time`,
      );
  }
  for (const lines of [small, large]) {
    const [a, b] = [find(lines, 1_000), find(lines, 10_000)];
    if (a && b) console.log(`${lines} lines: 10× the rules took ${(b / a).toFixed(1)}× the time`);
  }
}

/** Fingerprints of the priced book, one per trace level; equal digests mean identical results. */
function runDigest(lineCount: number, ruleCount: number): void {
  const rules = Array.from({ length: ruleCount }, (_, id) => generateRule(id));
  const orders = Array.from({ length: lineCount / LINES_PER_ORDER }, (_, i) => generateOrder(i));
  const prepared = prepareRules(rules);
  const digest = (traceLevel: 'compact' | 'full'): string => {
    const hash = createHash('sha256');
    for (const order of orders)
      hash.update(JSON.stringify(pricedOrderToJson(priceOrder(order, prepared, { traceLevel }))));
    return hash.digest('hex');
  };
  const result = {
    lines: lineCount,
    rules: ruleCount,
    compact: digest('compact'),
    full: digest('full'),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const args = process.argv.slice(2);
if (args[0] === '--case')
  void runCase(Number(args[1]), Number(args[2]), Number(args[3] ?? 1)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
else if (args[0] === '--digest') runDigest(Number(args[1]), Number(args[2]));
else runAll(args.includes('--quick') ? QUICK_CASES : CASES);
