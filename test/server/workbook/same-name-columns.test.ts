import { Workbook } from 'exceljs';
import { bilingual } from '../../../server/src/workbook/header-match';
import { readWorkbook, type SheetSpec } from '../../../server/src/workbook/read-workbook';

/** SKU and GTIN are the same word in Chinese and English headers. */
const LINES: SheetSpec = {
  key: 'lines',
  zh: '订单行',
  en: 'Lines',
  required: true,
  columns: [
    { key: 'orderNo', zh: '订单号', en: 'OrderNo', required: true },
    { key: 'sku', zh: 'SKU', en: 'SKU', required: true },
    { key: 'qty', zh: '数量', en: 'Qty', required: true },
  ],
};

describe('a column whose Chinese and English names are the same', () => {
  test('is named once in messages', () => {
    expect(bilingual({ zh: 'SKU', en: 'SKU' })).toBe('SKU');
    expect(bilingual({ zh: '订单号', en: 'OrderNo' })).toBe('订单号 OrderNo');
  });

  test('a missing SKU column says "SKU" once, not "SKU SKU" or "SKU" or "SKU"', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Lines').addRows([
      ['订单号', 'Qty'],
      ['SO-1', 5],
    ]);
    const source = Buffer.from(await workbook.xlsx.writeBuffer());
    const { findings } = await readWorkbook(source, [LINES]);

    expect(findings).toEqual([
      {
        sheet: 'Lines',
        row: 1,
        column: 'SKU',
        code: 'MISSING_COLUMN',
        severity: 'BLOCK',
        message: 'The header row has no column "SKU": add it.',
      },
    ]);
  });
});
