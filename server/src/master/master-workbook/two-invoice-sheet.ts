import { DEVICE_CLASSES, OWNERSHIPS } from '../../domain/codes';
import { provinceName } from '../../domain/provinces';
import { parseCode } from '../../workbook/cell-parsers';
import type { TwoInvoiceRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { readProvince } from './province-cell';
import { readValidity } from './validity-cells';
import { validityOverlaps } from './validity-overlaps';

/** 两票制 TwoInvoice (SPEC 3.1): where the two-invoice rule binds sales of a device class. */
export const twoInvoiceSheet: MasterSheet<'twoInvoice'> = {
  key: 'twoInvoice',
  spec: {
    key: 'twoInvoice',
    zh: '两票制',
    en: 'TwoInvoice',
    required: false,
    columns: [
      { key: 'province', zh: '省份', en: 'Province', required: true },
      { key: 'ownership', zh: '性质', en: 'Ownership', required: true },
      { key: 'deviceClass', zh: '器械类别', en: 'DeviceClass', required: true },
      { key: 'validFrom', zh: '生效日期', en: 'ValidFrom', required: true },
      { key: 'validTo', zh: '失效日期', en: 'ValidTo' },
    ],
  },

  parseRow(reader, { date1904 }) {
    const province = readProvince(reader, 'province');
    const ownership = reader.required('ownership', (cell) => parseCode(cell, OWNERSHIPS));
    const deviceClass = reader.required('deviceClass', (cell) => parseCode(cell, DEVICE_CLASSES));
    const { validFrom, validTo } = readValidity(reader, date1904, 'The rule');

    if (!province || !ownership || !deviceClass || !validFrom || reader.hasBlocking()) return null;
    const row: TwoInvoiceRow = { province, ownership, deviceClass, validFrom, validTo };
    return row;
  },

  checkRows(rows, context) {
    return validityOverlaps(rows, context, {
      keysOf: ({ province, ownership, deviceClass }) => [
        `${province}\u0000${ownership}\u0000${deviceClass}`,
      ],
      describe: ({ province, ownership, deviceClass }) =>
        `The two-invoice rule for ${ownership} hospitals, Class ${deviceClass}, in ${provinceName(province)}`,
    });
  },
};
