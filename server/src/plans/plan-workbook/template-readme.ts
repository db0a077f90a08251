import type { Worksheet } from 'exceljs';
import type { ColumnDef } from '../../workbook/read-workbook';
import { PLAN_HELP, RULE_HELP } from './column-help';
import { PLAN_COLUMNS, PLANS_SHEET, RULE_COLUMNS, RULES_SHEET } from './plan-columns';
import type { TemplateLanguage } from './template-lists';

const INTRO: Record<TemplateLanguage, string[]> = {
  'zh-CN': [
    '促销计划模板（计划表每行一个计划，规则表每行一条规则）',
    '编码与中文名称可互换；日期写作 2026-01-01 或 2026/1/1；列表用 , ， ; ； 或 、 分隔。',
    '百分比可写 10% 或 10；设置为百分比格式的单元格按显示值读取（10.5% 即 10.5）。',
    '列的顺序可调整，未知的列会被忽略，空行会被跳过。必填列标为“是”。',
  ],
  en: [
    'Promotion plan template (one plan per row on Plans, one rule per row on Rules)',
    'Codes and their Chinese labels are interchangeable; dates as 2026-01-01 or 2026/1/1; lists separated by , ; or 、.',
    'Percentages as 10% or 10; a cell formatted as a percentage is read as shown (10.5% means 10.5).',
    'Columns may be reordered, unknown columns are ignored, blank rows are skipped. Required columns are marked Yes.',
  ],
};

const TABLE_HEADER: Record<TemplateLanguage, string[]> = {
  'zh-CN': ['工作表', '列', '必填', '说明'],
  en: ['Sheet', 'Column', 'Required', 'Meaning'],
};

/** The read-me sheet: how to fill the workbook, then every column of both sheets explained. */
export function writeReadme(sheet: Worksheet, lang: TemplateLanguage): void {
  const zh = lang === 'zh-CN';
  sheet.columns = [{ width: 12 }, { width: 22 }, { width: 10 }, { width: 100 }];
  INTRO[lang].forEach((line, i) => {
    const row = sheet.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
  });
  sheet.addRow([]);
  sheet.addRow(TABLE_HEADER[lang]).font = { bold: true };

  const sections: [{ zh: string; en: string }, ColumnDef[], typeof PLAN_HELP][] = [
    [PLANS_SHEET, PLAN_COLUMNS, PLAN_HELP],
    [RULES_SHEET, RULE_COLUMNS, RULE_HELP],
  ];
  for (const [spec, columns, help] of sections) {
    for (const column of columns) {
      const required = column.required ? (zh ? '是' : 'Yes') : '';
      const [helpZh, helpEn] = help[column.key];
      sheet.addRow([
        zh ? spec.zh : spec.en,
        zh ? column.zh : column.en,
        required,
        zh ? helpZh : helpEn,
      ]);
    }
  }
}
