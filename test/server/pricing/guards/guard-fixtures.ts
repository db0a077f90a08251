import type { Mechanic } from '../../../../server/src/domain/codes';
import type { GuardFacts, GuardInput } from '../../../../server/src/pricing/guards';
import { Decimal, sumMoney } from '../../../../server/src/pricing/money';
import type { PricedLine, PricingLine } from '../../../../server/src/pricing/types';

/** A hospital line for one unit of GW-0335 (导丝, Class II) at a public 3A hospital in 四川. */
export function lineOf(fields: Partial<PricingLine> = {}): PricingLine {
  return {
    orderNo: 'O-1',
    lineNo: 1,
    sku: 'GW-0335',
    category: '导丝',
    qty: 1,
    audience: 'HOSPITAL',
    province: '510000',
    city: '成都',
    channel: 'PUBLIC_HOSPITAL',
    grade: '3A',
    tier: null,
    distributor: null,
    hospital: 'SCH001',
    lotExpiry: null,
    listUnitPrice: '330.00',
    ...fields,
  };
}

export interface Discount {
  rule: string;
  amount: string;
  mechanic?: Mechanic;
}

/** The engine's result for the line, by hand: net = list × qty − Σ discounts. */
export function pricedOf(
  line: PricingLine,
  discounts: Discount[] = [],
  freeGoods: PricedLine['freeGoods'] = [],
  trace: PricedLine['trace'] = [],
): PricedLine {
  const listUnitPrice = new Decimal(line.listUnitPrice);
  const grossAmount = listUnitPrice.times(line.qty);
  const discountAmount = sumMoney(discounts.map((discount) => new Decimal(discount.amount)));
  const netAmount = grossAmount.minus(discountAmount);
  return {
    orderNo: line.orderNo,
    lineNo: line.lineNo,
    sku: line.sku,
    qty: line.qty,
    listUnitPrice,
    grossAmount,
    discountAmount,
    netAmount,
    netUnitPrice: netAmount.dividedBy(line.qty).toDecimalPlaces(2),
    applied: discounts.map(({ rule, amount, mechanic }) => {
      const [plan, version, code] = /^(.+)@(\d+)\/(.+)$/.exec(rule)!.slice(1);
      return {
        plan,
        version: Number(version),
        rule: code,
        mechanic: mechanic ?? 'AMOUNT_OFF',
        amount: new Decimal(amount),
        truncated: false,
      };
    }),
    freeGoods,
    findings: [],
    trace,
  };
}

export function factsOf(fields: Partial<GuardFacts> = {}): GuardFacts {
  return {
    date: '2026-12-03',
    product: {
      category: '导丝',
      deviceClass: 'II',
      certValidTo: '2027-04-12',
      standardCost: '85.00',
    },
    vatRate: '0.13',
    listedPrice: '330.00',
    lowestListing: { province: '510000', price: '298.00' },
    vbpAward: null,
    licenses: [],
    authorizations: [],
    twoInvoice: false,
    planReasons: {},
    ...fields,
  };
}

export function inputOf(
  line: PricingLine,
  priced: PricedLine,
  facts: Partial<GuardFacts> = {},
  rebates: string[] = [],
): GuardInput {
  return { line, priced, facts: factsOf(facts), rebates };
}
