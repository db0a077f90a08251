import { MASTER_SHEETS } from '../master/master-workbook';
import type { SheetSpec } from '../workbook/read-workbook';
import { excelDate, type SheetCell, type SheetData } from './sheet-writer';

const MONEY = '#,##0.00';
export const YES_NO = (flag: boolean) => (flag ? '是' : '否');
export const money = (amount: string | null): SheetCell =>
  amount === null ? null : { value: Number(amount), numFmt: MONEY };
export const date = (iso: string | null): SheetCell => (iso === null ? null : excelDate(iso));

/** "中文 English" headers in the sheet's column order; SKU and GTIN are the same in both. */
function header(key: string): { name: string; header: string[] } {
  const spec = MASTER_SHEETS.find((sheet) => sheet.key === key)?.spec as SheetSpec;
  const bilingual = (item: { zh: string; en: string }) =>
    item.zh === item.en ? item.zh : `${item.zh} ${item.en}`;
  return { name: bilingual(spec), header: spec.columns.map(bilingual) };
}

/** A master-data sheet named and headed as MASTER_SHEETS declares it. */
export function sheet(key: string, rows: SheetCell[][], widths: number[]): SheetData {
  const { name, header: columns } = header(key);
  return { name, rows: [columns, ...rows], widths };
}
