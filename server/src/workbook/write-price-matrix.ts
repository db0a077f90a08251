/**
 * The price matrix as a workbook: sheet 价格矩阵 Matrix, one row per cell (flagged rows filled),
 * and sheet 价差 Dispersion, one row per comparison group. Numbers are numbers with formats,
 * percentages are fractions with a percent format, headers are frozen and filterable. Streaming
 * writer: a plan of thousands of rules can touch hundreds of thousands of cells.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';

import type { DispersionJson, MatrixCellJson } from '../matrix/assemble-matrix';
import type { PriceMatrix } from '../matrix/build-price-matrix';

export const MATRIX_SHEET = '价格矩阵 Matrix';
export const DISPERSION_SHEET = '价差 Dispersion';

type Kind = 'text' | 'money' | 'percent' | 'integer';
interface OutColumn<T> {
  header: string;
  kind: Kind;
  width: number;
  value(row: T): string | number | null;
}

const FORMATS: Record<Kind, string> = {
  text: '@',
  money: '#,##0.00',
  percent: '0.00%',
  integer: '0',
};

/** Light amber behind an out-of-tolerance row, a stronger one on its flag cell. */
const FLAG_ROW_FILL = 'FFFFF2CC';
const FLAG_CELL_FILL = 'FFF4B183';
const FLAG_TEXT = '超差 OUT OF TOLERANCE';

const MATRIX_COLUMNS: OutColumn<MatrixCellJson>[] = [
  text('对象 Audience', 12, (c) => c.audience),
  text('SKU', 14, (c) => c.sku),
  text('品类 Category', 14, (c) => c.category),
  text('省份 Province', 10, (c) => c.provinceName),
  text('渠道 Channel', 18, (c) => c.channel),
  text('等级 Grade', 10, (c) => c.grade),
  text('层级 Tier', 10, (c) => c.tier),
  text('医院/经销商 Party', 14, (c) => c.hospital ?? c.distributor),
  text('计划覆盖 InPlan', 10, (c) => (c.inPlan ? '是 Y' : '否 N')),
  money('目录价 List', (c) => c.listUnitPrice),
  money('计划前净价 NetBefore', (c) => c.netBefore),
  money('计划后净价 NetAfter', (c) => c.netAfter),
  percent('折扣 Discount', (c) => c.discountPct),
  percent('高于最低 AboveMin', (c) => c.deviationPct),
  text('价差标记 Flag', 22, (c) => (c.flagged ? FLAG_TEXT : null)),
  text('计划后适用规则 AppliedAfter', 36, (c) => c.appliedAfter.join('; ')),
  text('计划前适用规则 AppliedBefore', 36, (c) => c.appliedBefore.join('; ')),
  text('触及规则 PlanRules', 24, (c) => c.rules.join(', ')),
];

const DISPERSION_COLUMNS: OutColumn<DispersionJson>[] = [
  text('对象 Audience', 12, (d) => d.audience),
  text('SKU', 14, (d) => d.sku),
  text('渠道 Channel', 18, (d) => d.channel),
  text('等级 Grade', 10, (d) => d.grade),
  text('层级 Tier', 10, (d) => d.tier),
  { header: '省份数 Provinces', kind: 'integer', width: 10, value: (d) => d.provinces },
  money('最低净价 MinNet', (d) => d.minNet),
  text('最低省份 MinProvince', 12, (d) => d.minProvince),
  money('最高净价 MaxNet', (d) => d.maxNet),
  text('最高省份 MaxProvince', 12, (d) => d.maxProvince),
  percent('计划前价差 SpreadBefore', (d) => d.spreadPctBefore),
  percent('计划后价差 Spread', (d) => d.spreadPct),
  text('价差标记 Flag', 22, (d) => (d.flagged ? FLAG_TEXT : null)),
];

export async function writePriceMatrixWorkbook(path: string, matrix: PriceMatrix): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  writeSheet(workbook, MATRIX_SHEET, MATRIX_COLUMNS, matrix.cells, (c) => c.flagged);
  writeSheet(workbook, DISPERSION_SHEET, DISPERSION_COLUMNS, matrix.dispersion, (d) => d.flagged);
  await workbook.commit();
}

function writeSheet<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: OutColumn<T>[],
  rows: readonly T[],
  isFlagged: (row: T) => boolean,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();

  const flagColumn = columns.findIndex((column) => column.header.endsWith('Flag')) + 1;
  for (const row of rows) {
    const added = sheet.addRow(columns.map((column) => column.value(row)));
    const flagged = isFlagged(row);
    columns.forEach((column, index) => {
      const cell = added.getCell(index + 1);
      cell.numFmt = FORMATS[column.kind];
      if (flagged) cell.fill = solid(index + 1 === flagColumn ? FLAG_CELL_FILL : FLAG_ROW_FILL);
    });
    added.commit();
  }
  sheet.commit();
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function text<T>(header: string, width: number, value: (row: T) => string | null): OutColumn<T> {
  return { header, kind: 'text', width, value };
}

function money<T>(header: string, value: (row: T) => string | null): OutColumn<T> {
  return { header, kind: 'money', width: 14, value: (row) => numberOf(value(row)) };
}

/** Percent points in JSON ("8.00"), a fraction in the cell (0.08) so Excel's % format shows 8.00%. */
function percent<T>(header: string, value: (row: T) => string | null): OutColumn<T> {
  return {
    header,
    kind: 'percent',
    width: 12,
    value: (row) => {
      const points = value(row);
      return points === null ? null : new Decimal(points).dividedBy(100).toNumber();
    },
  };
}

/** Decimal strings of at most 2 places (money, percent points) are exact enough as doubles. */
function numberOf(textValue: string | null): number | null {
  return textValue === null ? null : Number(textValue);
}
