import { absoluteDatabaseUrl, resolveDatabaseUrl } from '../db/database-url';
import { applyPendingMigrations } from '../db/migrate';
import { type Db, openDatabase } from '../db/prisma-client';

export interface CliOutput {
  json: boolean;
  /** Human-readable lines, printed only without --json. */
  say(line: string): void;
  /** The machine-readable result, printed only with --json. */
  result(value: unknown): void;
}

export function createOutput(json: boolean): CliOutput {
  return {
    json,
    say: (line) => {
      if (!json) process.stdout.write(`${line}\n`);
    },
    result: (value) => {
      if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

/** Every command works on DATABASE_URL directly and applies pending migrations first (SPEC §2). */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const url = absoluteDatabaseUrl(resolveDatabaseUrl());
  await applyPendingMigrations(url);
  const db = await openDatabase(url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export function defaultUser(): string {
  return process.env.MEDPROMO_USER ?? process.env.USER ?? 'cli';
}
