import { parseText } from '../../workbook/cell-parsers';
import { LICENSE_KINDS, parseLicenseKind } from './license-kinds';
import { readRequiredList } from './list-cell';
import type { LicenseRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { unknownDistributors, unknownListItems } from './reference-checks';
import { readValidity } from './validity-cells';
import { validityOverlaps } from './validity-overlaps';

/** 许可证 Licenses (SPEC 3.1): a distributor's 经营许可证 or 备案 and the categories it covers. */
export const licensesSheet: MasterSheet<'licenses'> = {
  key: 'licenses',
  spec: {
    key: 'licenses',
    zh: '许可证',
    en: 'Licenses',
    required: false,
    columns: [
      { key: 'distributor', zh: '经销商', en: 'Distributor', required: true },
      { key: 'kind', zh: '类型', en: 'Kind', required: true },
      { key: 'number', zh: '证号', en: 'Number', required: true },
      { key: 'scope', zh: '经营范围', en: 'Scope', required: true },
      { key: 'validFrom', zh: '有效期自', en: 'ValidFrom', required: true },
      { key: 'validTo', zh: '有效期至', en: 'ValidTo' },
    ],
  },

  parseRow(reader, { date1904 }) {
    const distributor = reader.required('distributor', parseText);
    const kind = reader.required('kind', parseLicenseKind);
    const number = reader.required('number', parseText);
    const scope = readRequiredList(reader, 'scope');
    const { validFrom, validTo } = readValidity(reader, date1904, 'The licence');

    // A 经营许可证 runs five years; only a Class II filing may have no end.
    if (kind === 'LICENSE_III' && validTo === null && validFrom !== null) {
      const message = `A ${LICENSE_KINDS.LICENSE_III} (LICENSE_III) always has an end date: type it from the licence.`;
      reader.report('validTo', 'MISSING_VALUE', message);
    }
    if (!distributor || !kind || !number || !validFrom || reader.hasBlocking()) return null;
    const row: LicenseRow = { distributor, kind, number, scope, validFrom, validTo };
    return row;
  },

  checkRows(rows, context) {
    const { categories } = context.references;
    return [
      ...unknownDistributors(rows, context),
      ...unknownListItems(rows, context, {
        column: 'scope',
        code: 'UNKNOWN_CATEGORY',
        itemsOf: (licence) => licence.scope,
        isKnown: (category) => categories.has(category),
        explain: (unknown) =>
          `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a product category (品类) of the Products sheet or the master data: type the categories as the products name them.`,
      }),
      // A renewed licence may keep its number with new dates; two validities on one day may not.
      ...validityOverlaps(rows, context, {
        keysOf: ({ distributor, kind, number }) => [`${distributor}\u0000${kind}\u0000${number}`],
        describe: ({ distributor, number }) => `Licence ${number} of ${distributor}`,
      }),
    ];
  },
};
