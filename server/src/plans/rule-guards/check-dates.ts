/**
 * The dates a cell is priced on: a rule's first day, and every day inside its window on which a
 * fact about the cell's SKU or distributor changes (a listing, a VBP award, a price, a
 * certificate, a licence or an authorisation starts or ends). Between those days nothing the
 * guards read changes, so the cell prices the same.
 */
import { addDays } from '../../pricing/business-date';
import type { ComplianceBook } from '../../pricing/guards';

type Validity = { validFrom: string; validTo: string | null };

export function factChanges(book: ComplianceBook) {
  const memo = new Map<string, string[]>();
  return (sku: string, distributor: string | null): string[] => {
    const key = `${sku}|${distributor ?? ''}`;
    let days = memo.get(key);
    if (!days) {
      days = changeDays(book, sku, distributor);
      memo.set(key, days);
    }
    return days;
  };
}

/**
 * The window's first day and each day inside it on which a fact changes; its last day too when
 * `withEnd`, for what worsens as time passes without a change (a licence nearing its expiry).
 */
/** checkDates for a cell, remembered: a large plan's rules share a few windows and cells. */
export function cellDates(book: ComplianceBook) {
  const changes = factChanges(book);
  const memo = new Map<string, string[]>();
  return (window: string, sku: string, distributor: string | null, withEnd: boolean) => {
    const key = `${window}|${sku}|${distributor ?? ''}|${withEnd}`;
    let dates = memo.get(key);
    if (!dates) {
      dates = checkDates(window, changes(sku, distributor), withEnd);
      memo.set(key, dates);
    }
    return dates;
  };
}

export function checkDates(window: string, changes: readonly string[], withEnd: boolean): string[] {
  const [start, end] = window.split('|') as [string, string];
  const dates = new Set<string>([start]);
  if (withEnd) dates.add(end);
  for (const day of changes) if (start < day && day <= end) dates.add(day);
  return [...dates].sort();
}

function changeDays(book: ComplianceBook, sku: string, distributor: string | null): string[] {
  const validities: Validity[] = [
    ...(book.listingsBySku.get(sku) ?? []),
    ...(book.awardsBySku.get(sku) ?? []),
    ...book.prices.filter((price) => price.sku === sku),
    ...book.twoInvoice,
  ];
  if (distributor !== null) {
    validities.push(...(book.licensesByDistributor.get(distributor) ?? []));
    validities.push(...(book.authorizationsByDistributor.get(distributor) ?? []));
  }
  const days = new Set<string>();
  for (const { validFrom, validTo } of validities) {
    days.add(validFrom);
    if (validTo !== null) days.add(addDays(validTo, 1));
  }
  const certEnd = book.products.get(sku)?.certValidTo;
  if (certEnd) days.add(addDays(certEnd, 1));
  return [...days];
}
