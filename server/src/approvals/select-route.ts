import Decimal from 'decimal.js';

import type { RouteFacts } from './route-facts';

/** When a configured step joins a route: any one of the stated conditions; none stated = always. */
export interface StepCondition {
  minBudget?: string;
  minDiscountPct?: string;
  hasWarn?: boolean;
}

export interface RouteStepConfig {
  seq: number;
  name: string;
  role: string;
  national: boolean;
  condition: StepCondition;
}

export type RouteStep = Omit<RouteStepConfig, 'condition'>;

/** The steps a version must pass, in order, chosen from the configured route by its facts. */
export function selectRoute(config: RouteStepConfig[], facts: RouteFacts): RouteStep[] {
  return [...config]
    .sort((a, b) => a.seq - b.seq)
    .filter((step) => conditionHolds(step.condition, facts))
    .map(({ condition: _condition, ...step }) => step);
}

function conditionHolds(condition: StepCondition, facts: RouteFacts): boolean {
  const tests: boolean[] = [];
  if (condition.minBudget !== undefined) {
    tests.push(facts.budget !== null && new Decimal(facts.budget).gte(condition.minBudget));
  }
  if (condition.minDiscountPct !== undefined) {
    tests.push(
      facts.maxDiscountPct !== null &&
        new Decimal(facts.maxDiscountPct).gte(condition.minDiscountPct),
    );
  }
  if (condition.hasWarn !== undefined) tests.push(facts.hasWarn === condition.hasWarn);
  return tests.length === 0 || tests.some(Boolean);
}

/** The route a new installation starts with; an admin may change the rows in ApprovalRouteStep. */
export const DEFAULT_ROUTE: RouteStepConfig[] = [
  {
    seq: 10,
    name: '区域经理审批 Regional manager',
    role: 'manager',
    national: false,
    condition: {},
  },
  {
    seq: 20,
    name: '销售总监审批 Sales director',
    role: 'manager',
    national: true,
    condition: { minBudget: '1000000', minDiscountPct: '15' },
  },
  {
    seq: 30,
    name: '合规审批 Compliance',
    role: 'compliance',
    national: false,
    condition: { hasWarn: true },
  },
  {
    seq: 40,
    name: '财务审批 Finance',
    role: 'finance',
    national: false,
    condition: { minBudget: '500000' },
  },
];
