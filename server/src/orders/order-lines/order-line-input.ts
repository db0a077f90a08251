import type { Audience, Channel, Grade } from '../../domain/codes';

/** One order line as read from an order-lines file (SPEC 3.3), before any master-data lookup. */
export interface OrderLineInput {
  /** Excel row number, or the CSV line the record starts on. */
  row: number;
  orderNo: string;
  lineNo: number;
  /** An ISO instant with offset ("2026-12-10T10:30:00+08:00"), or a bare ISO date meaning that
   *  Asia/Shanghai date ("2026-12-10"). */
  pricingDate: string;
  sku: string;
  qty: number;
  audience: Audience;
  hospital: string | null;
  distributor: string | null;
  lot: string | null;
  /** ISO date. */
  expiry: string | null;
  /** GB/T 2260 code; overrides the hospital's or distributor's province. */
  province: string | null;
  channel: Channel | null;
  grade: Grade | null;
}
