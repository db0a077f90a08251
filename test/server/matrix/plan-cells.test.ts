import { BadRequestError } from '../../../server/src/errors';
import { enumeratePlanCells, type MatrixMaster } from '../../../server/src/matrix/plan-cells';
import type { PlanCell } from '../../../server/src/matrix/plan-cells';
import { buildRule } from '../pricing/rule-builder';

/**
 * A small world: H1 and H2 are the same place (浙江 public 3A), so they make one cell; 广东 has
 * only a 3B public hospital and a T2 distributor.
 */
const MASTER: MatrixMaster = {
  products: [
    { sku: 'A', category: 'X' },
    { sku: 'B', category: 'X' },
    { sku: 'C', category: 'Y' },
  ],
  hospitals: [
    { code: 'H1', province: '330000', grade: '3A', ownership: 'PUBLIC' },
    { code: 'H2', province: '330000', grade: '3A', ownership: 'PUBLIC' },
    { code: 'H3', province: '320000', grade: '3A', ownership: 'PUBLIC' },
    { code: 'H4', province: '320000', grade: '2A', ownership: 'PRIVATE' },
    { code: 'H5', province: '440000', grade: '3B', ownership: 'PUBLIC' },
  ],
  distributors: [
    { code: 'D1', province: '330000', tier: 'T1' },
    { code: 'D2', province: '320000', tier: 'T1' },
    { code: 'D3', province: '440000', tier: 'T2' },
  ],
};

/** "A 330000 PUBLIC_HOSPITAL 3A - - - in" : sku, place and whether the plan touches it. */
function brief(cell: PlanCell): string {
  const { sku, province, channel, grade, tier, hospital, distributor, touched } = cell;
  const dims = [sku, province, channel, grade, tier, hospital ?? distributor];
  return [...dims.map((value) => value ?? '-'), touched ? 'in' : 'peer'].join(' ');
}

const cases: [string, Parameters<typeof buildRule>[0], string[]][] = [
  [
    'hospital rule on a category in one province and grade, with its peer province',
    { categories: ['X'], provinces: ['330000'], grades: ['3A'] },
    [
      'A 320000 PUBLIC_HOSPITAL 3A - - peer',
      'A 330000 PUBLIC_HOSPITAL 3A - - in',
      'B 320000 PUBLIC_HOSPITAL 3A - - peer',
      'B 330000 PUBLIC_HOSPITAL 3A - - in',
    ],
  ],
  [
    'distributor rule on a tier: one cell per province with a T1 distributor',
    { audience: 'DISTRIBUTOR', skus: ['C'], tiers: ['T1'] },
    ['C 320000 - - T1 - in', 'C 330000 - - T1 - in'],
  ],
  [
    'distributor rule naming a channel: the channel is set as a line override would set it',
    { audience: 'DISTRIBUTOR', skus: ['C'], channels: ['RETAIL'] },
    ['C 320000 RETAIL - T1 - in', 'C 330000 RETAIL - T1 - in', 'C 440000 RETAIL - T2 - in'],
  ],
  [
    'rule naming a hospital: its own cell, and the same place unnamed for comparison',
    { skus: ['A'], hospitals: ['H4'] },
    ['A 320000 PRIVATE_HOSPITAL 2A - - peer', 'A 320000 PRIVATE_HOSPITAL 2A - H4 in'],
  ],
  [
    'hospital rule for retail: no hospital has that channel, so a scenario cell per province',
    { skus: ['A'], channels: ['RETAIL'], provinces: ['440000'] },
    ['A 440000 RETAIL - - - in'],
  ],
  [
    'bundle: only the bundle SKUs among the rule products',
    { mechanic: 'BUNDLE', categories: ['X'], bundleSkus: ['A'], provinces: ['440000'] },
    ['A 440000 PUBLIC_HOSPITAL 3B - - in'],
  ],
  ['a product master data does not have: no cell', { skus: ['NOPE'] }, []],
  ['a grade no hospital has: no cell', { skus: ['A'], grades: ['1C'] }, []],
];

describe('cells a plan touches', () => {
  it.each(cases)('%s', (_name, overrides, expected) => {
    const cells = enumeratePlanCells([buildRule(overrides)], MASTER);
    expect(cells.map(brief)).toEqual(expected);
    // Invariants: no duplicate cell, every touched cell names its rule, no peer names any.
    expect(new Set(cells.map(brief)).size).toBe(cells.length);
    for (const cell of cells) expect(cell.rules).toEqual(cell.touched ? ['R1'] : []);
  });

  it('without peers, only the touched cells', () => {
    const rule = buildRule({ categories: ['X'], provinces: ['330000'], grades: ['3A'] });
    const cells = enumeratePlanCells([rule], MASTER, { peers: false });
    expect(cells.map(brief)).toEqual([
      'A 330000 PUBLIC_HOSPITAL 3A - - in',
      'B 330000 PUBLIC_HOSPITAL 3A - - in',
    ]);
  });

  it('merges rules: a cell lists every rule that reaches it, and a peer another rule touches is touched', () => {
    const cells = enumeratePlanCells(
      [
        buildRule({ ruleCode: 'R1', skus: ['A'], provinces: ['330000'], grades: ['3A'] }),
        buildRule({ ruleCode: 'R2', skus: ['A'], grades: ['3A'] }),
      ],
      MASTER,
    );
    expect(cells.map((cell) => `${brief(cell)} ${cell.rules.join('+')}`)).toEqual([
      'A 320000 PUBLIC_HOSPITAL 3A - - in R2',
      'A 330000 PUBLIC_HOSPITAL 3A - - in R1+R2',
    ]);
  });

  it('enumerates rules with the same filters once and shares their rule list between cells', () => {
    const rules = Array.from({ length: 3000 }, (_, index) =>
      buildRule({ ruleCode: `R${index}`, audience: 'DISTRIBUTOR', skus: ['C'], tiers: ['T1'] }),
    );
    const cells = enumeratePlanCells(rules, MASTER);
    expect(cells).toHaveLength(2);
    expect(cells[0].rules).toHaveLength(3000);
    expect(cells[1].rules).toBe(cells[0].rules);
  });

  it('refuses a plan over the cell limit with a usage error that says how to narrow it', () => {
    const everything = buildRule({});
    expect(() => enumeratePlanCells([everything], MASTER, { maxCells: 5 })).toThrow(
      BadRequestError,
    );
    expect(() => enumeratePlanCells([everything], MASTER, { maxCells: 5 })).toThrow(
      /more than 5 price cells; narrow/,
    );
    // 3 SKUs × 4 hospital places (浙江 3A, 江苏 3A, 江苏 2A private, 广东 3B).
    expect(enumeratePlanCells([everything], MASTER, { maxCells: 12 })).toHaveLength(12);
  });
});
