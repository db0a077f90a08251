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
  const drafts = new Map<string, CellDraft>();
  groups.forEach((group, id) => {
    const products = ruleProducts(group.rule, master);
    if (products.length === 0) return;
    for (const place of rulePlaces(group.rule, master)) {
      const prefix = placeKey(place);
      for (const product of products) {
        const draft = draftAt(drafts, `${prefix}|${product.sku}`, place, product, maxCells);
        if (draft.groups.at(-1) !== id) draft.groups.push(id);
      }
    }
  });
  if (options.peers ?? true) addPeers(drafts, master, maxCells);
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

function draftAt(
  drafts: Map<string, CellDraft>,
  key: string,
  place: CellPlace,
  product: CellDraft['product'],
  maxCells: number,
): CellDraft {
  const existing = drafts.get(key);
  if (existing) return existing;
  if (drafts.size >= maxCells) {
    throw new BadRequestError(
      `The plan touches more than ${maxCells.toLocaleString('en')} price cells; narrow its rules' products or provinces, or split the plan.`,
    );
  }
  const draft = { place, product, groups: [] };
  drafts.set(key, draft);
  return draft;
}

/**
 * One price standard is judged across provinces: a touched cell is compared with the same place
 * (audience, SKU, channel, grade, tier) in every other province where master data has one.
 */
function addPeers(drafts: Map<string, CellDraft>, master: MatrixMaster, maxCells: number): void {
  const provincesOf = peerProvinces(master);
  const seen = new Set<string>();
  for (const { place, product } of [...drafts.values()]) {
    const { audience, channel, grade, tier } = place;
    const group = [audience, product.sku, channel, grade, tier].join('|');
    if (seen.has(group)) continue;
    seen.add(group);
    for (const province of provincesOf(place)) {
      const peer: CellPlace = { ...place, province, hospital: null, distributor: null };
      draftAt(drafts, `${placeKey(peer)}|${product.sku}`, peer, product, maxCells);
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

function finishCells(
  drafts: Map<string, CellDraft>,
  groups: readonly { codes: string[] }[],
): PlanCell[] {
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
  const cells = [...drafts.values()].map(({ place, product, groups: ids }) => ({
    ...place,
    sku: product.sku,
    category: product.category,
    touched: ids.length > 0,
    rules: rulesOf(ids),
  }));
  return cells.sort(compareCells);
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
  for (const field of ORDER) {
    const left = String(a[field] ?? '');
    const right = String(b[field] ?? '');
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}
