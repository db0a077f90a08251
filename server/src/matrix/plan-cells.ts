/**
 * The cells a plan version touches: SKU × province × channel × grade × tier (and audience, and a
 * named hospital or distributor when a rule names one), from its rules' filters intersected with
 * the master data. The price matrix prices these cells; the submit-time compliance check can
 * price the same cells against its guards.
 *
 * Rules with equal filters are enumerated once (plans of thousands of rules repeat a few filter
 * sets with different values), cells are deduplicated by key, and the rule lists cells carry are
 * shared between cells with the same rules, so memory grows with cells, not cells × rules.
 */
import { BadRequestError } from '../errors';
import { type CellPlace, basePlaces, type MatrixMaster, placeKey } from './matrix-master';
import { filterSignature, ruleProducts, rulePlaces, type RuleFilterFields } from './rule-places';

export type { MatrixMaster } from './matrix-master';

export interface PlanCell extends CellPlace {
  sku: string;
  category: string;
  /** False for a peer: a cell the plan does not touch, in another province, added so the
   *  touched cells can be compared with it (same audience, SKU, channel, grade and tier). */
  touched: boolean;
  /** Codes of the rules whose filters reach the cell, whatever their dates and quantity gates. */
  rules: readonly string[];
}

export interface PlanCellOptions {
  /** Add peer cells in every other province master data has for the same place (default true). */
  peers?: boolean;
  /** Refuse plans that would touch more cells than this (default 1,000,000). */
  maxCells?: number;
}

type RuleLike = RuleFilterFields & { ruleCode: string };

interface CellDraft {
  place: CellPlace;
  product: MatrixMaster['products'][number];
  groups: number[];
}

const DEFAULT_MAX_CELLS = 1_000_000;

export function enumeratePlanCells(
  rules: readonly RuleLike[],
  master: MatrixMaster,
  options: PlanCellOptions = {},
): PlanCell[] {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const groups = groupByFilters(rules);
  const drafts: Drafts = { byPlace: new Map(), size: 0, maxCells };
  groups.forEach((group, id) => {
    const products = ruleProducts(group.rule, master);
    if (products.length === 0) return;
    for (const place of rulePlaces(group.rule, master)) {
      for (const product of products) {
        const draft = draftAt(drafts, place, product);
        if (draft.groups.at(-1) !== id) draft.groups.push(id);
      }
    }
  });
  if (options.peers ?? true) addPeers(drafts, master);
  return finishCells(drafts, groups);
}

function groupByFilters(rules: readonly RuleLike[]): { rule: RuleLike; codes: string[] }[] {
  const bySignature = new Map<string, { rule: RuleLike; codes: string[] }>();
  for (const rule of rules) {
    const signature = filterSignature(rule);
    const group = bySignature.get(signature);
    if (group) group.codes.push(rule.ruleCode);
    else bySignature.set(signature, { rule, codes: [rule.ruleCode] });
  }
  return [...bySignature.values()];
}

/** Cells by place, then by SKU: no key string per place × product while enumerating. */
interface Drafts {
  byPlace: Map<string, { place: CellPlace; bySku: Map<string, CellDraft> }>;
  size: number;
  maxCells: number;
}

function draftAt(drafts: Drafts, place: CellPlace, product: CellDraft['product']): CellDraft {
  const key = placeKey(place);
  let atPlace = drafts.byPlace.get(key);
  if (!atPlace) {
    atPlace = { place, bySku: new Map() };
    drafts.byPlace.set(key, atPlace);
  }
  const existing = atPlace.bySku.get(product.sku);
  if (existing) return existing;
  if (drafts.size >= drafts.maxCells) {
    throw new BadRequestError(
      `The plan touches more than ${drafts.maxCells.toLocaleString('en')} price cells; narrow its rules' products or provinces, or split the plan.`,
    );
  }
  const draft = { place: atPlace.place, product, groups: [] };
  atPlace.bySku.set(product.sku, draft);
  drafts.size += 1;
  return draft;
}

function* allDrafts(drafts: Drafts): Generator<CellDraft> {
  for (const { bySku } of drafts.byPlace.values()) yield* bySku.values();
}

/**
 * One price standard is judged across provinces: a touched cell is compared with the same place
 * (audience, SKU, channel, grade, tier) in every other province where master data has one.
 */
function addPeers(drafts: Drafts, master: MatrixMaster): void {
  const provincesOf = peerProvinces(master);
  const seen = new Set<string>();
  for (const { place, product } of [...allDrafts(drafts)]) {
    const { audience, channel, grade, tier } = place;
    const group = [audience, product.sku, channel, grade, tier].join('|');
    if (seen.has(group)) continue;
    seen.add(group);
    for (const province of provincesOf(place)) {
      const peer: CellPlace = { ...place, province, hospital: null, distributor: null };
      draftAt(drafts, peer, product);
    }
  }
}

/** Provinces with a master-data place compatible with a cell's channel, grade and tier, memoised. */
function peerProvinces(master: MatrixMaster): (place: CellPlace) => string[] {
  const memo = new Map<string, string[]>();
  return ({ audience, channel, grade, tier }) => {
    const key = [audience, channel, grade, tier].join('|');
    const known = memo.get(key);
    if (known) return known;
    const provinces = basePlaces(master, audience)
      .filter(
        (base) =>
          (base.channel === null || base.channel === channel) &&
          (base.grade === null || base.grade === grade) &&
          (base.tier === null || base.tier === tier),
      )
      .map((base) => base.province);
    const distinct = [...new Set(provinces)];
    memo.set(key, distinct);
    return distinct;
  };
}

function finishCells(drafts: Drafts, groups: readonly { codes: string[] }[]): PlanCell[] {
  const interned = new Map<string, readonly string[]>();
  const rulesOf = (ids: number[]): readonly string[] => {
    const key = ids.join(',');
    let codes = interned.get(key);
    if (!codes) {
      codes = ids.flatMap((id) => groups[id].codes);
      interned.set(key, codes);
    }
    return codes;
  };
  const cells = [...allDrafts(drafts)].map(({ place, product, groups: ids }) => ({
    ...place,
    sku: product.sku,
    category: product.category,
    touched: ids.length > 0,
    rules: rulesOf(ids),
  }));
  // One sort key per cell: comparing field by field costs seconds on a million cells.
  const keyed = cells.map((cell) => ({ cell, key: sortKey(cell) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ cell }) => cell);
}

const ORDER: readonly (keyof PlanCell)[] = [
  'audience',
  'sku',
  'channel',
  'grade',
  'tier',
  'province',
  'hospital',
  'distributor',
];

/** Cells of one comparison group sit together, provinces in code order. */
export function compareCells(a: PlanCell, b: PlanCell): number {
  const [left, right] = [sortKey(a), sortKey(b)];
  return left < right ? -1 : left > right ? 1 : 0;
}

function sortKey(cell: PlanCell): string {
  return ORDER.map((field) => cell[field] ?? '').join('\u0001');
}
