import { AUDIENCES } from '../domain/codes';
import { DEMO_ORDER_LINES, DEMO_ORDERS } from './demo-orders';
import { excelDate, type SheetCell, writeSheets } from './sheet-writer';

const HEADER = [
  '订单号 OrderNo',
  '行号 LineNo',
  '定价日期 PricingDate',
  'SKU',
  '数量 Qty',
  '对象 Audience',
  '医院 Hospital',
  '经销商 Distributor',
  '批号 Lot',
  '效期 Expiry',
];

/**
 * The example order lines as a SPEC 3.3 workbook (订单行 Lines). Pricing dates come as an Excel
 * date, a date-time with its offset, and a date-time typed without one (Shanghai time).
 */
export function buildExampleOrderLinesWorkbook(): Promise<Buffer> {
  const rows = DEMO_ORDER_LINES.map((line): SheetCell[] => [
    line.orderNo,
    line.lineNo,
    pricingDateCell(line.orderNo, line.pricingDate),
    line.sku,
    line.qty,
    line.audience === 'DISTRIBUTOR' ? AUDIENCES[line.audience] : line.audience,
    line.hospital,
    line.distributor,
    line.lot,
    line.expiry === null ? null : excelDate(line.expiry),
  ]);
  return writeSheets([
    {
      name: '订单行 Lines',
      rows: [HEADER, ...rows],
      widths: [16, 8, 26, 14, 8, 10, 10, 10, 12, 12],
    },
  ]);
}

/**
 * The first order's date as a date cell; the second's as typed text with its offset; the third's
 * as text without an offset, which reads as Shanghai time (the demo instants are all +08:00).
 */
function pricingDateCell(orderNo: string, pricingDate: string): SheetCell {
  const order = DEMO_ORDERS.findIndex((candidate) => candidate.orderNo === orderNo);
  if (order === 0) return excelDate(pricingDate);
  if (order === 1) return pricingDate;
  return pricingDate.slice(0, 16).replace('T', ' ');
}
