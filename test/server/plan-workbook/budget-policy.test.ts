/** 预算策略 BudgetPolicy on the plan sheet: optional, TRUNCATE by default, kept out of the header. */
import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import { planContentHash } from '../../../server/src/plans/plan-content-hash';
import {
  buildWorkbook,
  headersOf,
  MASTER,
  PLAN_HEADERS,
  RULE_HEADERS,
  type FixtureRecord,
} from './plan-fixtures';

const PLAN: FixtureRecord = {
  planCode: 'P1',
  name: 'Q1',
  level: 'QUARTERLY',
  start: '2026-01-01',
  end: '2026-03-31',
  budget: '1000',
};
const RULE: FixtureRecord = {
  planCode: 'P1',
  ruleCode: 'R1',
  mechanic: 'PCT_OFF',
  audience: 'HOSPITAL',
  value: '10%',
};

async function parse(plan: FixtureRecord, lang: 'en' | 'zh' = 'en') {
  const source = await buildWorkbook([
    {
      sheet: lang === 'en' ? 'Plans' : '计划',
      headers: headersOf(PLAN_HEADERS, lang),
      records: [plan],
    },
    {
      sheet: lang === 'en' ? 'Rules' : '规则',
      headers: headersOf(RULE_HEADERS, lang),
      records: [RULE],
    },
  ]);
  return parsePlanWorkbook(source, MASTER);
}

describe('budget policy', () => {
  it('is absent from the header when empty or TRUNCATE, so the content hash does not change', async () => {
    const empty = await parse(PLAN);
    const truncate = await parse({ ...PLAN, budgetPolicy: 'TRUNCATE' });
    expect(empty.plans[0].header).not.toHaveProperty('budgetPolicy');
    expect(truncate.plans[0].header).not.toHaveProperty('budgetPolicy');
    expect(planContentHash(truncate.plans[0])).toBe(planContentHash(empty.plans[0]));
  });

  it('reads REJECT_LINE by code or by its Chinese label', async () => {
    const english = await parse({ ...PLAN, budgetPolicy: 'REJECT_LINE' });
    const chinese = await parse({ ...PLAN, budgetPolicy: '整行拒绝' }, 'zh');
    expect(english.plans[0].header.budgetPolicy).toBe('REJECT_LINE');
    expect(chinese.plans[0].header.budgetPolicy).toBe('REJECT_LINE');
    expect(planContentHash(english.plans[0])).not.toBe(
      planContentHash((await parse(PLAN)).plans[0]),
    );
  });

  it('reports an unknown policy on its cell', async () => {
    const { findings } = await parse({ ...PLAN, budgetPolicy: 'HALF' });
    expect(findings).toEqual([
      expect.objectContaining({
        sheet: 'Plans',
        row: 2,
        column: 'BudgetPolicy',
        code: 'UNKNOWN_BUDGET_POLICY',
        severity: 'BLOCK',
      }),
    ]);
  });
});
