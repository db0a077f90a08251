import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

import { Prisma, PrismaClient } from '../generated/prisma/client';
import { ensureDatabaseFolder } from './database-url';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** How long a writer waits for another process's write lock before SQLite reports "busy". */
const BUSY_TIMEOUT_MS = 10_000;

/** Long use-cases (a 50,000-rule submission) must not hit Prisma's 5 s default. */
export const LONG_TRANSACTION = { maxWait: 15_000, timeout: 120_000 } as const;

export async function openDatabase(url: string): Promise<Db> {
  ensureDatabaseFolder(url);
  const adapter = new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  // WAL lets readers (the API, a CLI) go on while one process writes.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  return db;
}
