import { provinceName } from '../../domain/provinces';
import { parseText } from '../../workbook/cell-parsers';
import type { PlatformListingRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { readPositivePrice } from './price-cell';
import { readProvince } from './province-cell';
import { unknownSkus } from './reference-checks';
import { readValidity } from './validity-cells';
import { validityOverlaps } from './validity-overlaps';

/** 挂网价 PlatformListings (SPEC 3.1): a province's VAT-inclusive price cap for a SKU. */
export const platformListingsSheet: MasterSheet<'platformListings'> = {
  key: 'platformListings',
  spec: {
    key: 'platformListings',
    zh: '挂网价',
    en: 'PlatformListings',
    required: false,
    columns: [
      { key: 'province', zh: '省份', en: 'Province', required: true },
      { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
      { key: 'listedPrice', zh: '挂网价', en: 'ListedPrice', required: true },
      { key: 'validFrom', zh: '生效日期', en: 'ValidFrom', required: true },
      { key: 'validTo', zh: '失效日期', en: 'ValidTo' },
    ],
  },

  parseRow(reader, { date1904 }) {
    const province = readProvince(reader, 'province');
    const sku = reader.required('sku', parseText);
    const listedPrice = readPositivePrice(reader, 'listedPrice');
    const { validFrom, validTo } = readValidity(reader, date1904, 'The listing');

    if (!province || !sku || !listedPrice || !validFrom || reader.hasBlocking()) return null;
    const row: PlatformListingRow = { province, sku, listedPrice, validFrom, validTo };
    return row;
  },

  checkRows(rows, context) {
    return [
      ...unknownSkus(rows, context),
      // Two caps on one day would make PLATFORM_CAP depend on row order.
      ...validityOverlaps(rows, context, {
        keysOf: ({ province, sku }) => [`${province}\u0000${sku}`],
        describe: ({ province, sku }) => `The listing of ${sku} in ${provinceName(province)}`,
      }),
    ];
  },
};
