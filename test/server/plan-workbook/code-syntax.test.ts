import { type FixtureRecord, parseSheets, located } from './plan-fixtures';

const PLAN: FixtureRecord = {
  planCode: 'P1',
  name: 'Q1',
  level: 'QUARTERLY',
  start: '2026-01-01',
  end: '2026-03-31',
};
const RULE: FixtureRecord = {
  planCode: 'P1',
  ruleCode: 'R1',
  mechanic: 'PCT_OFF',
  audience: 'HOSPITAL',
  value: '10%',
};

const parse = (plans: FixtureRecord[], rules: FixtureRecord[]) => parseSheets(plans, rules);

/**
 * "A,B" could not be named in `--plans A,B@1`, "=HYPERLINK(…)" is a formula waiting to happen in
 * someone's export, "R/1" makes the trace's plan@version/rule ambiguous.
 */
describe('plan and rule codes keep to letters, digits, "-", "_" and "."', () => {
  test.each([['CM,2026'], ['=HYPERLINK("http://x","P")'], ['Q4 2026'], ['AT@2026'], ['-P1']])(
    'plan code %p is INVALID_CODE on the Plans row and on the Rules row naming it',
    async (code) => {
      const { plans, findings } = await parse(
        [{ ...PLAN, planCode: code }],
        [{ ...RULE, planCode: code }],
      );

      expect(located(findings)).toEqual([
        { sheet: 'Plans', row: 2, column: 'PlanCode', code: 'INVALID_CODE' },
        { sheet: 'Rules', row: 2, column: 'PlanCode', code: 'INVALID_CODE' },
      ]);
      expect(findings[0].message).toBe(
        `"${code}" cannot be a code: use up to 40 letters, digits, "-", "_" or ".", starting with a letter or digit (e.g. Q4-2026).`,
      );
      expect(plans).toEqual([]);
    },
  );

  test.each([['R/1'], ['R1;R2'], ['R'.repeat(41)]])(
    'rule code %p is INVALID_CODE',
    async (code) => {
      const { findings } = await parse([PLAN], [{ ...RULE, ruleCode: code }]);
      expect(located(findings)).toEqual([
        { sheet: 'Rules', row: 2, column: 'RuleCode', code: 'INVALID_CODE' },
      ]);
    },
  );

  test('a parent that could not be a plan code is INVALID_CODE', async () => {
    const { findings } = await parse([{ ...PLAN, parent: 'ZJ 2026' }], [RULE]);
    expect(located(findings)).toEqual([
      { sheet: 'Plans', row: 2, column: 'Parent', code: 'INVALID_CODE' },
    ]);
  });

  test('Chinese, full-width and dotted codes are accepted as typed (after NFKC)', async () => {
    const { plans, findings } = await parse(
      [
        { ...PLAN, planCode: '浙江-2026.Q4_A' },
        { ...PLAN, planCode: 'ＺＪ－２０２６' },
      ],
      [
        { ...RULE, planCode: '浙江-2026.Q4_A', ruleCode: '规则1' },
        { ...RULE, planCode: 'ZJ-2026', ruleCode: 'R'.repeat(40) },
      ],
    );
    expect(findings).toEqual([]);
    expect(plans.map((plan) => plan.header.planCode)).toEqual(['浙江-2026.Q4_A', 'ZJ-2026']);
    expect(plans.map((plan) => plan.rules[0].ruleCode)).toEqual(['规则1', 'R'.repeat(40)]);
  });
});
