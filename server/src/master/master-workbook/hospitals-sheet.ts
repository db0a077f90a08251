import { GRADES, type Grade, normalizeText, OWNERSHIPS } from '../../domain/codes';
import { type CellInput, parseCode, parseText, type Parsed } from '../../workbook/cell-parsers';
import type { HospitalRow } from './master-data';
import type { MasterSheet } from './master-sheet';
import { readProvince } from './province-cell';
import { duplicateFindings } from './row-checks';

/** The short forms everyone writes (三甲 for 三级甲等). */
const GRADE_SHORT_FORMS: Record<string, Grade> = {
  三甲: '3A',
  三乙: '3B',
  三丙: '3C',
  二甲: '2A',
  二乙: '2B',
  二丙: '2C',
  一甲: '1A',
  一乙: '1B',
  一丙: '1C',
};

/** 医院 Hospitals (SPEC 3.1). */
export const hospitalsSheet: MasterSheet<'hospitals'> = {
  key: 'hospitals',
  spec: {
    key: 'hospitals',
    zh: '医院',
    en: 'Hospitals',
    required: false,
    columns: [
      { key: 'code', zh: '编码', en: 'Code', required: true },
      { key: 'name', zh: '名称', en: 'Name', required: true },
      { key: 'province', zh: '省份', en: 'Province', required: true },
      { key: 'city', zh: '城市', en: 'City' },
      { key: 'grade', zh: '等级', en: 'Grade', required: true },
      { key: 'ownership', zh: '性质', en: 'Ownership', required: true },
    ],
  },

  parseRow(reader) {
    const code = reader.required('code', parseText);
    const name = reader.required('name', parseText);
    const province = readProvince(reader, 'province');
    const city = reader.optional('city', parseText);
    const grade = reader.required('grade', parseGrade);
    const ownership = reader.required('ownership', (cell) => parseCode(cell, OWNERSHIPS));

    if (!code || !name || !province || !grade || !ownership || reader.hasBlocking()) return null;
    const row: HospitalRow = { code, name, province, city, grade, ownership };
    return row;
  },

  checkRows(rows, context) {
    return duplicateFindings(rows, context, {
      column: 'code',
      keyOf: (hospital) => hospital.code,
      describe: (hospital) => `Hospital code ${hospital.code}`,
    });
  },
};

/** 3A … UNGRADED, 三级甲等 … 未定级, or the short form 三甲. */
export function parseGrade(input: CellInput): Parsed<Grade | null> {
  const text = parseText(input);
  if (text.ok && text.value !== null) {
    const short = GRADE_SHORT_FORMS[normalizeText(text.value)];
    if (short) return { ok: true, value: short };
  }
  return parseCode(input, GRADES);
}
