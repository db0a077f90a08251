import { FakeExcel } from '../../addin/src/testing/fake-excel';

/** The fake behaves like office-js where the adapters depend on it. */
describe('fake Excel', () => {
  test('a property can be read only after load and sync', async () => {
    const excel = new FakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1');
    const range = sheet.getRange('A1:B1');
    range.values = [['a', 1]];
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));

    await excel.context.sync();
    expect(range.values).toEqual([['a', 1]]);
    expect(excel.syncCount).toBe(1);
  });

  test('isNullObject is known after a sync', async () => {
    const excel = new FakeExcel();
    const missing = excel.context.workbook.worksheets.getItemOrNullObject('Nope');
    expect(() => missing.isNullObject).toThrow();
    await excel.context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  test('a request over the payload limit is refused and changes nothing', async () => {
    const excel = new FakeExcel({ payloadLimit: 1000 });
    const range = excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100');
    range.values = Array.from({ length: 100 }, () => ['规则说明文字']);
    await expect(excel.context.sync()).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
    expect(excel.valuesOf('Sheet1')).toEqual([]);
  });

  test('a response over the payload limit is refused', async () => {
    const excel = new FakeExcel({ payloadLimit: 100_000 });
    const sheet = excel.model.sheet('Sheet1')!;
    for (let row = 0; row < 3000; row++)
      sheet.cellForWrite(row, 0).value = '浙江大学医学院附属第一医院';
    const range = excel.context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3000');
    range.load('values');
    await expect(excel.context.sync()).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
    expect(() => range.values).toThrow();
  });

  test('written strings are taken like typed input unless the cell is Text or the string has an apostrophe', async () => {
    const excel = new FakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1');
    const general = sheet.getRange('A1:F1');
    general.values = [['=HYPERLINK("http://x","y")', '00123', '+86', '2026-01-01', "'=1+1", '10%']];
    const text = sheet.getRange('A2:B2');
    text.numberFormat = [['@', '@']];
    text.values = [['=HYPERLINK("http://x","y")', '00123']];
    await excel.context.sync();

    const cells = excel.model.sheet('Sheet1')!;
    expect(cells.cell(0, 0)).toMatchObject({ value: 'y', formula: '=HYPERLINK("http://x","y")' });
    expect(cells.cell(0, 1)!.value).toBe(123);
    expect(cells.cell(0, 2)!.value).toBe(86);
    expect(cells.cell(0, 3)).toMatchObject({ value: 46023, numberFormat: 'yyyy/m/d' });
    expect(cells.cell(0, 4)).toMatchObject({ value: '=1+1' });
    expect(cells.cell(0, 4)!.formula).toBeUndefined();
    expect(cells.cell(0, 5)).toMatchObject({ value: 0.1, numberFormat: '0%' });
    expect(cells.cell(1, 0)).toMatchObject({ value: '=HYPERLINK("http://x","y")' });
    expect(cells.cell(1, 0)!.formula).toBeUndefined();
    expect(cells.cell(1, 1)!.value).toBe('00123');
  });

  test('an API above the host version fails the sync with ApiNotFound', async () => {
    const excel = new FakeExcel({ apiVersion: '1.12' });
    excel.context.workbook.worksheets.getItem('Sheet1').notes.add('A1', 'hello');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(excel.officeGlobal().context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(excel.officeGlobal().context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(
      false,
    );
  });

  test('failures on demand fail matching batches only, as many times as asked', async () => {
    const excel = new FakeExcel();
    excel.failWhen((batch) => batch.writes('bad'), 1);
    const sheet = excel.context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1').values = [['bad']];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    sheet.getRange('A1').values = [['bad']];
    await excel.context.sync();
    expect(excel.valuesOf('Sheet1')).toEqual([['bad']]);
  });

  test('change events can be dropped', () => {
    const excel = new FakeExcel();
    const heard: string[] = [];
    excel.context.workbook.worksheets
      .getItem('Sheet1')
      .onChanged.add((e) => void heard.push(e.address));
    excel.userEdit('Sheet1', 'A1', 'x');
    excel.dropChangeEvents({ everyNth: 2 });
    excel.userEdit('Sheet1', 'A2', 'y');
    excel.userEdit('Sheet1', 'A3', 'z');
    excel.dropChangeEvents('all');
    excel.userEdit('Sheet1', 'A4', 'w');
    expect(heard).toEqual(['A1', 'A3']);
    expect(excel.valuesOf('Sheet1')).toEqual([['x'], ['y'], ['z'], ['w']]);
  });

  test('the date system is what DATE(1904,1,1) says', async () => {
    for (const [date1904, serial] of [
      [false, 1462],
      [true, 0],
    ] as const) {
      const excel = new FakeExcel({ date1904 });
      const result = excel.context.workbook.functions.date(1904, 1, 1);
      result.load('value');
      await excel.context.sync();
      expect(result.value).toBe(serial);
    }
  });
});
