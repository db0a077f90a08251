import type { Db } from '../db/prisma-client';
import type { ColumnDef, SheetSpec } from '../workbook/read-workbook';
import { loadTemplateMaster } from './build-template';
import { LISTS_SHEET, PLANS_SHEET, RULES_SHEET } from './plan-workbook';
import {
  COUNT_FORMAT,
  DATE_FORMAT,
  type DropDown,
  formatOf,
  MONEY_FORMAT,
  PLAN_DROP_DOWNS,
  PLAN_ROWS,
  RULE_DROP_DOWNS,
  RULE_ROWS,
} from './plan-workbook/template-layout';
import { type TemplateLanguage, templateLists } from './plan-workbook/template-lists';

type ColumnKind = 'text' | 'integer' | 'number' | 'money' | 'date';

const KIND_OF_FORMAT: Record<string, ColumnKind> = {
  [DATE_FORMAT]: 'date',
  [MONEY_FORMAT]: 'money',
  [COUNT_FORMAT]: 'integer',
  General: 'number',
};

/**
 * The plan sheets of SPEC §3.2 as the Excel add-in builds them: the same columns, formats and
 * drop-down lists as the .xlsx template, as data, so the add-in and the template never drift.
 */
export async function planSheetLayout(db: Db, lang: TemplateLanguage) {
  const lists = templateLists(await loadTemplateMaster(db), lang).filter(
    (list) => list.values.length > 0,
  );
  const available = new Set(lists.map((list) => list.name));

  return {
    sheets: [
      sheetLayout(PLANS_SHEET, PLAN_DROP_DOWNS, PLAN_ROWS, available, lang),
      sheetLayout(RULES_SHEET, RULE_DROP_DOWNS, RULE_ROWS, available, lang),
    ],
    master: {
      sheet: LISTS_SHEET,
      lists: Object.fromEntries(lists.map((list) => [list.name, list.values])),
    },
  };
}

function sheetLayout(
  spec: SheetSpec,
  dropDowns: Record<string, DropDown>,
  preparedRows: number,
  available: Set<string>,
  lang: TemplateLanguage,
) {
  const columns = spec.columns.filter((column) => column.key !== 'ambiguousTiers');
  return {
    key: spec.key,
    sheet: lang === 'zh-CN' ? spec.zh : spec.en,
    // Either language's sheet name is read back, so a workbook made in English still validates.
    names: [spec.zh, spec.en],
    tableName: `MedPromo${spec.en}`,
    preparedRows,
    columns: columns.map((column) => columnLayout(column, dropDowns[column.key], available, lang)),
  };
}

function columnLayout(
  column: ColumnDef,
  dropDown: DropDown | undefined,
  available: Set<string>,
  lang: TemplateLanguage,
) {
  const listed = dropDown !== undefined && available.has(dropDown.list);
  return {
    key: column.key,
    header: lang === 'zh-CN' ? column.zh : column.en,
    names: [column.zh, column.en],
    kind: KIND_OF_FORMAT[formatOf(column.key)] ?? 'text',
    ...(listed ? { list: dropDown.list, multiple: dropDown.multiple } : {}),
  };
}
