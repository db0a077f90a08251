import {
  CHANNELS,
  GRADES,
  resolveCode,
  TIERS,
  type Channel,
  type Grade,
  type Tier,
} from '../../domain/codes';
import { resolveProvince } from '../../domain/provinces';
import { parseList } from '../../workbook/cell-parsers';
import type { MasterLookups } from './master-lookup';
import type { RowContext } from './row-context';

/** The dimension filters of a rule; each empty list means "any". */
export interface RuleDimensions {
  skus: string[];
  categories: string[];
  provinces: string[];
  channels: Channel[];
  grades: Grade[];
  tiers: Tier[];
  distributors: string[];
  hospitals: string[];
}

type Resolve<T> = (item: string) => T | undefined;

/**
 * The items of a list cell, each resolved; the unknown ones make one finding for the cell.
 * Undefined when the cell is wrong.
 */
export function readResolvedList<T>(
  context: RowContext,
  key: string,
  resolve: Resolve<T>,
  problem: { code: string; fix: string },
): T[] | undefined {
  const items = context.read(key, parseList);
  if (items === undefined) return undefined;
  const resolved = items.map((item) => ({ item, value: resolve(item) }));
  const unknown = resolved.filter((entry) => entry.value === undefined).map((entry) => entry.item);
  if (unknown.length > 0) {
    const list = unknown.map((item) => `"${item}"`).join(', ');
    context.report(key, problem.code, `Unknown ${list}: ${problem.fix}`);
    return undefined;
  }
  return [...new Set(resolved.map((entry) => entry.value as T))];
}

export function readDimensions(
  context: RowContext,
  lookups: MasterLookups,
): Partial<RuleDimensions> {
  return {
    ...readProducts(context, lookups),
    provinces: readResolvedList(context, 'provinces', resolveProvince, {
      code: 'UNKNOWN_PROVINCE',
      fix: 'use province names (浙江, 浙江省) or GB/T 2260 codes (330000).',
    }),
    channels: readCodes(context, 'channels', CHANNELS, 'UNKNOWN_CHANNEL'),
    grades: readCodes(context, 'grades', GRADES, 'UNKNOWN_GRADE'),
    tiers: readCodes(context, 'tiers', TIERS, 'UNKNOWN_TIER'),
    distributors: readResolvedList(
      context,
      'distributors',
      (item) => lookups.distributors.find(item),
      {
        code: 'UNKNOWN_DISTRIBUTOR',
        fix: 'use distributor codes from the master data.',
      },
    ),
    hospitals: readResolvedList(context, 'hospitals', (item) => lookups.hospitals.find(item), {
      code: 'UNKNOWN_HOSPITAL',
      fix: 'use hospital codes from the master data.',
    }),
  };
}

function readCodes<V extends Record<string, string>>(
  context: RowContext,
  key: string,
  vocabulary: V,
  code: string,
): (keyof V & string)[] | undefined {
  const allowed = Object.entries(vocabulary)
    .map(([value, label]) => `${value} (${label})`)
    .join(', ');
  return readResolvedList(context, key, (item) => resolveCode(vocabulary, item), {
    code,
    fix: `use ${allowed}.`,
  });
}

/** 产品 Products: each item is a known SKU or a known category (SKUs win a tie). */
function readProducts(
  context: RowContext,
  lookups: MasterLookups,
): Pick<Partial<RuleDimensions>, 'skus' | 'categories'> {
  const products = readResolvedList(context, 'products', (item) => resolveProduct(item, lookups), {
    code: 'UNKNOWN_SKU',
    fix: 'use SKUs or product categories from the master data, or leave the cell empty for all products.',
  });
  if (products === undefined) return {};
  const codesOf = (kind: 'sku' | 'category') => [
    ...new Set(products.filter((product) => product.kind === kind).map((product) => product.code)),
  ];
  return { skus: codesOf('sku'), categories: codesOf('category') };
}

function resolveProduct(item: string, lookups: MasterLookups) {
  const sku = lookups.skus.find(item);
  if (sku !== undefined) return { kind: 'sku' as const, code: sku };
  const category = lookups.categories.find(item);
  return category === undefined ? undefined : { kind: 'category' as const, code: category };
}
