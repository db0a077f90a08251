import Decimal from 'decimal.js';

import { parseMoney } from '../../workbook/cell-parsers';
import type { RowReader } from './row-reader';

/** A required price above zero, as a decimal string ("298.00"). */
export function readPositivePrice(reader: RowReader, key: string): string | null {
  const price = reader.required(key, parseMoney);
  if (price !== null && new Decimal(price).isZero()) {
    const message = `${reader.columnName(key)} of 0 would make every price break the rule: type the price, or delete the row.`;
    reader.report(key, 'OUT_OF_RANGE', message);
    return null;
  }
  return price;
}
