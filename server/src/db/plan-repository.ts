import type { Finding } from '../domain/finding';
import type { PlanContent, PlanHeader, RuleSpec, SourceRef } from '../domain/plan';
import type { Db, Tx } from './prisma-client';

export type SourcedRule = RuleSpec & { source: SourceRef };

export interface VersionSummary {
  id: number;
  planCode: string;
  version: number;
  status: string;
  sourceFile: string;
  sha256: string;
  contentHash: string;
  submittedBy: string;
  submittedAt: Date;
  effectiveFrom: string;
  planEnd: string;
}

export interface NewVersion {
  header: PlanHeader;
  status: string;
  effectiveFrom: string;
  routeFacts: string;
  findings: Finding[];
  sourceFile: string;
  sha256: string;
  contentHash: string;
  submittedBy: string;
  submittedAt: Date;
}

/** Rules per INSERT statement; each batch travels as one JSON text parameter. */
const RULE_BATCH = 5_000;

export async function findLatestVersion(tx: Tx | Db, planCode: string) {
  return tx.planVersion.findFirst({
    where: { plan: { code: planCode } },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, sha256: true, contentHash: true },
  });
}

/** Creates the plan on its first version; versions are numbered 1, 2, 3… per plan. */
export async function createVersion(
  tx: Tx,
  input: NewVersion,
): Promise<{ id: number; version: number }> {
  const plan = await tx.plan.upsert({
    where: { code: input.header.planCode },
    create: { code: input.header.planCode },
    update: {},
  });
  const latest = await findLatestVersion(tx, input.header.planCode);
  const version = (latest?.version ?? 0) + 1;
  const created = await tx.planVersion.create({
    data: {
      planId: plan.id,
      version,
      status: input.status,
      header: JSON.stringify(input.header),
      findings: JSON.stringify(input.findings),
      sourceFile: input.sourceFile,
      sha256: input.sha256,
      contentHash: input.contentHash,
      submittedBy: input.submittedBy,
      submittedAt: input.submittedAt,
      effectiveFrom: input.effectiveFrom,
      routeFacts: input.routeFacts,
    },
  });
  return { id: created.id, version };
}

/**
 * Rules go in as one JSON parameter per batch, unpacked by SQLite's json_each on the transaction's
 * own connection. Through the ORM row by row 50,000 rules take about 15 s, and even multi-row
 * INSERTs with 7 bound parameters per rule spend seconds converting parameters in the adapter.
 * The JSON travels as bytes: a 10 MB text parameter costs the query compiler half a second more.
 */
export async function insertRules(tx: Tx, versionId: number, rules: SourcedRule[]): Promise<void> {
  for (let start = 0; start < rules.length; start += RULE_BATCH) {
    const batch = rules
      .slice(start, start + RULE_BATCH)
      .map(({ source, ...rule }) => ({ sheet: source.sheet, row: source.row, rule }));
    await tx.$executeRawUnsafe(
      `INSERT INTO "Rule" ("versionId", "ruleCode", "mechanic", "audience", "sheet", "row", "data")
       SELECT ?, json_extract(value, '$.rule.ruleCode'), json_extract(value, '$.rule.mechanic'),
              json_extract(value, '$.rule.audience'), json_extract(value, '$.sheet'),
              json_extract(value, '$.row'), json_extract(value, '$.rule')
       FROM json_each(CAST(? AS TEXT))`,
      versionId,
      Buffer.from(JSON.stringify(batch), 'utf8'),
    );
  }
}

export async function listVersions(db: Db, planCode: string): Promise<VersionSummary[]> {
  const rows = await db.planVersion.findMany({
    where: { plan: { code: planCode } },
    orderBy: { version: 'asc' },
  });
  return rows.map((row) => {
    const header = JSON.parse(row.header) as PlanHeader;
    return {
      ...row,
      planCode,
      effectiveFrom: row.effectiveFrom || header.start,
      planEnd: header.end,
    };
  });
}

export async function findVersion(db: Db | Tx, planCode: string, version: number) {
  return db.planVersion.findFirst({ where: { plan: { code: planCode }, version } });
}

/** The full content of one version: its plan header and its rules in workbook order. */
export async function loadVersionContent(db: Db, versionId: number): Promise<PlanContent> {
  const version = await db.planVersion.findUniqueOrThrow({ where: { id: versionId } });
  const rules = await db.rule.findMany({ where: { versionId }, orderBy: { id: 'asc' } });
  return {
    header: JSON.parse(version.header) as PlanHeader,
    rules: rules.map((row) => ({
      ...(JSON.parse(row.data) as RuleSpec),
      source: { sheet: row.sheet, row: row.row },
    })),
  };
}
