import { Workbook, type DataValidation, type Worksheet } from 'exceljs';
import type { ColumnDef } from '../../workbook/read-workbook';
import { PLAN_COLUMNS, PLANS_SHEET, RULE_COLUMNS, RULES_SHEET } from './plan-columns';
import {
  formatOf,
  PLAN_DROP_DOWNS,
  PLAN_ROWS,
  RULE_DROP_DOWNS,
  RULE_ROWS,
  TEXT_FORMAT,
  type DropDown,
} from './template-layout';
import {
  templateLists,
  type TemplateLanguage,
  type TemplateList,
  type TemplateMasterData,
} from './template-lists';
import { writeReadme } from './template-readme';

/** The hidden sheet holding the drop-down sources (a plain name: defined names quote nothing). */
export const LISTS_SHEET = 'Lists';
const HEADER_FILL = 'FFD9E1F2';

/** ExcelJS supports range validations but its typings omit `dataValidations`. */
interface WithValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

/**
 * The plan workbook template (SPEC 3.2): 计划 Plans and 规则 Rules with headers in the chosen
 * language, drop-downs sourced from a hidden sheet through defined names (inline lists are
 * limited to 255 characters and split on commas), number formats, and a read-me sheet.
 */
export async function buildPlanTemplate(
  master: TemplateMasterData,
  lang: TemplateLanguage,
): Promise<Buffer> {
  const workbook = new Workbook();
  const name = (sheet: { zh: string; en: string }) => (lang === 'zh-CN' ? sheet.zh : sheet.en);
  const plans = workbook.addWorksheet(name(PLANS_SHEET));
  const rules = workbook.addWorksheet(name(RULES_SHEET));
  const readme = workbook.addWorksheet(lang === 'zh-CN' ? '说明' : 'ReadMe');
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });

  const available = writeLists(workbook, lists, templateLists(master, lang));
  layOut(plans, PLAN_COLUMNS, dropDownsIn(PLAN_DROP_DOWNS, available), PLAN_ROWS, lang);
  layOut(rules, RULE_COLUMNS, dropDownsIn(RULE_DROP_DOWNS, available), RULE_ROWS, lang);
  writeReadme(readme, lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes each list in its own column and names its range; returns the names of non-empty lists. */
function writeLists(workbook: Workbook, sheet: Worksheet, lists: TemplateList[]): Set<string> {
  const available = new Set<string>();
  let col = 1;
  for (const list of lists) {
    writeColumn(sheet, col, list.title, list.values);
    if (list.values.length > 0) {
      const letter = sheet.getColumn(col).letter;
      workbook.definedNames.add(
        `${LISTS_SHEET}!$${letter}$2:$${letter}$${list.values.length + 1}`,
        list.name,
      );
      available.add(list.name);
    }
    if (list.names) writeColumn(sheet, (col += 1), `${list.title} 名称 Name`, list.names);
    col += 1;
  }
  return available;
}

function writeColumn(sheet: Worksheet, col: number, title: string, values: string[]): void {
  const column = sheet.getColumn(col);
  column.numFmt = TEXT_FORMAT;
  column.width = 24;
  sheet.getCell(1, col).value = title;
  values.forEach((value, i) => {
    sheet.getCell(i + 2, col).value = value;
  });
}

function dropDownsIn(dropDowns: Record<string, DropDown>, available: Set<string>) {
  return Object.fromEntries(
    Object.entries(dropDowns).filter(([, dropDown]) => available.has(dropDown.list)),
  );
}

function layOut(
  sheet: Worksheet,
  columns: ColumnDef[],
  dropDowns: Record<string, DropDown>,
  rows: number,
  lang: TemplateLanguage,
): void {
  sheet.columns = columns.map((column) => ({
    header: lang === 'zh-CN' ? column.zh : column.en,
    key: column.key,
    width: column.key in dropDowns && dropDowns[column.key].multiple ? 22 : 14,
    style: { numFmt: formatOf(column.key) },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  addDropDowns(sheet, dropDowns, rows, lang);
}

/**
 * List validations over the data rows. A multi-item cell ("浙江,江苏") is not one list entry, so
 * those columns offer the list without refusing other text; single-item columns warn.
 */
function addDropDowns(
  sheet: Worksheet,
  dropDowns: Record<string, DropDown>,
  rows: number,
  lang: TemplateLanguage,
): void {
  const validations = (sheet as unknown as WithValidations).dataValidations;
  for (const [key, dropDown] of Object.entries(dropDowns)) {
    const letter = sheet.getColumn(key).letter;
    validations.add(`${letter}2:${letter}${rows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [dropDown.list],
      showErrorMessage: !dropDown.multiple,
      errorStyle: 'warning',
      error:
        lang === 'zh-CN'
          ? '不在下拉列表中；请从列表选择。'
          : 'Not in the drop-down list: choose a value from the list.',
    });
  }
}
