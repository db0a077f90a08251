import type { OrderLineInput } from '../orders/order-lines';

type DemoLine = Omit<
  OrderLineInput,
  | 'row'
  | 'orderNo'
  | 'pricingDate'
  | 'audience'
  | 'hospital'
  | 'distributor'
  | 'province'
  | 'channel'
  | 'grade'
>;

interface DemoOrder {
  orderNo: string;
  pricingDate: string;
  audience: OrderLineInput['audience'];
  hospital: string | null;
  distributor: string | null;
  lines: DemoLine[];
}

/**
 * Three December 2026 orders under the example plans: a Zhejiang T1 distributor's order (R01,
 * R02 in and out of its band, R12 after R13, R14 over its threshold), a private hospital's
 * consumables and reagents (R10 beating R11, R15), and a public 3A hospital in Guangdong (R03, R04).
 */
export const DEMO_ORDERS: DemoOrder[] = [
  {
    orderNo: 'SO-202612-001',
    pricingDate: '2026-12-03',
    audience: 'DISTRIBUTOR',
    hospital: null,
    distributor: 'D-ZJ01',
    lines: [
      { lineNo: 1, sku: 'DES-3018', qty: 30, lot: 'DS2609A12', expiry: '2028-08-31' },
      { lineNo: 2, sku: 'BC-2015', qty: 60, lot: 'BC2607K03', expiry: '2028-06-30' },
      { lineNo: 3, sku: 'NCB-3012', qty: 20, lot: 'NC2608M21', expiry: '2028-07-31' },
      { lineNo: 4, sku: 'OT-LP08', qty: 40, lot: 'LP2605B07', expiry: '2031-04-30' },
    ],
  },
  {
    orderNo: 'SO-202612-002',
    pricingDate: '2026-12-10T10:30:00+08:00',
    audience: 'HOSPITAL',
    hospital: 'SHH002',
    distributor: null,
    lines: [
      { lineNo: 1, sku: 'CS-MASK50', qty: 150, lot: 'MK2610C15', expiry: '2028-10-14' },
      { lineNo: 2, sku: 'CS-GLOVE100', qty: 80, lot: 'GL2609D02', expiry: '2029-08-31' },
      { lineNo: 3, sku: 'IVD-CTNI', qty: 10, lot: 'CT2611E08', expiry: '2027-11-30' },
    ],
  },
  {
    orderNo: 'SO-202612-003',
    pricingDate: '2026-12-18T14:00:00+08:00',
    audience: 'HOSPITAL',
    hospital: 'GDH001',
    distributor: null,
    lines: [
      { lineNo: 1, sku: 'GW-0140', qty: 50, lot: 'GW2608F11', expiry: '2029-07-31' },
      { lineNo: 2, sku: 'DES-3524', qty: 10, lot: 'DS2610A30', expiry: '2028-09-30' },
      { lineNo: 3, sku: 'GW-0335', qty: 30, lot: 'GZ2609G05', expiry: '2029-08-31' },
    ],
  },
];

/** The example lines as the order-lines parser returns them (row = Excel row, header on row 1). */
export const DEMO_ORDER_LINES: OrderLineInput[] = DEMO_ORDERS.flatMap(({ lines, ...order }) =>
  lines.map((line) => ({ ...order, ...line, province: null, channel: null, grade: null })),
).map((line, index) => ({ row: index + 2, ...line }));
