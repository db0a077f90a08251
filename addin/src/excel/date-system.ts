import type { DateSystem } from './serial-dates';

/**
 * Which date system the workbook uses. The JavaScript API has no property for it, but DATE()
 * evaluated by the workbook (no cell written) answers: 1904-01-01 is serial 0 only in 1904.
 * Queued only; the value is there after the caller's next sync.
 */
export function queueDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  return () => (probe.value === 0 ? '1904' : '1900');
}
