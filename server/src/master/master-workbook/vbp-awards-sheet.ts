import { provinceName, resolveProvince } from '../../domain/provinces';
import { parseText } from '../../workbook/cell-parsers';
import { readRequiredList } from './list-cell';
import type { VbpAwardRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { readPositivePrice } from './price-cell';
import { unknownSkus } from './reference-checks';
import { duplicateFindings } from './row-checks';
import type { RowReader } from './row-reader';
import { readValidity } from './validity-cells';
import { validityOverlaps } from './validity-overlaps';

/** 集采 VbpAwards (SPEC 3.1): a SKU's 中选价 in the provinces of a volume-based procurement. */
export const vbpAwardsSheet: MasterSheet<'vbpAwards'> = {
  key: 'vbpAwards',
  spec: {
    key: 'vbpAwards',
    zh: '集采',
    en: 'VbpAwards',
    required: false,
    columns: [
      { key: 'program', zh: '项目', en: 'Program', required: true },
      { key: 'provinces', zh: '省份', en: 'Provinces', required: true },
      { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
      { key: 'selectedPrice', zh: '中选价', en: 'SelectedPrice', required: true },
      { key: 'validFrom', zh: '生效日期', en: 'ValidFrom', required: true },
      { key: 'validTo', zh: '失效日期', en: 'ValidTo' },
    ],
  },

  parseRow(reader, { date1904 }) {
    const program = reader.required('program', parseText);
    const provinces = readProvinces(reader);
    const sku = reader.required('sku', parseText);
    const selectedPrice = readPositivePrice(reader, 'selectedPrice');
    const { validFrom, validTo } = readValidity(reader, date1904, 'The award');

    if (!program || !sku || !selectedPrice || !validFrom || reader.hasBlocking()) return null;
    const row: VbpAwardRow = { program, provinces, sku, selectedPrice, validFrom, validTo };
    return row;
  },

  checkRows(rows, context) {
    const duplicates = duplicateFindings(rows, context, {
      column: 'validFrom',
      keyOf: ({ program, sku, validFrom }) => `${program}\u0000${sku}\u0000${validFrom}`,
      describe: ({ program, sku, validFrom }) => `${program} for ${sku} from ${validFrom}`,
    });
    const duplicateRows = new Set(duplicates.map((finding) => finding.row));
    // A hospital price locked at two 中选价 on one day cannot be met: one award per SKU, province, day.
    const overlaps = validityOverlaps(rows, context, {
      keysOf: ({ sku, provinces }) => provinces.map((province) => `${sku}\u0000${province}`),
      describe: ({ sku }, key) => `The award of ${sku} in ${provinceName(key.split('\u0000')[1])}`,
    }).filter((finding) => !duplicateRows.has(finding.row));
    return [...unknownSkus(rows, context), ...duplicates, ...overlaps];
  },
};

function readProvinces(reader: RowReader): string[] {
  const provinces: string[] = [];
  const unknown: string[] = [];
  for (const item of readRequiredList(reader, 'provinces')) {
    const code = resolveProvince(item);
    if (code === undefined) unknown.push(item);
    else if (!provinces.includes(code)) provinces.push(code);
  }
  if (unknown.length > 0) {
    const message = `${unknown.map((item) => `"${item}"`).join(', ')} ${unknown.length > 1 ? 'are not provinces' : 'is not a province'}: type each as its GB/T 2260 code (330000) or its name (浙江, 浙江省, 浙).`;
    reader.report('provinces', 'UNKNOWN_PROVINCE', message);
  }
  return provinces;
}
