import type { CellValue, ReadTable } from '../../workbook/read-workbook';
import { parseText } from '../../workbook/cell-parsers';
import type { KnownCodes } from './master-sheet';

/**
 * Every code a row may refer to: the database's and those typed on this file's own sheets. A row
 * of those sheets with other problems still counts (its own finding says what is wrong), so one
 * typo is reported once, where it is.
 */
export interface References {
  skus: Set<string>;
  categories: Set<string>;
  distributors: Set<string>;
  hospitals: Set<string>;
  cities: Set<string>;
}

export function buildReferences(
  tables: Record<string, ReadTable | undefined>,
  known: KnownCodes,
): References {
  return {
    skus: union(known.skus, column(tables.products, 'sku')),
    categories: union(known.categories, column(tables.products, 'category')),
    distributors: union(known.distributors, column(tables.distributors, 'code')),
    hospitals: union(known.hospitals, column(tables.hospitals, 'code')),
    cities: union(known.cities, column(tables.hospitals, 'city')),
  };
}

function union(known: Set<string> | undefined, typed: string[]): Set<string> {
  return new Set([...(known ?? []), ...typed]);
}

function column(table: ReadTable | undefined, key: string): string[] {
  if (!table) return [];
  return table.rows.flatMap(({ cells }) => textOf(cells[key]));
}

function textOf(cell: CellValue | undefined): string[] {
  const parsed = parseText(cell);
  return parsed.ok && parsed.value !== null ? [parsed.value] : [];
}
