import { AUDIENCES, CHANNELS } from '../../domain/codes';
import { parseGrade } from '../../master/master-workbook/hospitals-sheet';
import { readProvince } from '../../master/master-workbook/province-cell';
import type { RowReader } from '../../master/master-workbook/row-reader';
import { parseCode, parseDate, parseInteger, parseText } from '../../workbook/cell-parsers';
import type { SheetSpec } from '../../workbook/read-workbook';
import type { OrderLineInput } from './order-line-input';
import { parsePricingDate } from './pricing-date';

/** 订单行 Lines (SPEC 3.3); a CSV file carries the same headers. */
export const LINES_SHEET: SheetSpec = {
  key: 'lines',
  zh: '订单行',
  en: 'Lines',
  required: true,
  columns: [
    { key: 'orderNo', zh: '订单号', en: 'OrderNo', required: true },
    { key: 'lineNo', zh: '行号', en: 'LineNo', required: true },
    { key: 'pricingDate', zh: '定价日期', en: 'PricingDate', required: true },
    { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
    { key: 'qty', zh: '数量', en: 'Qty', required: true },
    { key: 'audience', zh: '对象', en: 'Audience', required: true },
    { key: 'hospital', zh: '医院', en: 'Hospital' },
    { key: 'distributor', zh: '经销商', en: 'Distributor' },
    { key: 'lot', zh: '批号', en: 'Lot' },
    { key: 'expiry', zh: '效期', en: 'Expiry' },
    { key: 'province', zh: '省份', en: 'Province' },
    { key: 'channel', zh: '渠道', en: 'Channel' },
    { key: 'grade', zh: '医院等级', en: 'Grade', aliases: ['等级'] },
  ],
};

/** The line, or null when a cell was unusable (the reader holds the findings). */
export function parseLineRow(reader: RowReader, date1904: boolean): OrderLineInput | null {
  const orderNo = reader.required('orderNo', parseText);
  const lineNo = reader.required('lineNo', (cell) => parseInteger(cell, { min: 1 }));
  const pricingDate = reader.required('pricingDate', (cell) => parsePricingDate(cell, date1904));
  const sku = reader.required('sku', parseText);
  const qty = readQty(reader);
  const audience = reader.required('audience', (cell) => parseCode(cell, AUDIENCES));
  const hospital = reader.optional('hospital', parseText);
  const distributor = reader.optional('distributor', parseText);
  const lot = reader.optional('lot', parseText);
  const expiry = reader.optional('expiry', (cell) => parseDate(cell, { date1904 }));
  const province = readProvince(reader, 'province', false);
  const channel = reader.optional('channel', (cell) => parseCode(cell, CHANNELS));
  const grade = reader.optional('grade', parseGrade);

  if (audience === 'DISTRIBUTOR' && distributor === null) {
    const message =
      'A distributor line names its distributor (its tier, licences and authorisations decide the price): fill in the distributor code.';
    reader.report('distributor', 'MISSING_VALUE', message);
  }
  if (!orderNo || !lineNo || !pricingDate || !sku || !qty || !audience) return null;
  if (reader.hasBlocking()) return null;
  const { row } = reader;
  return {
    row,
    orderNo,
    lineNo,
    pricingDate,
    sku,
    qty,
    audience,
    hospital,
    distributor,
    lot,
    expiry,
    province,
    channel,
    grade,
  };
}

/** Units are whole and positive; a return is not an order line. */
function readQty(reader: RowReader): number | null {
  const qty = reader.required('qty', parseInteger);
  if (qty !== null && qty <= 0) {
    const message = `A quantity of ${qty} cannot be priced: type the number of units ordered (1 or more).`;
    reader.report('qty', 'OUT_OF_RANGE', message);
    return null;
  }
  return qty;
}
