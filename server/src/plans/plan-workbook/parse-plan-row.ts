import { BUDGET_POLICIES, PLAN_LEVELS, REASONS } from '../../domain/codes';
import type { PlanHeader } from '../../domain/plan';
import { parseCode, parseMoney, parseText } from '../../workbook/cell-parsers';
import { parseCodeText } from './code-syntax';
import { readDateRange, type DateRange } from './date-range';
import type { RowContext } from './row-context';

/** A row of 计划 Plans as far as it could be read; `header` only when the row is sound. */
export interface PlanRow {
  context: RowContext;
  planCode: string | undefined;
  /** The parent plan's code as read; null when empty, undefined when unreadable. */
  parent: string | null | undefined;
  dates: DateRange;
  header?: PlanHeader;
}

export function parsePlanRow(context: RowContext, date1904: boolean): PlanRow {
  const planCode = context.require('planCode', parseCodeText);
  const name = context.require('name', parseText);
  const level = context.require('level', (cell) => parseCode(cell, PLAN_LEVELS), {
    UNKNOWN_CODE: 'UNKNOWN_LEVEL',
  });
  const parent = context.read('parent', parseCodeText);
  const dates = readDateRange(context, date1904, true);
  const budget = context.read('budget', parseMoney);
  const budgetPolicy = context.read('budgetPolicy', (cell) => parseCode(cell, BUDGET_POLICIES), {
    UNKNOWN_CODE: 'UNKNOWN_BUDGET_POLICY',
  });
  const owner = context.read('owner', parseText);
  const reason = context.read('reason', (cell) => parseCode(cell, REASONS), {
    UNKNOWN_CODE: 'UNKNOWN_REASON',
  });
  const notes = context.read('notes', parseText);

  if (parent !== undefined && parent !== null && parent === planCode) {
    context.report(
      'parent',
      'PARENT_IS_SELF',
      `Plan ${planCode} cannot be its own parent: name the parent plan's code or leave the cell empty.`,
    );
  }
  if (context.failed) return { context, planCode, parent, dates };
  // Not failed: every required read returned a value and every optional one a value or null.
  const header = {
    planCode,
    name,
    level,
    parent,
    start: dates.start,
    end: dates.end,
    budget,
    ...(budgetPolicy === 'REJECT_LINE' ? { budgetPolicy } : {}),
    owner,
    reason,
    notes,
  };
  return { context, planCode, parent, dates, header: header as PlanHeader };
}
