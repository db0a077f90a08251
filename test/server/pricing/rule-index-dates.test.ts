/**
 * The compact trace skips rules not in force on the pricing date before filtering them; one set
 * of prepared rules serves orders on many dates, so each date must see exactly its own rules.
 */
import { prepareRules, priceOrder } from '../../../server/src/pricing/engine';
import { buildOrder, buildRule } from './rule-builder';

const rules = [
  buildRule({
    ruleCode: 'PLAN_MARCH',
    planCode: 'PM',
    planStart: '2026-03-01',
    planEnd: '2026-03-31',
  }),
  buildRule({
    ruleCode: 'RULE_APRIL',
    mechanic: 'AMOUNT_OFF',
    value: '7.00',
    start: '2026-04-01',
    end: '2026-04-30',
  }),
  buildRule({ ruleCode: 'ALWAYS', mechanic: 'AMOUNT_OFF', value: '1.00' }),
];

const cases: [date: string, applied: string[]][] = [
  ['2026-02-28', ['ALWAYS']],
  ['2026-03-01', ['PLAN_MARCH', 'ALWAYS']],
  ['2026-03-31', ['PLAN_MARCH', 'ALWAYS']],
  ['2026-04-01', ['RULE_APRIL', 'ALWAYS']],
  ['2026-04-30', ['RULE_APRIL', 'ALWAYS']],
  ['2026-05-01', ['ALWAYS']],
  ['2026-03-15', ['PLAN_MARCH', 'ALWAYS']],
];

describe.each(['compact', 'full'] as const)('rules in force by date (%s trace)', (traceLevel) => {
  const prepared = prepareRules(rules);
  it.each(cases)('on %s applies %j', (date, applied) => {
    const [line] = priceOrder(buildOrder([{}], date), prepared, { traceLevel }).lines;
    expect(line.applied.map((rule) => rule.rule).sort()).toEqual([...applied].sort());
  });
});
