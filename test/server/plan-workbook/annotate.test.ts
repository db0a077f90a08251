import { Workbook } from 'exceljs';
import type { Finding } from '../../../server/src/domain/finding';
import { annotateWorkbook } from '../../../server/src/plans/plan-workbook';
import { buildWorkbook, percent } from './plan-fixtures';

const RED = 'FFFFC7CE';
const AMBER = 'FFFFEB9C';

/** Rules: a title row, the header on row 2 (A PlanCode … D Value), data from row 3. */
async function rulesWorkbook(): Promise<Buffer> {
  return buildWorkbook([
    {
      sheet: '规则 Rules',
      title: 'Rules 2026',
      headers: [
        ['planCode', 'PlanCode'],
        ['ruleCode', 'RuleCode'],
        ['mechanic', '机制 Mechanic'],
        ['value', 'Value'],
      ],
      records: [
        { planCode: 'P1', ruleCode: 'R1', mechanic: 'PCT_OFF', value: percent(0.1) },
        { planCode: 'P1', ruleCode: 'R2', mechanic: 'DISCOUNT', value: percent(1.5) },
      ],
    },
  ]);
}

const FINDINGS: Finding[] = [
  {
    sheet: '规则 Rules',
    row: 4,
    column: '机制 Mechanic',
    code: 'UNKNOWN_MECHANIC',
    severity: 'BLOCK',
    message: '"DISCOUNT" is not a known value.',
  },
  {
    sheet: '规则 Rules',
    row: 4,
    column: 'Value',
    code: 'PERCENT_OUT_OF_RANGE',
    severity: 'BLOCK',
    message: '150% is above 100.',
  },
  {
    sheet: '规则 Rules',
    row: 4,
    column: 'Value',
    code: 'UNUSED_FIELD',
    severity: 'WARN',
    message: 'Also a warning.',
  },
  {
    sheet: '规则 Rules',
    row: 3,
    column: 'RuleCode',
    code: 'UNUSED_FIELD',
    severity: 'WARN',
    message: 'A warning.',
  },
  {
    sheet: '计划 Plans',
    code: 'MISSING_SHEET',
    severity: 'BLOCK',
    message: 'Add the Plans sheet.',
  },
];

async function annotated(findings = FINDINGS): Promise<Workbook> {
  const workbook = new Workbook();
  const buffer = await annotateWorkbook(await rulesWorkbook(), findings);
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

const fillOf = (workbook: Workbook, address: string) => {
  const fill = workbook.getWorksheet('规则 Rules')!.getCell(address).fill;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
};

describe('annotateWorkbook', () => {
  test('fills each finding cell by its most severe finding, and leaves the rest alone', async () => {
    const workbook = await annotated();

    expect(fillOf(workbook, 'C4')).toBe(RED);
    expect(fillOf(workbook, 'D4')).toBe(RED);
    expect(fillOf(workbook, 'B3')).toBe(AMBER);
    // D3 was written with the same percent format as D4, so ExcelJS loads them sharing a style.
    expect(fillOf(workbook, 'D3')).toBeUndefined();
    expect(fillOf(workbook, 'C3')).toBeUndefined();
  });

  test('notes carry every message of the cell', async () => {
    const sheet = (await annotated()).getWorksheet('规则 Rules')!;

    expect(sheet.getCell('D4').note).toBe(
      '[BLOCK] PERCENT_OUT_OF_RANGE: 150% is above 100.\n[WARN] UNUSED_FIELD: Also a warning.',
    );
    expect(sheet.getCell('C3').note).toBeUndefined();
  });

  test('the Findings sheet lists every finding, linking to located cells', async () => {
    const sheet = (await annotated()).getWorksheet('校验结果 Findings')!;

    expect(sheet.rowCount).toBe(1 + FINDINGS.length);
    expect(sheet.getRow(2).getCell(2).value).toBe('UNKNOWN_MECHANIC');
    expect(sheet.getRow(2).getCell(7).value).toEqual({
      formula: `HYPERLINK("#'规则 Rules'!C4","C4")`,
      result: 'C4',
    });
    expect(sheet.getRow(6).getCell(1).value).toBe('BLOCK');
    expect(sheet.getRow(6).getCell(3).value).toBe('计划 Plans');
    expect(sheet.getRow(6).getCell(7).value).toBeNull();
  });

  test('annotating an annotated workbook replaces the Findings sheet', async () => {
    const once = await annotateWorkbook(await rulesWorkbook(), FINDINGS);
    const twice = await annotateWorkbook(once, FINDINGS.slice(0, 1));
    const workbook = new Workbook();
    await workbook.xlsx.load(twice as unknown as Parameters<typeof workbook.xlsx.load>[0]);

    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name === '校验结果 Findings')).toHaveLength(1);
    expect(workbook.getWorksheet('校验结果 Findings')!.rowCount).toBe(2);
  });

  test('a finding whose column is not on the sheet is listed only', async () => {
    const finding: Finding = {
      sheet: '规则 Rules',
      row: 3,
      column: '对象 Audience',
      code: 'MISSING_COLUMN',
      severity: 'BLOCK',
      message: 'Add it.',
    };
    const workbook = await annotated([finding]);

    expect(workbook.getWorksheet('校验结果 Findings')!.getRow(2).getCell(7).value).toBeNull();
    for (const address of ['A3', 'B3', 'C3', 'D3'])
      expect(fillOf(workbook, address)).toBeUndefined();
  });
});
