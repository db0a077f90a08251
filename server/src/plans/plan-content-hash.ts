import { createHash } from 'node:crypto';

import { canonicalJson } from '../audit/audit-hash';
import type { PlanContent } from '../domain/plan';

/**
 * A hash of what a version means, leaving out where each rule sat in the workbook: moving rows
 * around or renaming the file is not a change to the plan.
 */
export function planContentHash(content: PlanContent): string {
  const rules = content.rules.map(({ source: _source, ...rule }) => rule);
  return createHash('sha256')
    .update(canonicalJson({ header: content.header, rules }))
    .digest('hex');
}
