import { parseDate } from '../../workbook/cell-parsers';
import type { RowReader } from './row-reader';

export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The ValidFrom and ValidTo cells of a row (keys `validFrom`, `validTo`); a ValidTo before its
 * ValidFrom is a finding. `what` names the fact in the message ("The listing").
 */
export function readValidity(
  reader: RowReader,
  date1904: boolean,
  what: string,
  toRequired = false,
): Validity {
  const validFrom = reader.required('validFrom', (cell) => parseDate(cell, { date1904 }));
  const read = toRequired ? reader.required.bind(reader) : reader.optional.bind(reader);
  const validTo = read('validTo', (cell) => parseDate(cell, { date1904 }));
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    const message = `${what} ends on ${validTo}, before it starts on ${validFrom}: correct one of the dates.`;
    reader.report('validTo', 'END_BEFORE_START', message);
  }
  return { validFrom, validTo };
}

/** Inclusive on both ends; a null end runs forever. ISO dates compare as strings. */
export function isValidOn(validity: { validFrom: string; validTo: string | null }, date: string) {
  return validity.validFrom <= date && (validity.validTo === null || validity.validTo >= date);
}

/** True when two validities share at least one day. */
export function overlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): boolean {
  return (
    (a.validTo === null || a.validTo >= b.validFrom) &&
    (b.validTo === null || b.validTo >= a.validFrom)
  );
}
