import {
  checkTransition,
  type VersionState,
} from '../../../server/src/approvals/version-lifecycle';

/** A finance officer tries the compliance step: the refusal said "needs a compliance". */
const WAITING_FOR_COMPLIANCE: VersionState = {
  status: 'SUBMITTED',
  submittedBy: 'li.planner',
  facts: {
    budget: '300000.00',
    maxDiscountPct: '10',
    provinces: [],
    allProvinces: true,
    hasWarn: true,
  },
  findings: [],
  steps: [
    {
      seq: 10,
      name: '区域经理审批 Regional manager',
      role: 'manager',
      national: false,
      decision: 'APPROVED',
      decidedBy: 'zhang.manager',
    },
    {
      seq: 30,
      name: '合规审批 Compliance',
      role: 'compliance',
      national: false,
      decision: 'PENDING',
      decidedBy: null,
    },
  ],
};

test('the refusal names the role that decides the step and the roles the person has', () => {
  const verdict = checkTransition({
    action: 'approve',
    actor: { login: 'qian.finance', roles: ['finance'], scope: { provinces: [], channels: [] } },
    version: WAITING_FOR_COMPLIANCE,
  });

  expect(verdict).toEqual({
    ok: false,
    reason:
      'The current step (合规审批 Compliance) is decided by the compliance role; qian.finance has finance.',
  });
});
