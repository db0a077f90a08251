import { parseDate } from '../../workbook/cell-parsers';
import type { RowContext } from './row-context';

/** A start/end pair as read: null when empty, undefined when the cell was wrong (reported). */
export interface DateRange {
  start: string | null | undefined;
  end: string | null | undefined;
}

/** Reads 开始日期 Start and 结束日期 End (inclusive); an end before the start is reported on End. */
export function readDateRange(
  context: RowContext,
  date1904: boolean,
  required: boolean,
): DateRange {
  const parse = (cell: Parameters<typeof parseDate>[0]) => parseDate(cell, { date1904 });
  const start = required ? context.require('start', parse) : context.read('start', parse);
  let end = required ? context.require('end', parse) : context.read('end', parse);
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    context.report(
      'end',
      'END_BEFORE_START',
      `The end ${end} is before the start ${start}: correct one of them.`,
    );
    end = undefined;
  }
  return { start, end };
}
