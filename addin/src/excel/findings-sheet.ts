import { type CellFinding, linkFormula } from './cell-findings';
import { GENERAL_FORMAT, TEXT_FORMAT, numberFormatOf } from './number-formats';
import { valueForEntry } from './text-entry';
import type { GridBlock } from './write-grid';

/** The Findings sheet: one row per finding, with a link to its cell. */
export interface FindingsSheetLabels {
  name: string;
  header: [string, string, string, string, string, string, string];
}

export const DEFAULT_FINDINGS_SHEET: FindingsSheetLabels = {
  name: 'Findings',
  header: [
    '工作表 Sheet',
    '行 Row',
    '列 Column',
    '代码 Code',
    '级别 Severity',
    '说明 Message',
    '位置 Link',
  ],
};

const FORMATS = [
  TEXT_FORMAT,
  numberFormatOf('integer'),
  TEXT_FORMAT,
  TEXT_FORMAT,
  TEXT_FORMAT,
  TEXT_FORMAT,
  // The link is our own HYPERLINK formula: General, so Excel takes it as a formula.
  GENERAL_FORMAT,
];

export function findingsBlock(findings: CellFinding[], labels: FindingsSheetLabels): GridBlock {
  const rows = findings.map((f) => [
    valueForEntry(f.sheet ?? '', 'text'),
    f.row ?? '',
    valueForEntry(f.column ?? '', 'text'),
    valueForEntry(f.code, 'text'),
    f.severity,
    valueForEntry(f.message, 'text'),
    f.address && f.sheet ? linkFormula(f.sheet, f.address) : '',
  ]);
  const header = labels.header.map((name) => valueForEntry(name, 'text'));
  return {
    top: 0,
    left: 0,
    columnCount: FORMATS.length,
    rowCount: rows.length + 1,
    formats: [header.map(() => TEXT_FORMAT), ...rows.map(() => FORMATS)],
    values: [header, ...rows],
  };
}
