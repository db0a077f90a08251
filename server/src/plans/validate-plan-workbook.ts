import { loadMasterCodes } from '../db/master-repository';
import type { Db } from '../db/prisma-client';
import { parsePlanWorkbook } from './plan-workbook';

/** Reads and checks a plan workbook against the master data, saving nothing. */
export async function validatePlanWorkbook(db: Db, file: Buffer) {
  return parsePlanWorkbook(file, await loadMasterCodes(db));
}
