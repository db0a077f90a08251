import { CHANNELS, GRADES, TIERS, type Channel, type Grade, type Tier } from '../../domain/codes';
import { resolveProvince } from '../../domain/provinces';
import { cachedResolveCode } from '../../workbook/cached-resolve';
import { allowedCodes, parseList } from '../../workbook/cell-parsers';
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

/** A problem with a list item; `fix` may be built only when needed (it can be long). */
export interface ListProblem {
  code: string;
  fix: string | (() => string);
}

/**
 * The items of a list cell, each resolved; the unknown ones make one finding for the cell.
 * Undefined when the cell is wrong.
 */
export function readResolvedList<T>(
  context: RowContext,
  key: string,
  resolve: Resolve<T>,
  problem: ListProblem,
): T[] | undefined {
  const items = context.read(key, parseList);
  if (items === undefined) return undefined;
  if (items.length === 0) return [];
  const values: T[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const value = resolve(item);
    if (value === undefined) unknown.push(`"${item}"`);
    else if (!values.includes(value)) values.push(value);
  }
  if (unknown.length === 0) return values;
  const fix = typeof problem.fix === 'string' ? problem.fix : problem.fix();
  context.report(key, problem.code, `Unknown ${unknown.join(', ')}: ${fix}`);
  return undefined;
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
  const resolve = (item: string) => cachedResolveCode(vocabulary, item);
  return readResolvedList(context, key, resolve, {
    code,
    fix: () => `use ${allowedCodes(vocabulary)}.`,
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
