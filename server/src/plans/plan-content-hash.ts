import { createHash } from 'node:crypto';

import stableStringify from 'fast-json-stable-stringify';

import type { PlanContent } from '../domain/plan';

/**
 * A hash of what a version means, leaving out where each rule sat in the workbook: moving rows
 * around or renaming the file is not a change to the plan. Sorted-key JSON: for plan content
 * (strings, integers, null, arrays) it is byte for byte the RFC 8785 form the audit chain uses,
 * at half the cost on a 50,000-rule version.
 */
export function planContentHash(content: PlanContent): string {
  const rules = content.rules.map(({ source: _source, ...rule }) => rule);
  return createHash('sha256')
    .update(stableStringify({ header: content.header, rules }))
    .digest('hex');
}
