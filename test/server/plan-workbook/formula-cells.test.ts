import { type FixtureRecord, parseSheets } from './plan-fixtures';

/**
 * Formula cells as Excel saves them: the formula and its cached result. ExcelJS drops a falsy
 * result (0, an error) from a cell's value, which once made such cells read as empty, so a
 * Products cell showing #N/A meant "all products" and a LineCap showing #N/A meant "no cap".
 */
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
  mechanic: 'AMOUNT_OFF',
  audience: 'HOSPITAL',
  products: 'SKU-001',
  value: 30,
};
const NOT_FOUND = { formula: 'VLOOKUP("x",Z:Z,1,FALSE)', result: { error: '#N/A' as const } };

const parse = (rule: FixtureRecord) => parseSheets([PLAN], [rule]);

describe('formula cells are read by their cached result', () => {
  test.each<[string, FixtureRecord, string]>([
    ['a Products formula showing #N/A', { ...RULE, products: NOT_FOUND }, 'Products'],
    ['a LineCap formula showing #N/A', { ...RULE, lineCap: NOT_FOUND }, 'LineCap'],
    [
      'a Value formula showing #DIV/0!',
      { ...RULE, value: { formula: '1/0', result: { error: '#DIV/0!' } } },
      'Value',
    ],
    [
      'a LineCap formula never calculated',
      { ...RULE, lineCap: { formula: 'A1*2', result: undefined } },
      'LineCap',
    ],
  ])('%s is a CELL_ERROR on that cell, and the rule is refused', async (_name, rule, column) => {
    const { plans, findings } = await parse(rule);

    expect(findings.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column, code: 'CELL_ERROR' },
    ]);
    expect(findings[0].message).toMatch(
      /^The cell shows .+: correct the formula or type the value\.$/,
    );
    expect(plans[0].rules).toEqual([]);
  });

  test('a formula whose result is 0 reads as 0, not as an empty cell', async () => {
    const { plans, findings } = await parse({
      ...RULE,
      lineCap: { formula: 'IF(FALSE,500,0)', result: 0 },
      value: { formula: '10+20', result: 30 },
    });

    expect(findings).toEqual([]);
    expect(plans[0].rules[0]).toMatchObject({ lineCap: '0.00', value: '30.00' });
  });
});
