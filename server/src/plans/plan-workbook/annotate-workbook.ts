import { Workbook, type Cell, type Worksheet } from 'exceljs';
import type { Finding, Severity } from '../../domain/finding';
import { compactName } from '../../workbook/header-match';

export const FINDINGS_SHEET = '校验结果 Findings';

/** Light fills a planner can read text through: red refuses, amber needs approval, blue informs. */
export const SEVERITY_FILL: Record<Severity, string> = {
  BLOCK: 'FFFFC7CE',
  WARN: 'FFFFEB9C',
  INFO: 'FFDDEBF7',
};
const SEVERITY_RANK: Record<Severity, number> = { BLOCK: 0, WARN: 1, INFO: 2 };

/** Headers sit in the first rows; a finding's column is the header text as found there. */
const HEADER_SEARCH_ROWS = 10;

/**
 * A copy of the workbook with each finding's cell filled by severity and given a note, and a
 * 校验结果 Findings sheet listing every finding with a link to its cell. The in-memory reader is
 * fine here: annotation runs on a rejected workbook that a planner will open anyway.
 */
export async function annotateWorkbook(source: Buffer, findings: Finding[]): Promise<Buffer> {
  const workbook = new Workbook();
  // ExcelJS's typings predate Node's generic Buffer; the value is an ordinary Buffer.
  await workbook.xlsx.load(source as unknown as Parameters<typeof workbook.xlsx.load>[0]);

  const cells = findings.map((finding) => locate(workbook, finding));
  markCells(findings, cells);
  writeFindingsSheet(workbook, findings, cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function locate(workbook: Workbook, finding: Finding): Cell | undefined {
  if (finding.sheet === undefined || finding.row === undefined || finding.column === undefined) {
    return undefined;
  }
  const sheet = workbook.getWorksheet(finding.sheet);
  const column = sheet && headerColumn(sheet, finding.column, finding.row);
  return column === undefined ? undefined : sheet!.getRow(finding.row).getCell(column);
}

/** The column headed `header` in the topmost row (at or above the finding's row) that has it. */
function headerColumn(sheet: Worksheet, header: string, maxRow: number): number | undefined {
  const wanted = compactName(header);
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, maxRow); row += 1) {
    let found: number | undefined;
    sheet.getRow(row).eachCell((cell, col) => {
      if (found === undefined && compactName(cell.text ?? '') === wanted) found = col;
    });
    if (found !== undefined) return found;
  }
  return undefined;
}

/** One fill and one note per cell: the most severe colour, every message. */
function markCells(findings: Finding[], cells: (Cell | undefined)[]): void {
  const byCell = new Map<Cell, Finding[]>();
  cells.forEach((cell, i) => {
    if (cell !== undefined) byCell.set(cell, [...(byCell.get(cell) ?? []), findings[i]]);
  });
  for (const [cell, list] of byCell) {
    const worst = list.reduce((a, b) =>
      SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a,
    );
    // A new style object: ExcelJS shares one style between cells loaded with the same format.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILL[worst.severity] } },
    };
    cell.note = list
      .map((finding) => `[${finding.severity}] ${finding.code}: ${finding.message}`)
      .join('\n');
  }
}

const FINDINGS_COLUMNS = [
  { header: '严重度 Severity', width: 14 },
  { header: '代码 Code', width: 24 },
  { header: '工作表 Sheet', width: 16 },
  { header: '行 Row', width: 8 },
  { header: '列 Column', width: 20 },
  { header: '说明 Message', width: 80 },
  { header: '位置 Link', width: 14 },
];

function writeFindingsSheet(
  workbook: Workbook,
  findings: Finding[],
  cells: (Cell | undefined)[],
): void {
  const previous = workbook.getWorksheet(FINDINGS_SHEET);
  if (previous !== undefined) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(FINDINGS_SHEET);
  sheet.columns = FINDINGS_COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  findings.forEach((finding, i) => {
    const row = sheet.addRow([
      finding.severity,
      finding.code,
      finding.sheet ?? null,
      finding.row ?? null,
      finding.column ?? null,
      finding.message,
      linkTo(finding.sheet, cells[i]),
    ]);
    row.getCell(1).style = {
      fill: {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: SEVERITY_FILL[finding.severity] },
      },
    };
  });
}

/**
 * A HYPERLINK formula: ExcelJS writes in-document hyperlink values as external relationships,
 * which Excel does not always follow, while the formula works in Excel, WPS and LibreOffice.
 */
function linkTo(sheetName: string | undefined, cell: Cell | undefined) {
  if (sheetName === undefined || cell === undefined) return null;
  const target = `#'${sheetName.replace(/'/g, "''")}'!${cell.address}`;
  return {
    formula: `HYPERLINK("${target.replace(/"/g, '""')}","${cell.address}")`,
    result: cell.address,
  };
}
