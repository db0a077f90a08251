import type { Finding } from '../../domain/finding';
import { parseDate, parseInteger, parseText } from '../../workbook/cell-parsers';
import type { InventoryRow } from './master-data';
import type { CheckContext, Located, MasterSheet } from './master-sheet';
import { unknownSkus } from './reference-checks';
import { duplicateFindings, rowFinding } from './row-checks';
import type { RowReader } from './row-reader';

/** 库存 Inventory (SPEC 3.1): the stock of each lot on a stock-taking date. */
export const inventorySheet: MasterSheet<'inventory'> = {
  key: 'inventory',
  spec: {
    key: 'inventory',
    zh: '库存',
    en: 'Inventory',
    required: false,
    columns: [
      { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
      { key: 'lot', zh: '批号', en: 'Lot', required: true },
      { key: 'expiry', zh: '效期', en: 'Expiry' },
      { key: 'qty', zh: '数量', en: 'Qty', required: true },
      { key: 'asOf', zh: '日期', en: 'AsOf', required: true },
    ],
  },

  parseRow(reader, { date1904 }) {
    const sku = reader.required('sku', parseText);
    const lot = reader.required('lot', parseText);
    const expiry = reader.optional('expiry', (cell) => parseDate(cell, { date1904 }));
    const qty = readQuantity(reader);
    const asOf = reader.required('asOf', (cell) => parseDate(cell, { date1904 }));

    if (!sku || !lot || qty === null || !asOf || reader.hasBlocking()) return null;
    const row: InventoryRow = { sku, lot, expiry, qty, asOf };
    return row;
  },

  checkRows(rows, context) {
    return [
      ...unknownSkus(rows, context),
      ...duplicateFindings(rows, context, {
        column: 'asOf',
        keyOf: ({ sku, lot, asOf }) => `${sku}\u0000${lot}\u0000${asOf}`,
        describe: ({ sku, lot, asOf }) => `Lot ${lot} of ${sku} on ${asOf}`,
      }),
      ...expiryMismatches(rows, context),
      ...expiredStock(rows, context),
    ];
  },
};

function readQuantity(reader: RowReader): number | null {
  const qty = reader.required('qty', (cell) => parseInteger(cell));
  if (qty !== null && qty < 0) {
    const message = `A stock of ${qty} is negative: type the units counted (0 or more).`;
    reader.report('qty', 'NEGATIVE_QUANTITY', message);
    return null;
  }
  return qty;
}

/** One lot has one expiry date, printed on every unit: two dates mean a typo. */
function expiryMismatches(rows: Located<InventoryRow>[], context: CheckContext): Finding[] {
  const first = new Map<string, Located<InventoryRow>>();
  const findings: Finding[] = [];
  for (const located of rows) {
    const key = `${located.value.sku}\u0000${located.value.lot}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, located);
    else if (earlier.value.expiry !== located.value.expiry) {
      const { sku, lot, expiry } = located.value;
      const message = `Lot ${lot} of ${sku} expires on ${earlier.value.expiry ?? '(none)'} on row ${earlier.row}, not ${expiry ?? '(none)'}: copy the expiry from the label.`;
      findings.push(rowFinding(context, located.row, 'expiry', 'LOT_EXPIRY_MISMATCH', message));
    }
  }
  return findings;
}

/** Expired stock still on hand is worth a look (destruction, return), not a refusal. */
function expiredStock(rows: Located<InventoryRow>[], context: CheckContext): Finding[] {
  return rows
    .filter(({ value }) => value.expiry !== null && value.expiry < value.asOf && value.qty > 0)
    .map(({ row, value }) => {
      const message = `Lot ${value.lot} of ${value.sku} expired on ${value.expiry} but ${value.qty} units are counted on ${value.asOf}: check that they are quarantined.`;
      return rowFinding(context, row, 'expiry', 'EXPIRED_STOCK', message, 'WARN');
    });
}
