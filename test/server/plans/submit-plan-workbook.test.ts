import { loadVersionContent } from '../../../server/src/db/plan-repository';
import { DEMO_PLANS, buildExamplePlanWorkbook } from '../../../server/src/demo';
import { InputRejectedError } from '../../../server/src/errors';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import {
  diffPlanVersions,
  listPlanVersions,
  requireVersion,
} from '../../../server/src/plans/plan-history';
import { submitPlanWorkbook } from '../../../server/src/plans/submit-plan-workbook';
import { tableCounts } from '../../support/table-counts';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { editWorkbook, setRuleCell } from '../../support/workbook-edit';

let temp: TempDatabase;
let example: Buffer;

beforeAll(async () => {
  example = await buildExamplePlanWorkbook();
});

beforeEach(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
});

afterEach(() => temp.close());

const submit = (file: Buffer, user = 'li.planner', fileName = 'plan.xlsx') =>
  submitPlanWorkbook(temp.db, { file, fileName, user, now: new Date('2026-12-03T09:00:00Z') });

/** SPEC §3.2 heads two columns "Tiers"; in English alone the distributor one is DistributorTiers. */
function englishHeader(bilingual: string): string {
  return bilingual === '经销商层级 Tiers' ? 'DistributorTiers' : bilingual.split(' ').pop()!;
}

async function storedContent(planCode: string, version: number) {
  const row = await requireVersion(temp.db, planCode, version);
  return loadVersionContent(temp.db, row.id);
}

describe('submitting a plan workbook', () => {
  it('stores one version per plan code whose rules are the plans as written', async () => {
    const result = await submit(example);

    expect(result.versions).toEqual([
      { plan: 'ZJ-2026', version: 1 },
      { plan: 'Q4-2026', version: 1 },
    ]);
    for (const plan of DEMO_PLANS) {
      const content = await storedContent(plan.header.planCode, 1);
      expect(content.header).toEqual(plan.header);
      expect(content.rules.map(({ source: _s, ...rule }) => rule)).toEqual(plan.rules);
      expect(
        content.rules.every((rule) => rule.source.sheet === '规则 Rules' && rule.source.row >= 2),
      ).toBe(true);
    }
  });

  it('records file hash, submitter, time and an audit event per version', async () => {
    await submit(example, 'li.planner', '2026年计划.xlsx');

    const [version] = await listPlanVersions(temp.db, 'Q4-2026');
    expect(version).toMatchObject({
      version: 1,
      status: 'SUBMITTED',
      submittedBy: 'li.planner',
      submittedAt: '2026-12-03T09:00:00.000Z',
      sourceFile: '2026年计划.xlsx',
    });
    const { createHash } = await import('node:crypto');
    expect(version.sha256).toBe(createHash('sha256').update(example).digest('hex'));
    const events = await temp.db.auditEvent.findMany({
      where: { action: 'plan.version.submitted' },
    });
    expect(events.map((event) => event.entityId).sort()).toEqual(['Q4-2026@1', 'ZJ-2026@1']);
  });

  it('makes version 2 when two rules change, and the diff lists exactly those changes', async () => {
    await submit(example);
    const changed = await editWorkbook(example, (workbook) => {
      setRuleCell(workbook, 'ZJ-2026', 'R01', 'Value', '9%');
      setRuleCell(workbook, 'ZJ-2026', 'R02', 'MinQty', 40);
    });

    const second = await submit(changed);

    expect(second.versions).toEqual([{ plan: 'ZJ-2026', version: 2 }]);
    expect(second.unchanged).toEqual([{ plan: 'Q4-2026', version: 1 }]);
    expect(await diffPlanVersions(temp.db, 'ZJ-2026', 1, 2)).toEqual({
      added: [],
      removed: [],
      changed: [
        { rule: 'R01', field: 'value', from: '8', to: '9' },
        { rule: 'R02', field: 'minQty', from: 50, to: 40 },
      ],
      plan: [],
    });
  });

  it('makes no new version when the same content is submitted again', async () => {
    await submit(example);
    const again = await submit(example, 'li.planner');
    expect(again.versions).toEqual([]);
    expect(again.unchanged).toHaveLength(2);
    expect((await listPlanVersions(temp.db, 'ZJ-2026')).map((v) => v.version)).toEqual([1]);
  });

  it('treats the same plan with English headers in another column order as the same content', async () => {
    await submit(example);
    const english = await editWorkbook(example, (workbook) => {
      for (const sheet of workbook.worksheets) {
        // Row 1 holds "中文 English" headers: keep the English name. Every row's cells, with their
        // number formats (a percent cell stores 10.5% as 0.105), move to the mirrored column.
        const width = sheet.columnCount;
        sheet.eachRow((row, rowNumber) => {
          const cells = Array.from({ length: width }, (_, i) => row.getCell(i + 1));
          const moved = cells.map((cell) => ({ value: cell.value, numFmt: cell.numFmt }));
          moved.reverse().forEach(({ value, numFmt }, i) => {
            const target = row.getCell(i + 1);
            target.value = rowNumber === 1 ? englishHeader(String(value)) : value;
            target.numFmt = numFmt;
          });
        });
        sheet.name = sheet.name.split(' ').pop()!;
      }
    });

    const again = await submit(english, 'li.planner', 'plan-en.xlsx');

    expect(again.versions).toEqual([]);
    expect(again.unchanged).toEqual([
      { plan: 'ZJ-2026', version: 1 },
      { plan: 'Q4-2026', version: 1 },
    ]);
  });

  it('refuses a workbook with six problems, one finding each, and changes nothing', async () => {
    const bad = await editWorkbook(example, (workbook) => {
      setRuleCell(workbook, 'ZJ-2026', 'R02', 'Products', 'BC-2015, NO-SUCH-SKU');
      setRuleCell(workbook, 'Q4-2026', 'R10', 'Start', new Date(Date.UTC(2026, 11, 20)));
      setRuleCell(workbook, 'Q4-2026', 'R10', 'End', new Date(Date.UTC(2026, 10, 5)));
      setRuleCell(workbook, 'ZJ-2026', 'R01', 'Value', '120%');
      setRuleCell(workbook, 'ZJ-2026', 'R03', 'Mechanic', 'HALF_PRICE');
      setRuleCell(workbook, 'ZJ-2026', 'R04', 'RuleCode', 'R01');
      setRuleCell(workbook, 'Q4-2026', 'R12', 'MinQty', 'ten');
    });
    const before = await tableCounts(temp.db);

    const error = await submit(bad).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InputRejectedError);
    const findings = (error as InputRejectedError).findings;
    expect(findings).toHaveLength(6);
    for (const finding of findings) {
      expect(finding).toMatchObject({ sheet: '规则 Rules', severity: 'BLOCK' });
      expect(finding.row).toBeGreaterThanOrEqual(2);
      expect(finding.column).toEqual(expect.any(String));
    }
    expect(findings.map((finding) => finding.column).sort()).toEqual(
      [
        '产品 Products',
        '值 Value',
        '最小数量 MinQty',
        '机制 Mechanic',
        '结束日期 End',
        '规则编码 RuleCode',
      ].sort(),
    );
    expect(await tableCounts(temp.db)).toEqual(before);
  });
});
