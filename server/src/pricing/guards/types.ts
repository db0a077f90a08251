/**
 * The contract of one compliance guard (SPEC 5). A guard looks at one priced line and the plain
 * compliance facts its caller resolved for that line's SKU, province, distributor and date, and
 * says what is wrong, who caused it and what would fix it. Pure: no I/O, no clock.
 */
import type { DeviceClass, Reason } from '../../domain/codes';
import type { Severity } from '../../domain/finding';
import type { AuthorizationRow, LicenseRow } from '../../master/master-workbook';
import type { RuleRef } from '../trace';
import type { PricedLine, PricingLine } from '../types';

export interface GuardProduct {
  category: string;
  deviceClass: DeviceClass;
  /** Registration certificate (or Class I filing) valid to, inclusive; null = no end. */
  certValidTo: string | null;
  /** Ex-VAT, CNY; null when the master data has none. */
  standardCost: string | null;
}

/**
 * What the guards know about a line on its pricing date. Money keeps its own tax basis:
 * platform and VBP prices are tax-inclusive, standard cost is ex-VAT.
 */
export interface GuardFacts {
  /** ISO business date the line is priced on. */
  date: string;
  product: GuardProduct;
  /** VAT rate of the line's price-list entry, a fraction ("0.13"). */
  vatRate: string;
  /** The 挂网价 of the SKU in the line's province on the date; null when not listed. */
  listedPrice: string | null;
  /** The lowest 挂网价 of the SKU in any province on the date. */
  lowestListing: { province: string; price: string } | null;
  /** The VBP award covering the SKU in the line's province on the date. */
  vbpAward: { program: string; selectedPrice: string } | null;
  /** Every validity of the line distributor's licences (past ones explain, later ones renew). */
  licenses: LicenseRow[];
  /** The line distributor's authorisations valid on the date. */
  authorizations: AuthorizationRow[];
  /** 两票制 applies to the line's province, hospital ownership and device class on the date. */
  twoInvoice: boolean;
  /** The reason code of each plan version, keyed "PLAN@version". */
  planReasons: Readonly<Record<string, Reason | null>>;
}

export interface GuardInput {
  line: PricingLine;
  priced: PricedLine;
  facts: GuardFacts;
  /** Settlement rules (rebates, chargebacks) that reach the line: they accrue, not discount. */
  rebates: readonly RuleRef[];
}

/** The rule-sheet columns a finding can point at (keys of the plan workbook's 规则 Rules sheet). */
export type RuleColumnKey =
  'mechanic' | 'products' | 'provinces' | 'tiers' | 'distributors' | 'value' | 'end';

export interface GuardHit {
  /** What is wrong and what would fix it. */
  message: string;
  /** The rules whose benefit caused it; empty when the line's product or parties cause it. */
  rules: RuleRef[];
  /** The column of a responsible rule's row most worth changing. */
  column: RuleColumnKey;
}

/** What a hit is about when no rule caused it: who a planner's rule would have to stop naming. */
export type GuardSubject = 'price' | 'product' | 'distributor';

export interface ComplianceGuard {
  code: string;
  severity: Severity;
  subject: GuardSubject;
  /** False when only the line's product or parties can cause a hit, never a rule's benefit. */
  blamesRules: boolean;
  check(input: GuardInput): GuardHit | null;
}
