import { MECHANICS, TIER_MODES, type Mechanic, type TierMode } from '../../domain/codes';
import type { RebateTier } from '../../domain/plan';
import {
  asCell,
  cellText,
  parseCode,
  parseInteger,
  parseMoney,
  parsePercent,
  parseText,
} from '../../workbook/cell-parsers';
import type { MasterLookups } from './master-lookup';
import type { RowContext } from './row-context';
import { readResolvedList } from './rule-dimensions';
import { parseRebateTiers } from './rule-syntax';

/** The columns whose meaning depends on the mechanic. */
export interface MechanicFields {
  value: string | null;
  rebateTiers: RebateTier[];
  tierMode: TierMode | null;
  freeSku: string | null;
  everyN: number | null;
  freeQty: number | null;
  bundleSkus: string[];
  bundleMinQty: number | null;
}
type FieldKey = keyof MechanicFields;

/** What each mechanic needs filled in; every other mechanic column must stay empty. */
const NEEDS: Record<Mechanic, readonly FieldKey[]> = {
  PCT_OFF: ['value'],
  AMOUNT_OFF: ['value'],
  FIXED_PRICE: ['value'],
  ORDER_PCT_OFF: ['value'],
  ORDER_AMOUNT_OFF: ['value'],
  BUNDLE: ['value', 'bundleSkus', 'bundleMinQty'],
  FREE_GOODS: ['freeSku', 'everyN', 'freeQty'],
  TIERED_REBATE: ['rebateTiers', 'tierMode'],
  CHARGEBACK: [],
};

/** A percentage off for these, an amount (CNY) for the other mechanics with a value. */
const PERCENT_VALUE: readonly Mechanic[] = ['PCT_OFF', 'ORDER_PCT_OFF', 'BUNDLE'];

const EMPTY: MechanicFields = {
  value: null,
  rebateTiers: [],
  tierMode: null,
  freeSku: null,
  everyN: null,
  freeQty: null,
  bundleSkus: [],
  bundleMinQty: null,
};

const UNKNOWN_SKU = {
  code: 'UNKNOWN_SKU',
  fix: 'use SKUs from the master data (categories are not allowed here).',
};

type Reader<K extends FieldKey> = (
  context: RowContext,
  lookups: MasterLookups,
  mechanic: Mechanic,
) => MechanicFields[K] | undefined;

const READERS: { [K in FieldKey]: Reader<K> } = {
  value: (context, _lookups, mechanic) =>
    context.read('value', PERCENT_VALUE.includes(mechanic) ? parsePercent : parseMoney),
  rebateTiers: (context) => context.read('rebateTiers', parseRebateTiers),
  tierMode: (context) =>
    context.read('tierMode', (cell) => parseCode(cell, TIER_MODES), {
      UNKNOWN_CODE: 'UNKNOWN_TIER_MODE',
    }),
  freeSku: (context, lookups) => {
    const list = readResolvedList(
      context,
      'freeSku',
      (item) => lookups.skus.find(item),
      UNKNOWN_SKU,
    );
    if (list === undefined) return undefined;
    if (list.length > 1) context.report('freeSku', 'BAD_FREE_SKU', 'Name one free SKU.');
    return list.length > 1 ? undefined : (list[0] ?? null);
  },
  everyN: (context) => context.read('everyN', (cell) => parseInteger(cell, { min: 1 })),
  freeQty: (context) => context.read('freeQty', (cell) => parseInteger(cell, { min: 1 })),
  bundleSkus: (context, lookups) =>
    readResolvedList(context, 'bundleSkus', (item) => lookups.skus.find(item), UNKNOWN_SKU),
  bundleMinQty: (context) => context.read('bundleMinQty', (cell) => parseInteger(cell, { min: 1 })),
};

/**
 * The mechanic's own columns: those it needs must be filled, the rest must be empty (a warning,
 * and the value is dropped). With an unknown mechanic nothing here can be judged.
 */
export function readMechanicFields(
  context: RowContext,
  lookups: MasterLookups,
  mechanic: Mechanic | undefined,
): Partial<MechanicFields> {
  if (mechanic === undefined) return {};
  const fields: Partial<MechanicFields> = {};
  for (const key of Object.keys(EMPTY) as FieldKey[]) {
    const needed = NEEDS[mechanic].includes(key);
    const value = needed
      ? readNeeded(context, lookups, mechanic, key)
      : readUnused(context, key, mechanic);
    if (value !== undefined) Object.assign(fields, { [key]: value });
  }
  return fields;
}

function readNeeded(
  context: RowContext,
  lookups: MasterLookups,
  mechanic: Mechanic,
  key: FieldKey,
): MechanicFields[FieldKey] | undefined {
  const value = READERS[key](context, lookups, mechanic);
  if (value === undefined) return undefined;
  if (value === null || (Array.isArray(value) && value.length === 0)) {
    if (context.absenceExplained(key)) return undefined;
    const name = `${mechanic} (${MECHANICS[mechanic]})`;
    context.report(
      key,
      'MISSING_MECHANIC_FIELD',
      `A ${name} rule needs ${context.columnName(key)}: fill it in.`,
    );
    return undefined;
  }
  return value;
}

function readUnused(
  context: RowContext,
  key: FieldKey,
  mechanic: Mechanic,
): MechanicFields[FieldKey] {
  const cell = asCell(context.cell(key));
  if (cell.error !== undefined || cellText(cell) !== '') {
    const text = parseText(cell);
    const shown = text.ok ? `"${text.value}"` : 'this cell';
    context.report(
      key,
      'UNUSED_FIELD',
      `${mechanic} rules do not use ${context.columnName(key)}, so ${shown} is ignored: clear the cell or choose another mechanic.`,
      'WARN',
    );
  }
  return EMPTY[key];
}
