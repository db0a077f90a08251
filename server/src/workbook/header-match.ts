import type { ColumnDef, SheetSpec } from './read-workbook';

/**
 * Names and headers compare after NFKC, lower-casing, and removing spaces and the `*` some
 * templates use to mark required columns, so "计划编码 PlanCode", "计划编码\nPlanCode",
 * "plancode" and "ＰｌａｎＣｏｄｅ" all name the same column.
 */
export function compactName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*]+/g, '');
}

function namesOf(item: { zh: string; en: string }): string[] {
  return [item.zh, item.en, item.zh + item.en, item.en + item.zh].map(compactName);
}

/** The spec a sheet name stands for: its Chinese name, English name, or both. */
export function matchSheet(name: string, specs: readonly SheetSpec[]): SheetSpec | undefined {
  const compact = compactName(name);
  return specs.find((spec) => namesOf(spec).includes(compact));
}

/** Compact header name → column key, for one sheet's columns. */
export function headerIndex(columns: readonly ColumnDef[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of columns) {
    const names = [...namesOf(column), ...(column.aliases ?? []).map(compactName)];
    for (const name of names) index.set(name, column.key);
  }
  return index;
}

/** "计划编码 PlanCode": how a column or sheet is named in messages; "SKU", not "SKU SKU". */
export function bilingual(item: { zh: string; en: string }): string {
  return item.zh === item.en ? item.zh : `${item.zh} ${item.en}`;
}

/** `"计划编码" or "PlanCode"`, or just `"SKU"`: the header texts a missing column may have. */
export function eitherName(item: { zh: string; en: string }): string {
  return item.zh === item.en ? `"${item.zh}"` : `"${item.zh}" or "${item.en}"`;
}
