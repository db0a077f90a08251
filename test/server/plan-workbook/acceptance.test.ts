import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import {
  buildWorkbook,
  headersOf,
  MASTER,
  PLAN_HEADERS,
  RULE_HEADERS,
  type FixtureRecord,
} from './plan-fixtures';

const PLAN_KEYS = ['planCode', 'name', 'level', 'start', 'end'];
const RULE_KEYS = ['planCode', 'ruleCode', 'mechanic', 'audience', 'products', 'value', 'minQty'];

const rule = (overrides: FixtureRecord): FixtureRecord => ({
  planCode: 'P1',
  mechanic: '百分比折扣',
  audience: '医院',
  products: 'SKU-001',
  value: '10%',
  ...overrides,
});

/** SPEC 3.2 acceptance: six problems, six findings, each pointing at its cell. */
async function acceptanceWorkbook(): Promise<Buffer> {
  return buildWorkbook([
    {
      sheet: '计划',
      headers: headersOf(PLAN_HEADERS, 'zh', PLAN_KEYS),
      records: [
        { planCode: 'P1', name: '一季度', level: '季度', start: '2026-01-01', end: '2026-03-31' },
        { planCode: 'P2', name: '二季度', level: '季度', start: '2026-04-01', end: '2026-03-01' },
      ],
    },
    {
      sheet: '规则',
      title: '2026 一季度促销规则',
      headers: headersOf(RULE_HEADERS, 'zh', RULE_KEYS),
      records: [
        rule({ ruleCode: 'R1' }),
        rule({ ruleCode: 'R2', products: 'SKU-001, SKU-999' }),
        rule({ ruleCode: 'R3', value: '150%' }),
        rule({ ruleCode: 'R4', mechanic: 'DISCOUNT' }),
        rule({ ruleCode: 'R1' }),
        rule({ ruleCode: 'R6', minQty: 'ten' }),
      ],
    },
  ]);
}

describe('parsePlanWorkbook acceptance', () => {
  test('one finding per problem, each with sheet, row and column', async () => {
    const { findings } = await parsePlanWorkbook(await acceptanceWorkbook(), MASTER);

    const located = findings.map(({ sheet, row, column, code, severity }) => ({
      sheet,
      row,
      column,
      code,
      severity,
    }));
    // Plans: header row 1, P2 on row 3. Rules: title row 1, header row 2, data from row 3.
    expect(located).toEqual([
      { sheet: '计划', row: 3, column: '结束日期', code: 'END_BEFORE_START', severity: 'BLOCK' },
      { sheet: '规则', row: 4, column: '产品', code: 'UNKNOWN_SKU', severity: 'BLOCK' },
      { sheet: '规则', row: 5, column: '值', code: 'PERCENT_OUT_OF_RANGE', severity: 'BLOCK' },
      { sheet: '规则', row: 6, column: '机制', code: 'UNKNOWN_MECHANIC', severity: 'BLOCK' },
      { sheet: '规则', row: 7, column: '规则编码', code: 'DUPLICATE_RULE_CODE', severity: 'BLOCK' },
      { sheet: '规则', row: 8, column: '最小数量', code: 'NOT_A_NUMBER', severity: 'BLOCK' },
    ]);
  });

  test('messages say what would fix the cell', async () => {
    const { findings } = await parsePlanWorkbook(await acceptanceWorkbook(), MASTER);
    const message = (code: string) => findings.find((finding) => finding.code === code)?.message;

    expect(message('UNKNOWN_SKU')).toContain('"SKU-999"');
    expect(message('UNKNOWN_SKU')).not.toContain('"SKU-001"');
    expect(message('DUPLICATE_RULE_CODE')).toContain('row 3');
    expect(message('END_BEFORE_START')).toContain('2026-03-01');
  });

  test('only sound plans and rules come out', async () => {
    const { plans } = await parsePlanWorkbook(await acceptanceWorkbook(), MASTER);

    expect(plans.map((plan) => plan.header.planCode)).toEqual(['P1']);
    expect(plans[0].rules.map((r) => [r.ruleCode, r.source])).toEqual([
      ['R1', { sheet: '规则', row: 3 }],
    ]);
  });
});
