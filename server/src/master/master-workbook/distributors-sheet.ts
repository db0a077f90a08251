import { TIERS } from '../../domain/codes';
import { isValidUscc, usccCheckCharacter } from '../../domain/uscc';
import { parseCode, parseText } from '../../workbook/cell-parsers';
import type { DistributorRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { readProvince } from './province-cell';
import { duplicateFindings } from './row-checks';
import type { RowReader } from './row-reader';

const USCC_CHARACTERS = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** 经销商 Distributors (SPEC 3.1). */
export const distributorsSheet: MasterSheet<'distributors'> = {
  key: 'distributors',
  spec: {
    key: 'distributors',
    zh: '经销商',
    en: 'Distributors',
    required: false,
    columns: [
      { key: 'code', zh: '编码', en: 'Code', required: true },
      { key: 'name', zh: '名称', en: 'Name', required: true },
      { key: 'uscc', zh: '统一社会信用代码', en: 'USCC' },
      { key: 'tier', zh: '层级', en: 'Tier', required: true },
      { key: 'province', zh: '省份', en: 'Province', required: true },
    ],
  },

  parseRow(reader) {
    const code = reader.required('code', parseText);
    const name = reader.required('name', parseText);
    const uscc = readUscc(reader);
    const tier = reader.required('tier', (cell) => parseCode(cell, TIERS));
    const province = readProvince(reader, 'province');

    if (!code || !name || !tier || !province || reader.hasBlocking()) return null;
    const row: DistributorRow = { code, name, uscc, tier, province };
    return row;
  },

  checkRows(rows, context) {
    return [
      ...duplicateFindings(rows, context, {
        column: 'code',
        keyOf: (distributor) => distributor.code,
        describe: (distributor) => `Distributor code ${distributor.code}`,
      }),
      // Two codes for one legal entity split its rebates and licences; worth a look, not a refusal.
      ...duplicateFindings(rows, context, {
        column: 'uscc',
        keyOf: (distributor) => distributor.uscc,
        describe: (distributor) => `USCC ${distributor.uscc}`,
        code: 'DUPLICATE_USCC',
        severity: 'WARN',
      }),
    ];
  },
};

/** Upper-cased, spaces removed, checked against GB 32100-2015. */
function readUscc(reader: RowReader): string | null {
  const text = reader.optional('uscc', parseText);
  if (text === null) return null;
  const uscc = text.replace(/\s+/g, '').toUpperCase();
  if (!USCC_CHARACTERS.test(uscc)) {
    const message = `"${text}" is not a 统一社会信用代码: it has 18 characters, digits and capital letters other than I, O, S, V and Z.`;
    reader.report('uscc', 'INVALID_USCC', message);
    return null;
  }
  if (!isValidUscc(uscc)) {
    const expected = usccCheckCharacter(uscc.slice(0, 17));
    const message = `${uscc} fails the GB 32100 check (its last character should be ${expected}): copy the code from the business licence.`;
    reader.report('uscc', 'INVALID_USCC', message);
    return null;
  }
  return uscc;
}
