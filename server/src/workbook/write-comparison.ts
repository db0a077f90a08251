/**
 * A what-if comparison as a workbook: sheet 对比 Compare, one row per order line with its net
 * under each version, the difference and the rules applied under each; lines whose price changed
 * are filled.
 */
import ExcelJS from 'exceljs';

import type { AppliedJson, ComparedLine, Comparison } from '../orders/compare-versions';
import {
  integerColumn as integer,
  moneyColumn as money,
  type OutColumn,
  textColumn as text,
  writeTableSheet,
} from './table-sheet';

export const COMPARE_SHEET = '对比 Compare';

function columns(from: string, to: string): OutColumn<ComparedLine>[] {
  return [
    text('订单号 OrderNo', 16, (l) => l.orderNo),
    integer('行号 LineNo', (l) => l.lineNo),
    text('SKU', 14, (l) => l.sku),
    integer('数量 Qty', (l) => l.qty),
    money('目录单价 ListUnitPrice', (l) => l.listUnitPrice),
    money(`净额 Net ${from}`, (l) => l.netFrom),
    money(`净额 Net ${to}`, (l) => l.netTo),
    money('差额 Difference', (l) => l.difference),
    money(`净单价 NetUnit ${from}`, (l) => l.netUnitFrom),
    money(`净单价 NetUnit ${to}`, (l) => l.netUnitTo),
    text(`适用规则 Rules ${from}`, 36, (l) => appliedText(l.appliedFrom)),
    text(`适用规则 Rules ${to}`, 36, (l) => appliedText(l.appliedTo)),
    text('发现 Findings', 40, (l) => l.findings.join('; ')),
  ];
}

export async function writeComparisonWorkbook(path: string, comparison: Comparison): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  const changed = (line: ComparedLine) => line.difference !== null && Number(line.difference) !== 0;
  writeTableSheet(
    workbook,
    COMPARE_SHEET,
    columns(comparison.from, comparison.to),
    comparison.lines,
    {
      isFlagged: changed,
      flagColumn: 8,
    },
  );
  await workbook.commit();
}

export function appliedText(applied: AppliedJson[]): string {
  return applied.map((entry) => `${entry.rule} −${entry.amount}`).join('; ');
}
