/**
 * The price matrix as a workbook: sheet 价格矩阵 Matrix, one row per cell (out-of-tolerance rows
 * filled), and sheet 价差 Dispersion, one row per comparison group. Streaming writer: a plan of
 * thousands of rules can touch hundreds of thousands of cells.
 */
import ExcelJS from 'exceljs';

import { provinceName } from '../domain/provinces';
import type { DispersionJson, MatrixCellJson } from '../matrix/assemble-matrix';
import type { PriceMatrix } from '../matrix/build-price-matrix';
import {
  integerColumn as integer,
  moneyColumn as money,
  type OutColumn,
  percentColumn as percent,
  textColumn as text,
  writeTableSheet,
} from './table-sheet';

export const MATRIX_SHEET = '价格矩阵 Matrix';
export const DISPERSION_SHEET = '价差 Dispersion';
export const FLAG_TEXT = '超差 OUT OF TOLERANCE';

const MATRIX_COLUMNS: OutColumn<MatrixCellJson>[] = [
  text('对象 Audience', 12, (c) => c.audience),
  text('SKU', 14, (c) => c.sku),
  text('品类 Category', 14, (c) => c.category),
  text('省份 Province', 12, (c) => c.provinceName),
  text('渠道 Channel', 18, (c) => c.channel),
  text('等级 Grade', 10, (c) => c.grade),
  text('层级 Tier', 10, (c) => c.tier),
  text('医院/经销商 Party', 18, (c) => c.hospital ?? c.distributor),
  text('计划覆盖 InPlan', 14, (c) => (c.inPlan ? '是 Y' : '否 N')),
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
  integer('省份数 Provinces', (d) => d.provinces, 18),
  money('最低净价 MinNet', (d) => d.minNet),
  text('最低省份 MinProvince', 22, (d) => named(d.minProvince)),
  money('最高净价 MaxNet', (d) => d.maxNet),
  text('最高省份 MaxProvince', 22, (d) => named(d.maxProvince)),
  percent('计划前价差 SpreadBefore', (d) => d.spreadPctBefore, 26),
  percent('计划后价差 Spread', (d) => d.spreadPct, 20),
  text('价差标记 Flag', 22, (d) => (d.flagged ? FLAG_TEXT : null)),
];

export async function writePriceMatrixWorkbook(path: string, matrix: PriceMatrix): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  writeTableSheet(workbook, MATRIX_SHEET, MATRIX_COLUMNS, matrix.cells, flagsAt(MATRIX_COLUMNS));
  writeTableSheet(
    workbook,
    DISPERSION_SHEET,
    DISPERSION_COLUMNS,
    matrix.dispersion,
    flagsAt(DISPERSION_COLUMNS),
  );
  await workbook.commit();
}

function flagsAt<T extends { flagged: boolean }>(columns: OutColumn<T>[]) {
  return {
    isFlagged: (row: T) => row.flagged,
    flagColumn: columns.findIndex((column) => column.header.endsWith('Flag')) + 1,
  };
}

/** The short Chinese name a planner reads, not the GB/T 2260 code the JSON carries. */
function named(province: string | null): string | null {
  return province === null ? null : provinceName(province);
}
