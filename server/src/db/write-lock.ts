import type { Tx } from './prisma-client';

/**
 * Takes SQLite's write lock at the start of a transaction, before anything is read. Prisma opens
 * transactions with a plain (deferred) BEGIN, so a read-then-write use-case would let a second
 * process read the same budget before either writes. A write statement that changes no row still
 * takes the lock (checked against SQLite 3.4x: BEGIN IMMEDIATE elsewhere then reports busy), and
 * the other process waits for it under the busy timeout set in prisma-client.ts.
 */
export async function takeWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe('UPDATE "BudgetReservation" SET "id" = "id" WHERE 0');
}
