import { loadComplianceBook } from '../db/compliance-book-repository';
import { loadMasterCodes } from '../db/master-repository';
import { loadPricingMaster } from '../db/pricing-repository';
import type { Db } from '../db/prisma-client';
import { hasBlocking } from '../domain/finding';
import { parsePlanWorkbook } from './plan-workbook';
import { checkRuleGuards } from './rule-guards/check-rule-guards';

/**
 * Reads and checks a plan workbook against the master data, saving nothing: the cells first, then
 * the compliance guards over the price matrix its rules touch. The guards need rules that parsed,
 * so they wait until the workbook has no blocking input problem.
 */
export async function validatePlanWorkbook(db: Db, file: Buffer) {
  const parsed = await parsePlanWorkbook(file, await loadMasterCodes(db));
  if (hasBlocking(parsed.findings)) return parsed;

  const [pricing, book] = await Promise.all([loadPricingMaster(db), loadComplianceBook(db)]);
  const guards = checkRuleGuards(parsed.plans, { pricing, book });
  return { plans: parsed.plans, findings: [...parsed.findings, ...guards] };
}
