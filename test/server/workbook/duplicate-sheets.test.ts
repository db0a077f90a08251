import { Workbook } from 'exceljs';
import { readWorkbook, type SheetSpec } from '../../../server/src/workbook/read-workbook';

const RULES: SheetSpec = {
  key: 'rules',
  zh: '规则',
  en: 'Rules',
  required: true,
  columns: [
    { key: 'code', zh: '编码', en: 'Code', required: true },
    { key: 'value', zh: '值', en: 'Value' },
  ],
};

/** A planner who keeps rules on "规则 Rules" and more on a sheet named "Rules". */
async function twoRuleSheets(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('规则 Rules').addRows([
    ['Code', 'Value'],
    ['R1', '10%'],
  ]);
  workbook.addWorksheet('Notes').addRows([['Code', 'Value']]);
  workbook.addWorksheet('Rules').addRows([
    ['Code', 'Value'],
    ['R99', '50%'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('two sheets holding one table', () => {
  test('the second is a BLOCK finding naming both sheets, not silently dropped', async () => {
    const { tables, findings } = await readWorkbook(await twoRuleSheets(), [RULES]);

    expect(findings).toEqual([
      {
        sheet: 'Rules',
        code: 'DUPLICATE_SHEET',
        severity: 'BLOCK',
        message:
          'Both "规则 Rules" and "Rules" hold the 规则 Rules table and only one is read: move all rows onto one sheet, and delete or rename the other.',
      },
    ]);
    expect(tables.rules!.sheet).toBe('规则 Rules');
    expect(tables.rules!.rows.map((row) => row.cells.code.value)).toEqual(['R1']);
  });
});
