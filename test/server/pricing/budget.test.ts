/** The plan budget (SPEC §4 step 6) and BUDGET_EXCEEDED (SPEC §5), on orders the engine priced. */
import type { BudgetPolicy } from '../../../server/src/domain/codes';
import { applyBudgets, type PlanBudget } from '../../../server/src/pricing/budget';
import { priceOrder } from '../../../server/src/pricing/engine';
import { Decimal, sumMoney } from '../../../server/src/pricing/money';
import type { EngineRule, PricedOrder, PricingLine } from '../../../server/src/pricing/types';
import { appliedOf, expectInvariants, nets } from './invariants';
import { buildOrder, buildRule } from './rule-builder';

const EX_VAT = () => new Decimal(1);
const distributorLine: Partial<PricingLine> = { audience: 'DISTRIBUTOR', listUnitPrice: '500.00' };
const eightyOff = buildRule({ mechanic: 'AMOUNT_OFF', value: '80.00', audience: 'DISTRIBUTOR' });

function priced(lines: Partial<PricingLine>[], rules: EngineRule[] = [eightyOff]): PricedOrder {
  return priceOrder(buildOrder(lines), rules);
}

function budgets(entries: Record<string, [BudgetPolicy, string | null]>) {
  return new Map<string, PlanBudget>(
    Object.entries(entries).map(([plan, [policy, remaining]]) => [
      plan,
      { policy, remaining: remaining === null ? null : new Decimal(remaining) },
    ]),
  );
}

describe('budget 1,000.00 with 900.00 spent, two lines of 80.00 benefit each', () => {
  // Remaining 100.00: the first line takes 80.00; the second meets 20.00.
  test.each<[BudgetPolicy, string[], string[], string]>([
    ['TRUNCATE', ['80.00', '20.00'], ['420.00', '480.00'], '100.00'],
    ['REJECT_LINE', ['80.00', '0.00'], ['420.00', '500.00'], '80.00'],
  ])('%s', (policy, benefits, netAmounts, spend) => {
    const order = priced([distributorLine, distributorLine]);
    const result = applyBudgets(order, budgets({ P1: [policy, '100.00'] }), EX_VAT);

    expect(result.order.lines.map((line) => line.discountAmount.toFixed(2))).toEqual(benefits);
    expect(nets(result.order)).toEqual(netAmounts);
    expect(result.spend.get('P1')!.toFixed(2)).toBe(spend);
    expect(result.spend.get('P1')!.lte(100)).toBe(true); // never 160.00
    expectInvariants(result.order);
  });

  it('says so on the cut line only: a BLOCK finding and a budget trace entry', () => {
    const order = priced([distributorLine, distributorLine]);
    const result = applyBudgets(order, budgets({ P1: ['TRUNCATE', '100.00'] }), EX_VAT);
    const [first, second] = result.order.lines;

    expect(first.findings).toEqual([]);
    expect(second.findings).toEqual([
      expect.objectContaining({ code: 'BUDGET_EXCEEDED', severity: 'BLOCK' }),
    ]);
    expect(second.findings[0].message).toContain('cut from 80.00 to 20.00');
    expect(second.trace.at(-1)).toMatchObject({
      kind: 'budget',
      plan: 'P1',
      policy: 'TRUNCATE',
      from: '80.00',
      to: '20.00',
      remaining: '20.00',
    });
  });

  it('removes a rejected rule from the line instead of leaving it at 0.00', () => {
    const order = priced([distributorLine, distributorLine]);
    const result = applyBudgets(order, budgets({ P1: ['REJECT_LINE', '100.00'] }), EX_VAT);
    expect(appliedOf(result.order.lines[1])).toEqual([]);
    expect(result.order.lines[1].netUnitPrice.toFixed(2)).toBe('500.00');
  });
});

describe('cutting the last benefit of a plan', () => {
  // R1 50.00 then R2 30.00 (both AMOUNT_OFF on base 500.00, R1 first by priority); 60.00 left.
  const rules = [
    buildRule({ ruleCode: 'R1', mechanic: 'AMOUNT_OFF', value: '50.00', priority: 2 }),
    buildRule({ ruleCode: 'R2', mechanic: 'AMOUNT_OFF', value: '30.00' }),
  ];

  it('keeps the earlier rule whole and cuts the later one', () => {
    const result = applyBudgets(
      priced([{}], rules),
      budgets({ P1: ['TRUNCATE', '60.00'] }),
      EX_VAT,
    );
    expect(appliedOf(result.order.lines[0])).toEqual([
      ['R1', '50.00', false],
      ['R2', '10.00', false],
    ]);
    expect(result.order.netAmount.toFixed(2)).toBe('440.00');
    expectInvariants(result.order);
  });

  it('leaves another plan on the same line untouched and uncharged when it has no entry', () => {
    const other = buildRule({ planCode: 'P2', ruleCode: 'X1', mechanic: 'AMOUNT_OFF', value: '5' });
    const order = priced([{}], [...rules, other]);
    const result = applyBudgets(order, budgets({ P1: ['TRUNCATE', '0.00'] }), EX_VAT);
    expect(appliedOf(result.order.lines[0])).toEqual([['X1', '5.00', false]]);
    expect([...result.spend.keys()]).toEqual(['P1']);
    expect(result.spend.get('P1')!.toFixed(2)).toBe('0.00');
  });

  it('charges a plan without a budget in full and cuts nothing', () => {
    const result = applyBudgets(priced([{}], rules), budgets({ P1: ['TRUNCATE', null] }), EX_VAT);
    expect(result.order.lines[0].discountAmount.toFixed(2)).toBe('80.00');
    expect(result.spend.get('P1')!.toFixed(2)).toBe('80.00');
  });
});

describe('VAT-inclusive (hospital) benefits against an ex-VAT budget', () => {
  const vat13 = () => new Decimal('1.13');
  const hospitalRule = buildRule({ mechanic: 'AMOUNT_OFF', value: '80.00' });

  test.each<[string, string, string, string]>([
    // 80.00 / 1.13 = 70.796… → 70.80 ex-VAT, within 100.00.
    ['within the budget', '100.00', '80.00', '70.80'],
    // 20.00 × 1.13 = 22.60 VAT-inclusive, which is 20.00 ex-VAT.
    ['cut to 20.00 ex-VAT', '20.00', '22.60', '20.00'],
    // 0.05 × 1.13 = 0.0565 → floored to 0.05; 0.05 / 1.13 = 0.044 → 0.04 ex-VAT, not above 0.05.
    ['floored so the spend never exceeds what is left', '0.05', '0.05', '0.04'],
  ])('%s', (_name, remaining, benefit, spend) => {
    const order = priced([{}], [hospitalRule]);
    const result = applyBudgets(order, budgets({ P1: ['TRUNCATE', remaining] }), vat13);
    expect(result.order.lines[0].discountAmount.toFixed(2)).toBe(benefit);
    expect(result.spend.get('P1')!.toFixed(2)).toBe(spend);
    expectInvariants(result.order);
  });
});

describe('invariants over many remaining amounts', () => {
  test.each(['0.00', '0.01', '79.99', '80.00', '80.01', '159.99', '160.00', '1000.00'])(
    'remaining %s: spend within it, parts sum to totals, nothing negative',
    (remaining) => {
      for (const policy of ['TRUNCATE', 'REJECT_LINE'] as const) {
        const order = priced([distributorLine, distributorLine]);
        const result = applyBudgets(order, budgets({ P1: [policy, remaining] }), EX_VAT);
        const spend = result.spend.get('P1')!;
        expect(spend.lte(remaining)).toBe(true);
        expect(spend.toFixed(2)).toBe(
          sumMoney(result.order.lines.map((line) => line.discountAmount)).toFixed(2),
        );
        expectInvariants(result.order);
      }
    },
  );
});
