/** Small readings of a priced line that several guards share. */
import { provinceName } from '../../domain/provinces';
import { type Decimal, formatMoney, parseMoney } from '../money';
import type { RuleRef } from '../trace';
import type { PricedLine, PricingLine } from '../types';

export function appliedRef(applied: PricedLine['applied'][number]): RuleRef {
  return `${applied.plan}@${applied.version}/${applied.rule}`;
}

/** Rules that gave the line money off or goods free, in the order they were applied. */
export function benefitRules(priced: PricedLine): RuleRef[] {
  const refs = priced.applied.filter((applied) => applied.amount.gt(0)).map(appliedRef);
  for (const goods of priced.freeGoods) refs.push(goods.rule);
  return [...new Set(refs)];
}

/** A tax-inclusive unit price times the line's quantity, to compare with its net amount exactly. */
export function perLine(unitPrice: string, qty: number): Decimal {
  return parseMoney(unitPrice).times(qty);
}

export function netUnitText(priced: PricedLine): string {
  return formatMoney(priced.netAmount.dividedBy(priced.qty));
}

/** "四川 (510000)", or "no province" for a scenario line without one. */
export function placeOf(line: PricingLine): string {
  return line.province === null ? 'no province' : provinceText(line.province);
}

export function provinceText(code: string): string {
  return `${provinceName(code)} (${code})`;
}

/** "ZJ-2026@1/R04, Q4-2026@1/R11" */
export function listRules(rules: readonly RuleRef[]): string {
  return rules.join(', ');
}

/** ISO dates compare as text; ValidFrom and ValidTo are inclusive and a null ValidTo never ends. */
export function isValidOn(row: { validFrom: string; validTo: string | null }, date: string) {
  return row.validFrom <= date && (row.validTo === null || date <= row.validTo);
}
