import Decimal from 'decimal.js';

import { AUDIENCES } from '../../domain/codes';
import type { Finding } from '../../domain/finding';
import {
  parseBoolean,
  parseCode,
  parseDate,
  parseMoney,
  parsePercent,
  parseText,
} from '../../workbook/cell-parsers';
import type { PriceListRow } from './master-data';
import type { CheckContext, Located, MasterSheet } from './master-sheet';
import { findOverlaps } from './price-overlaps';
import { rowFinding } from './row-checks';
import type { RowReader } from './row-reader';

const DEFAULT_VAT_POINTS = '13';
/** China's VAT rates and the small-scale levy rates; anything else is probably a typo. */
const USUAL_VAT_POINTS = new Set(['0', '1', '3', '6', '9', '13']);

/** 价格表 PriceList (SPEC 3.1). */
export const priceListSheet: MasterSheet<'priceList'> = {
  key: 'priceList',
  spec: {
    key: 'priceList',
    zh: '价格表',
    en: 'PriceList',
    required: false,
    columns: [
      { key: 'priceList', zh: '价目表', en: 'PriceList', required: true },
      { key: 'audience', zh: '对象', en: 'Audience', required: true },
      { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
      { key: 'unitPrice', zh: '单价', en: 'UnitPrice', required: true },
      { key: 'taxInclusive', zh: '含税', en: 'TaxInclusive', required: true },
      { key: 'vatRate', zh: '税率', en: 'VatRate' },
      { key: 'validFrom', zh: '生效日期', en: 'ValidFrom', required: true },
      { key: 'validTo', zh: '失效日期', en: 'ValidTo' },
    ],
  },

  parseRow(reader, { date1904 }) {
    const priceList = reader.required('priceList', parseText);
    const audience = reader.required('audience', (cell) => parseCode(cell, AUDIENCES));
    const sku = reader.required('sku', parseText);
    const unitPrice = readUnitPrice(reader);
    const taxInclusive = reader.required('taxInclusive', parseBoolean);
    const vatRate = readVatRate(reader);
    const validFrom = reader.required('validFrom', (cell) => parseDate(cell, { date1904 }));
    const validTo = reader.optional('validTo', (cell) => parseDate(cell, { date1904 }));

    if (validFrom !== null && validTo !== null && validTo < validFrom) {
      const message = `The price ends on ${validTo}, before it starts on ${validFrom}: correct one of the dates.`;
      reader.report('validTo', 'END_BEFORE_START', message);
    }
    if (reader.hasBlocking()) return null;
    if (!priceList || !audience || !sku || !unitPrice || taxInclusive === null || !validFrom) {
      return null;
    }
    const row: PriceListRow = {
      priceList,
      audience,
      sku,
      unitPrice,
      taxInclusive,
      vatRate,
      validFrom,
      validTo,
    };
    return row;
  },

  checkRows(rows, context) {
    return [
      ...unknownSkus(rows, context),
      ...mixedAudiences(rows, context),
      ...findOverlaps(rows, context),
    ];
  },
};

function readUnitPrice(reader: RowReader): string | null {
  const price = reader.required('unitPrice', parseMoney);
  if (price !== null && new Decimal(price).isZero()) {
    const message =
      'A unit price of 0 would price lines at nothing: type the price, or delete the row.';
    reader.report('unitPrice', 'OUT_OF_RANGE', message);
    return null;
  }
  return price;
}

/** The rate as a fraction ("0.13"); an empty cell is the standard 13%. */
function readVatRate(reader: RowReader): string {
  const points = reader.optional('vatRate', parsePercent) ?? DEFAULT_VAT_POINTS;
  if (new Decimal(points).gt(0) && new Decimal(points).lt(1)) {
    // 0.13 in a cell without a percent format reads as 0.13 %: almost surely 13 % meant.
    const message = `A VAT rate of ${points}% is a fraction typed without a percent format: type 13% (or 13), or format the cell as a percentage.`;
    reader.report('vatRate', 'VAT_RATE_AS_FRACTION', message);
  } else if (!USUAL_VAT_POINTS.has(points)) {
    const message = `A VAT rate of ${points}% is unusual: type 13% (or 13) for the standard rate of medical devices.`;
    reader.report('vatRate', 'UNUSUAL_VAT_RATE', message, 'WARN');
  }
  return new Decimal(points).dividedBy(100).toFixed();
}

/** A price for a SKU that neither this file's Products nor the database knows. */
function unknownSkus(rows: Located<PriceListRow>[], context: CheckContext): Finding[] {
  const skus = new Set([...context.known.skus, ...skusOnProductsSheet(context)]);
  return rows
    .filter(({ value }) => !skus.has(value.sku))
    .map(({ row, value }) => {
      const message = `SKU ${value.sku} is neither on the Products sheet nor in the master data: add the product first, or correct the SKU.`;
      return rowFinding(context, row, 'sku', 'UNKNOWN_SKU', message);
    });
}

/** SKUs typed on the Products sheet, including rows with other problems (reported there). */
function skusOnProductsSheet(context: CheckContext): string[] {
  const products = context.tables.products;
  if (!products) return [];
  return products.rows.flatMap(({ cells }) => {
    const parsed = parseText(cells.sku);
    return parsed.ok && parsed.value !== null ? [parsed.value] : [];
  });
}

/** One price list serves one audience: its first row decides which. */
function mixedAudiences(rows: Located<PriceListRow>[], context: CheckContext): Finding[] {
  const first = new Map<string, Located<PriceListRow>>();
  const findings: Finding[] = [];
  for (const located of rows) {
    const { priceList, audience } = located.value;
    const earlier = first.get(priceList);
    if (!earlier) first.set(priceList, located);
    else if (earlier.value.audience !== audience) {
      const message = `Price list ${priceList} is for ${earlier.value.audience} (row ${earlier.row}), not ${audience}: put ${audience} prices in a price list of their own.`;
      findings.push(rowFinding(context, located.row, 'audience', 'MIXED_AUDIENCE', message));
    }
  }
  return findings;
}
