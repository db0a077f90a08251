import { DEVICE_CLASSES } from '../../domain/codes';
import type { Finding } from '../../domain/finding';
import { gtinCheckDigit, isValidGtin14, toGtin14 } from '../../domain/gtin';
import {
  parseBoolean,
  parseCode,
  parseDate,
  parseInteger,
  parseMoney,
  parseText,
} from '../../workbook/cell-parsers';
import type { ProductRow } from './master-data';
import type { CheckContext, Located, MasterSheet } from './master-sheet';
import { duplicateFindings, rowFinding } from './row-checks';
import type { RowReader } from './row-reader';

/** 产品 Products (SPEC 3.1). */
export const productsSheet: MasterSheet<'products'> = {
  key: 'products',
  spec: {
    key: 'products',
    zh: '产品',
    en: 'Products',
    required: false,
    columns: [
      { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
      { key: 'name', zh: '名称', en: 'Name', required: true },
      { key: 'category', zh: '品类', en: 'Category', required: true },
      { key: 'deviceClass', zh: '器械类别', en: 'DeviceClass', required: true },
      { key: 'certNo', zh: '注册证号', en: 'CertNo' },
      { key: 'certValidTo', zh: '注册证有效期至', en: 'CertValidTo' },
      { key: 'gtin', zh: 'GTIN', en: 'GTIN' },
      { key: 'unitsPerPack', zh: '每包数量', en: 'UnitsPerPack' },
      { key: 'standardCost', zh: '标准成本', en: 'StandardCost' },
      { key: 'requiresLot', zh: '需批号', en: 'RequiresLot' },
      { key: 'requiresExpiry', zh: '需效期', en: 'RequiresExpiry' },
      { key: 'requiresSerial', zh: '需序列号', en: 'RequiresSerial' },
    ],
  },

  parseRow(reader, { date1904 }) {
    const sku = reader.required('sku', parseText);
    const name = reader.required('name', parseText);
    const category = reader.required('category', parseText);
    const deviceClass = reader.required('deviceClass', (cell) => parseCode(cell, DEVICE_CLASSES));
    const certNo = reader.optional('certNo', parseText);
    const certValidTo = reader.optional('certValidTo', (cell) => parseDate(cell, { date1904 }));
    const gtin = readGtin(reader);
    const unitsPerPack = reader.optional('unitsPerPack', (cell) => parseInteger(cell, { min: 1 }));
    const standardCost = reader.optional('standardCost', parseMoney);
    const flags = {
      requiresLot: reader.optional('requiresLot', parseBoolean) ?? false,
      requiresExpiry: reader.optional('requiresExpiry', parseBoolean) ?? false,
      requiresSerial: reader.optional('requiresSerial', parseBoolean) ?? false,
    };

    if (deviceClass !== null && deviceClass !== 'I' && certNo === null) {
      const message = `A Class ${deviceClass} device needs its registration certificate (注册证) number: fill it in.`;
      reader.report('certNo', 'MISSING_CERT', message, 'WARN');
    }
    if (sku === null || name === null || category === null || deviceClass === null) return null;
    if (reader.hasBlocking()) return null;
    const row: ProductRow = {
      sku,
      name,
      category,
      deviceClass,
      certNo,
      certValidTo,
      gtin,
      unitsPerPack: unitsPerPack ?? 1,
      standardCost,
      ...flags,
    };
    return row;
  },

  checkRows(rows, context) {
    return [
      ...duplicateFindings(rows, context, {
        column: 'sku',
        keyOf: (product) => product.sku,
        describe: (product) => `SKU ${product.sku}`,
      }),
      ...duplicateFindings(rows, context, {
        column: 'gtin',
        keyOf: (product) => product.gtin,
        describe: (product) => `GTIN ${product.gtin}`,
      }),
      ...gtinsOfOtherProducts(rows, context),
    ];
  },
};

/** The database would refuse the second product with a GTIN; say which product holds it. */
function gtinsOfOtherProducts(rows: Located<ProductRow>[], context: CheckContext): Finding[] {
  return rows.flatMap(({ row, value: { sku, gtin } }) => {
    const owner = gtin === null ? undefined : context.known.gtins?.get(gtin);
    if (owner === undefined || owner === sku) return [];
    const message = `GTIN ${gtin} already belongs to SKU ${owner} in the master data, and a GTIN identifies one product: correct it, or first import ${owner} with its new GTIN.`;
    return [rowFinding(context, row, 'gtin', 'GTIN_IN_USE', message)];
  });
}

/** A GTIN typed as text or a number (which loses its leading zero), as 14 checked digits. */
function readGtin(reader: RowReader): string | null {
  const text = reader.optional('gtin', parseText);
  if (text === null) return null;
  const gtin = toGtin14(text.replace(/\s+/g, ''));
  if (gtin === undefined) {
    reader.report(
      'gtin',
      'INVALID_GTIN',
      `"${text}" is not a GTIN: type its 14 digits (8, 12 or 13 are padded).`,
    );
    return null;
  }
  if (!isValidGtin14(gtin)) {
    const expected = gtinCheckDigit(gtin.slice(0, 13));
    const message = `GTIN ${gtin} fails the GS1 check digit (it should end in ${expected}): copy the number from the label or the GS1 record.`;
    reader.report('gtin', 'INVALID_GTIN', message);
    return null;
  }
  return gtin;
}
