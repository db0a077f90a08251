import { parseBoolean, parseText } from '../../workbook/cell-parsers';
import { exclusiveConflicts } from './authorization-conflicts';
import { readChannels } from './channels-cell';
import { readRequiredList } from './list-cell';
import type { AuthorizationRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { unknownDistributors, unknownListItems } from './reference-checks';
import { duplicateFindings } from './row-checks';
import { readTerritory } from './territory-cell';
import { readValidity } from './validity-cells';

/** 授权 Authorizations (SPEC 3.1): what a distributor may sell, where, through which channels. */
export const authorizationsSheet: MasterSheet<'authorizations'> = {
  key: 'authorizations',
  spec: {
    key: 'authorizations',
    zh: '授权',
    en: 'Authorizations',
    required: false,
    columns: [
      { key: 'distributor', zh: '经销商', en: 'Distributor', required: true },
      { key: 'docNo', zh: '授权书号', en: 'DocNo', required: true },
      { key: 'products', zh: '产品', en: 'Products', required: true },
      { key: 'territory', zh: '地区', en: 'Territory', required: true },
      { key: 'channels', zh: '渠道', en: 'Channel', aliases: ['Channels'] },
      { key: 'exclusive', zh: '独家', en: 'Exclusive' },
      { key: 'validFrom', zh: '有效期自', en: 'ValidFrom', required: true },
      { key: 'validTo', zh: '有效期至', en: 'ValidTo' },
    ],
  },

  parseRow(reader, { date1904, references }) {
    const distributor = reader.required('distributor', parseText);
    const docNo = reader.required('docNo', parseText);
    const products = readRequiredList(reader, 'products');
    const territory = readTerritory(reader, 'territory', references);
    const channels = readChannels(reader, 'channels');
    const exclusive = reader.optional('exclusive', parseBoolean) ?? false;
    const { validFrom, validTo } = readValidity(reader, date1904, 'The authorisation');

    if (!distributor || !docNo || !territory || !validFrom || reader.hasBlocking()) return null;
    const row: AuthorizationRow = {
      distributor,
      docNo,
      products,
      territory,
      channels,
      exclusive,
      validFrom,
      validTo,
    };
    return row;
  },

  checkRows(rows, context) {
    const { skus, categories } = context.references;
    return [
      ...unknownDistributors(rows, context),
      ...unknownListItems(rows, context, {
        column: 'products',
        code: 'UNKNOWN_PRODUCT',
        itemsOf: (authorization) => authorization.products,
        isKnown: (item) => skus.has(item) || categories.has(item),
        explain: (unknown) =>
          `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} neither a SKU nor a product category (品类) of the Products sheet or the master data: correct the item, or add the product first.`,
      }),
      ...duplicateFindings(rows, context, {
        column: 'docNo',
        keyOf: ({ distributor, docNo }) => `${distributor}\u0000${docNo}`,
        describe: ({ distributor, docNo }) => `Authorisation ${docNo} of ${distributor}`,
      }),
      ...exclusiveConflicts(rows, context),
    ];
  },
};
