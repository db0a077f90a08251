import {
  locateFindings,
  readSheetTable,
  writeFindings,
  writeSheetTable,
} from '../../addin/src/excel';
import { countSyncs, fakeHost } from './fake-support';
import type { TableToWrite } from '../../addin/src/excel';
import { needsFormat, planTable, ruleTable } from './fixtures';

/**
 * The number of syncs of Validate (read the sheet, write findings back) and of pulling a version
 * (write the sheet) is the same for 1 row and for 20,000 rows: no sync per row. Batches are cut
 * by bytes: 20,000 plan rows fit one write batch under Excel on the web's 5 MB; 20,000 rule
 * rows of Chinese text (about 6.7 MB with formats) take one more, which the test shows too.
 */
async function pullVersion(table: TableToWrite) {
  const excel = fakeHost();
  return countSyncs(excel, () =>
    writeSheetTable(excel.excelContext, table, { tableName: 'Table' }),
  );
}

async function validate(rows: number) {
  const excel = fakeHost();
  await writeSheetTable(excel.excelContext, ruleTable(rows));
  const findingsOn = (table: { firstRow: number }) =>
    [0, 1, 2].map((i) => ({
      sheet: '规则',
      row: table.firstRow + Math.min(i * 7000, rows - 1),
      column: '值',
      code: 'BAD_VALUE',
      severity: 'BLOCK' as const,
      message: '值必须在 0–100% 之间',
    }));

  return countSyncs(excel, async () => {
    const table = await readSheetTable(excel.excelContext, '规则', { needsFormat });
    await writeFindings(excel.excelContext, locateFindings(findingsOn(table), [table]));
  });
}

test('pulling a version takes as many syncs for 20,000 rows as for 1', async () => {
  const one = await pullVersion(planTable(1));
  const many = await pullVersion(planTable(20_000));
  expect(many).toBe(one);
  expect(one).toBeLessThanOrEqual(6);
});

test('more syncs come from bytes, not rows: 20,000 Chinese rule rows take one more batch', async () => {
  const one = await pullVersion(ruleTable(1));
  const many = await pullVersion(ruleTable(20_000));
  expect(many).toBe(one + 1);
});

test('validating takes as many syncs for 20,000 rows as for 1', async () => {
  const one = await validate(1);
  const many = await validate(20_000);
  expect(many).toBe(one);
  expect(one).toBeLessThanOrEqual(10);
});

test('validating takes as many syncs for 2,000 findings as for 1', async () => {
  const run = async (count: number) => {
    const excel = fakeHost();
    await writeSheetTable(excel.excelContext, ruleTable(2000));
    const findings = Array.from({ length: count }, (_, i) => ({
      sheet: '规则',
      row: 2 + i,
      column: '产品',
      code: 'UNKNOWN_SKU',
      severity: 'WARN' as const,
      message: `未知产品 STENT-${i}`,
    }));
    return countSyncs(excel, async () => {
      const table = await readSheetTable(excel.excelContext, '规则');
      await writeFindings(excel.excelContext, locateFindings(findings, [table]));
    });
  };
  expect(await run(2000)).toBe(await run(1));
});
