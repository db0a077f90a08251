import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { parseDate } from '../../../server/src/workbook/cell-parsers';
import { readWorkbook, type SheetSpec } from '../../../server/src/workbook/read-workbook';
import { hasDate1904 } from '../../../server/src/workbook/workbook-parts';

const ORDERS: SheetSpec = {
  key: 'orders',
  zh: '订单',
  en: 'Orders',
  required: true,
  columns: [
    { key: 'code', zh: '编码', en: 'Code', required: true },
    { key: 'date', zh: '日期', en: 'Date' },
    { key: 'amount', zh: '金额', en: 'Amount' },
    { key: 'rate', zh: '比例', en: 'Rate' },
    { key: 'name', zh: '名称', en: 'Name' },
  ],
};
const EXTRA: SheetSpec = {
  key: 'extra',
  zh: '附加',
  en: 'Extra',
  required: false,
  columns: [{ key: 'code', zh: '编码', en: 'Code' }],
};

async function toBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Title row (merged) above a bilingual header, then cells of every awkward kind. */
async function awkwardWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('Cover').addRow(['not a table']);
  const sheet = workbook.addWorksheet('订单 Orders');
  sheet.addRow(['2026 年度订单']);
  sheet.mergeCells('A1:E1');
  sheet.addRow(['Ignored', '编码 Code', '日期\nDate', '金额', 'RATE', 'Name']);
  sheet.addRow(['x', 'A-1', new Date(Date.UTC(2025, 8, 30)), '50,000', 0.105, 'plain']);
  sheet.getCell('E3').numFmt = '0.0%';
  sheet.addRow([]);
  sheet.addRow(['only an unknown column']);
  sheet.addRow([
    null,
    { richText: [{ text: 'B' }, { font: { bold: true }, text: '-2' }] },
    { formula: 'DATE(2026,1,1)', result: 46023 },
    { formula: 'SUM(1,2)', result: 3 },
    { error: '#N/A' },
    { text: 'link text', hyperlink: 'https://example.com' },
  ]);
  sheet.getCell('C6').numFmt = 'yyyy-mm-dd';
  sheet.addRow([null, 'C-3', 60]);
  sheet.getCell('C7').numFmt = 'yyyy/m/d';
  return toBuffer(workbook);
}

describe('readWorkbook', () => {
  test('finds the header under a title row and reads displayed values', async () => {
    const { tables, findings, date1904 } = await readWorkbook(await awkwardWorkbook(), [ORDERS]);
    const table = tables.orders!;

    expect(findings).toEqual([]);
    expect(date1904).toBe(false);
    expect(table.sheet).toBe('订单 Orders');
    expect(table.headerRow).toBe(2);
    expect(table.headers).toEqual({
      code: '编码 Code',
      date: '日期\nDate',
      amount: '金额',
      rate: 'RATE',
      name: 'Name',
    });
    expect(table.rows.map((row) => row.row)).toEqual([3, 6, 7]);
    expect(table.rows[0].cells).toEqual({
      code: { value: 'A-1', percent: false },
      date: { value: new Date(Date.UTC(2025, 8, 30)), percent: false },
      amount: { value: '50,000', percent: false },
      rate: { value: 0.105, percent: true },
      name: { value: 'plain', percent: false },
    });
    expect(table.rows[1].cells).toEqual({
      code: { value: 'B-2', percent: false },
      date: { value: new Date(Date.UTC(2026, 0, 1)), percent: false },
      amount: { value: 3, percent: false },
      rate: { value: null, percent: false, error: '#N/A' },
      name: { value: 'link text', percent: false },
    });
  });

  test('a date-formatted serial 60 stays a number, so the date parser can refuse it', async () => {
    const { tables } = await readWorkbook(await awkwardWorkbook(), [ORDERS]);
    const cell = tables.orders!.rows[2].cells.date;

    expect(cell.value).toBe(60);
    expect(parseDate(cell).ok).toBe(false);
  });

  test('reads 1904-system dates', async () => {
    const workbook = new Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Orders');
    sheet.addRow(['Code', 'Date']);
    // 1904 serial 44561 is 2026-01-01 (1462 days behind the 1900 system's 46023).
    sheet.addRow(['A', 44561]);
    sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
    sheet.addRow(['B', 0]);
    sheet.getCell('B3').numFmt = 'yyyy-mm-dd';

    const { tables, date1904 } = await readWorkbook(await toBuffer(workbook), [ORDERS]);

    expect(date1904).toBe(true);
    expect(tables.orders!.rows.map((row) => row.cells.date.value)).toEqual([
      new Date(Date.UTC(2026, 0, 1)),
      new Date(Date.UTC(1904, 0, 1)),
    ]);
  });

  test.each([['订单'], ['orders'], ['ＯＲＤＥＲＳ'], ['Orders 订单'], ['订单 Orders']])(
    'matches the sheet named %p',
    async (name) => {
      const workbook = new Workbook();
      workbook.addWorksheet(name).addRows([
        ['编码', '名称'],
        ['A', 'first'],
      ]);
      const { tables } = await readWorkbook(await toBuffer(workbook), [ORDERS]);
      expect(tables.orders?.rows.map((row) => row.cells.name.value)).toEqual(['first']);
    },
  );

  test('accepts a column alias', async () => {
    const spec: SheetSpec = {
      ...ORDERS,
      columns: [
        ...ORDERS.columns,
        { key: 'tiers', zh: '层级', en: 'DealerTiers', aliases: ['层级 Tiers'] },
      ],
    };
    const workbook = new Workbook();
    workbook.addWorksheet('Orders').addRows([
      ['Code', '层级 Tiers'],
      ['A', 'T1'],
    ]);
    const { tables } = await readWorkbook(await toBuffer(workbook), [spec]);
    expect(tables.orders?.rows[0].cells.tiers.value).toBe('T1');
  });

  test('long Chinese text survives the chunk boundaries of a large part', async () => {
    const names = Array.from({ length: 5000 }, (_, i) => `药物洗脱冠脉支架系统第${i}号规格说明`);
    const workbook = new Workbook();
    workbook
      .addWorksheet('订单')
      .addRows([['编码', '名称'], ...names.map((name, i) => [`C${i}`, name])]);

    const { tables } = await readWorkbook(await toBuffer(workbook), [ORDERS]);

    expect(tables.orders?.rows.map((row) => row.cells.name.value)).toEqual(names);
  });

  test('the matching sheet is found among others, which are skipped', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Lists', { state: 'hidden' }).addRows([
      ['Code', 'Name'],
      ['hidden', 'no'],
    ]);
    workbook.addWorksheet('Notes').addRows([['Code', 'Name'], ['note']]);
    workbook.addWorksheet('Orders').addRows([
      ['Code', 'Name'],
      ['O1', 'yes'],
    ]);

    const { tables, findings } = await readWorkbook(await toBuffer(workbook), [ORDERS]);

    expect(findings).toEqual([]);
    expect(tables.orders?.rows.map((row) => row.cells.code.value)).toEqual(['O1']);
  });

  test('reads from a file path', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Orders').addRows([
      ['Code', 'Name'],
      ['A', 'from disk'],
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'read-workbook-')), 'orders.xlsx');
    writeFileSync(path, await toBuffer(workbook));

    const { tables } = await readWorkbook(path, [ORDERS]);

    expect(tables.orders?.rows[0].cells.name.value).toBe('from disk');
  });

  test('a missing required sheet is a finding; a missing optional one is not', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Something else').addRow(['Code', 'Name']);

    const { tables, findings } = await readWorkbook(await toBuffer(workbook), [ORDERS, EXTRA]);

    expect(tables.orders).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ sheet: '订单 Orders', code: 'MISSING_SHEET', severity: 'BLOCK' }),
    ]);
  });

  test('a missing required column names the sheet, header row and column', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('订单').addRows([['title'], ['名称', '金额'], ['x', 1]]);

    const { tables, findings } = await readWorkbook(await toBuffer(workbook), [ORDERS]);

    expect(tables.orders?.rows).toHaveLength(1);
    expect(findings).toEqual([
      expect.objectContaining({
        sheet: '订单',
        row: 2,
        column: '编码 Code',
        code: 'MISSING_COLUMN',
      }),
    ]);
  });

  test('two columns with one meaning are a finding', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Orders').addRows([
      ['Code', '编码', 'Name'],
      ['A', 'B', 'x'],
    ]);

    const { tables, findings } = await readWorkbook(await toBuffer(workbook), [ORDERS]);

    expect(tables.orders?.rows[0].cells.code.value).toBe('A');
    expect(findings).toEqual([
      expect.objectContaining({ row: 1, column: '编码', code: 'DUPLICATE_COLUMN' }),
    ]);
  });

  test('no header in the first 10 rows is one finding', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Orders');
    for (let row = 1; row <= 10; row += 1) sheet.addRow([`note ${row}`]);
    sheet.addRow(['Code', 'Name']);

    const { tables, findings } = await readWorkbook(await toBuffer(workbook), [ORDERS]);

    expect(tables.orders).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ sheet: 'Orders', code: 'HEADER_NOT_FOUND' }),
    ]);
  });

  test('a file that is not a workbook is a finding, not an exception', async () => {
    const { findings } = await readWorkbook(Buffer.from('PlanCode,Name\nP1,x\n'), [ORDERS]);
    expect(findings).toEqual([expect.objectContaining({ code: 'UNREADABLE_WORKBOOK' })]);
  });
});

describe('hasDate1904', () => {
  test.each<[string, boolean]>([
    ['<workbookPr date1904="1"/>', true],
    ['<workbookPr defaultThemeVersion="164011" date1904="true"/>', true],
    ["<x:workbookPr date1904='1'/>", true],
    ['<workbookPr date1904="0"/>', false],
    ['<workbookPr date1904="false"/>', false],
    ['<workbookPr defaultThemeVersion="164011"/>', false],
    ['<workbook><sheets/></workbook>', false],
  ])('%s → %p', (xml, expected) => {
    expect(hasDate1904(xml)).toBe(expected);
  });
});
