import { createHash } from 'node:crypto';

import { appendAuditEvent } from '../audit/audit-log';
import { type Db, LONG_TRANSACTION, type Tx } from '../db/prisma-client';
import { type Finding, hasBlocking } from '../domain/finding';
import { InputRejectedError } from '../errors';
import { type MasterData, parseMasterWorkbook } from './master-workbook';
import { loadKnownCodes } from './known-codes';
import { findPriceHistoryConflicts } from './price-history';
import { type UpsertCounts, upsertMasterData } from './upsert-master-data';

export interface ImportMasterInput {
  file: Buffer;
  fileName: string;
  user: string;
  now: Date;
}

export interface ImportMasterResult {
  counts: Record<string, UpsertCounts>;
  changed: boolean;
  findings: Finding[];
}

/**
 * Imports a master-data workbook in one transaction. Re-importing the same file changes nothing
 * (no rows, no audit event); any blocking finding leaves the database as it was.
 */
export async function importMasterData(
  db: Db,
  input: ImportMasterInput,
): Promise<ImportMasterResult> {
  const { data, findings } = await parseMasterWorkbook(input.file, await loadKnownCodes(db));
  findings.push(...(await findPriceHistoryConflicts(db, data)));
  if (hasBlocking(findings)) {
    throw new InputRejectedError(
      'The master-data workbook was refused; nothing was saved.',
      findings,
    );
  }

  const counts = await db.$transaction((tx) => applyImport(tx, data, input), LONG_TRANSACTION);
  const changed = Object.values(counts).some((count) => count.created + count.updated > 0);
  return { counts, changed, findings };
}

async function applyImport(tx: Tx, data: MasterData, input: ImportMasterInput) {
  const counts = await upsertMasterData(tx, data);
  const changed = Object.values(counts).some((count) => count.created + count.updated > 0);
  if (changed) {
    await appendAuditEvent(
      tx,
      {
        actor: input.user,
        action: 'master.imported',
        entityType: 'MasterData',
        entityId: input.fileName,
        before: null,
        after: {
          file: input.fileName,
          sha256: createHash('sha256').update(input.file).digest('hex'),
          counts: Object.fromEntries(
            Object.entries(counts).map(([sheet, c]) => [
              sheet,
              { created: c.created, updated: c.updated },
            ]),
          ),
        },
      },
      input.now,
    );
  }
  return counts;
}
