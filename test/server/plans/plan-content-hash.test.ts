import { createHash } from 'node:crypto';

import canonicalize from 'canonicalize';

import type { PlanContent } from '../../../server/src/domain/plan';
import { planContentHash } from '../../../server/src/plans/plan-content-hash';
import { buildRule } from '../pricing/rule-builder';

const HEADER: PlanContent['header'] = {
  planCode: 'Q4-2026',
  name: '四季度 促销',
  level: 'QUARTERLY',
  parent: null,
  start: '2026-10-01',
  end: '2026-12-31',
  budget: '300000.00',
  owner: null,
  reason: null,
  notes: null,
};

function contentWith(rows: number[]): PlanContent {
  const rules = rows.map((row, index) => {
    const {
      version: _v,
      planStart: _s,
      planEnd: _e,
      ...spec
    } = buildRule({
      ruleCode: `R${index + 1}`,
    });
    return { ...spec, source: { sheet: '规则', row } };
  });
  return { header: HEADER, rules };
}

/** RFC 8785 (the audit chain's canonical JSON) of the content without the rules' sources. */
function rfc8785Hash(content: PlanContent): string {
  const rules = content.rules.map(({ source: _source, ...rule }) => rule);
  return createHash('sha256')
    .update(canonicalize({ header: content.header, rules })!)
    .digest('hex');
}

describe('planContentHash', () => {
  it('is the SHA-256 of the RFC 8785 form of header and rules', () => {
    for (const rows of [[], [2], [2, 3, 4]]) {
      const content = contentWith(rows);
      expect(planContentHash(content)).toBe(rfc8785Hash(content));
    }
  });

  it('ignores where the rules sat and changes with any field', () => {
    const moved = contentWith([10, 11, 12]);
    expect(planContentHash(moved)).toBe(planContentHash(contentWith([2, 3, 4])));

    const edited = contentWith([2, 3, 4]);
    edited.rules[1] = { ...edited.rules[1], value: '11' };
    expect(planContentHash(edited)).not.toBe(planContentHash(moved));
  });
});
