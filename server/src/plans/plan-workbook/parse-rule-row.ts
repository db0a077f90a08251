import { AUDIENCES, MECHANICS, STACKINGS } from '../../domain/codes';
import type { RuleSpec, SourceRef } from '../../domain/plan';
import { parseCode, parseInteger, parseMoney, parseText } from '../../workbook/cell-parsers';
import { parseCodeText } from './code-syntax';
import { readDateRange, type DateRange } from './date-range';
import type { MasterLookups } from './master-lookup';
import type { RowContext } from './row-context';
import { readDimensions } from './rule-dimensions';
import { readMechanicFields } from './rule-mechanics';
import { parseInventory } from './rule-syntax';

/** A row of 规则 Rules as far as it could be read; `rule` only when the row is sound. */
export interface RuleRow {
  context: RowContext;
  planCode: string | undefined;
  ruleCode: string | undefined;
  dates: DateRange;
  rule?: RuleSpec & { source: SourceRef };
}

const DEFAULT_STACKING = 'ON_BASE';
const DEFAULT_PRIORITY = 1;

export function parseRuleRow(
  context: RowContext,
  lookups: MasterLookups,
  date1904: boolean,
): RuleRow {
  const planCode = context.require('planCode', parseCodeText);
  const ruleCode = context.require('ruleCode', parseCodeText);
  const mechanic = context.require('mechanic', (cell) => parseCode(cell, MECHANICS), {
    UNKNOWN_CODE: 'UNKNOWN_MECHANIC',
  });
  const audience = context.require(
    'audience',
    (cell) => parseCode(cell, AUDIENCES),
    { UNKNOWN_CODE: 'UNKNOWN_AUDIENCE' },
    'MISSING_AUDIENCE',
  );
  const dimensions = readDimensions(context, lookups);
  const inventory = context.read('inventory', parseInventory);
  const quantities = readQuantities(context);
  const minAmount = context.read('minAmount', parseMoney);
  const mechanicFields = readMechanicFields(context, lookups, mechanic);
  const conflict = readConflictFields(context);
  const lineCap = context.read('lineCap', parseMoney);
  const orderCap = context.read('orderCap', parseMoney);
  const dates = readDateRange(context, date1904, false);

  if (context.failed) return { context, planCode, ruleCode, dates };
  // Not failed: every required read returned a value and every optional one a value or null.
  const rule = {
    planCode,
    ruleCode,
    mechanic,
    audience,
    ...dimensions,
    inventory,
    ...quantities,
    minAmount,
    ...mechanicFields,
    ...conflict,
    lineCap,
    orderCap,
    start: dates.start,
    end: dates.end,
    source: { sheet: context.sheet, row: context.row },
  };
  return { context, planCode, ruleCode, dates, rule: rule as RuleSpec & { source: SourceRef } };
}

/** The eligibility band and the benefit cap; a band whose minimum exceeds its maximum is reported. */
function readQuantities(context: RowContext) {
  const quantity = (cell: Parameters<typeof parseInteger>[0]) => parseInteger(cell, { min: 0 });
  const minQty = context.read('minQty', quantity);
  let maxQty = context.read('maxQty', quantity);
  const maxDiscountedQty = context.read('maxDiscountedQty', (cell) =>
    parseInteger(cell, { min: 1 }),
  );
  if (typeof minQty === 'number' && typeof maxQty === 'number' && minQty > maxQty) {
    context.report(
      'maxQty',
      'MIN_ABOVE_MAX',
      `MinQty ${minQty} is above MaxQty ${maxQty}: the band would admit no line; correct one of them.`,
    );
    maxQty = undefined;
  }
  return { minQty, maxQty, maxDiscountedQty };
}

/** Stacking (default ON_BASE), exclusion group and priority (1–99, default 1). */
function readConflictFields(context: RowContext) {
  const stacking = context.read('stacking', (cell) => parseCode(cell, STACKINGS), {
    UNKNOWN_CODE: 'UNKNOWN_STACKING',
  });
  const exclusionGroup = context.read('exclusionGroup', parseText);
  const priority = context.read('priority', (cell) => parseInteger(cell, { min: 1, max: 99 }), {
    OUT_OF_RANGE: 'PRIORITY_OUT_OF_RANGE',
  });
  return {
    stacking: stacking === null ? DEFAULT_STACKING : stacking,
    exclusionGroup,
    priority: priority === null ? DEFAULT_PRIORITY : priority,
  };
}
