import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import Database from 'better-sqlite3';

import { absoluteDatabaseUrl, databaseFilePath, ensureDatabaseFolder } from './database-url';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
const PRISMA_CLI = path.join(PROJECT_ROOT, 'node_modules', 'prisma', 'build', 'index.js');

/** Migration folder names in the order Prisma applies them. */
export function listMigrations(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Names of migrations already applied to the database file (none for a new file). */
export function appliedMigrations(url: string): string[] {
  const file = databaseFilePath(url);
  if (!fs.existsSync(file)) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
      )
      .get();
    if (!table) return [];
    const rows = db
      .prepare(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
      )
      .all() as { name: string }[];
    return rows.map((row) => row.name);
  } finally {
    db.close();
  }
}

/**
 * Every entry point calls this first (SPEC §2), so a new DATABASE_URL just works. Starting the
 * Prisma CLI costs about a second, so it only runs when a migration is actually pending.
 */
export async function applyPendingMigrations(url: string): Promise<string[]> {
  const applied = new Set(appliedMigrations(url));
  const pending = listMigrations().filter((name) => !applied.has(name));
  if (pending.length === 0) return [];

  ensureDatabaseFolder(url);
  await promisify(execFile)(process.execPath, [PRISMA_CLI, 'migrate', 'deploy'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: absoluteDatabaseUrl(url) },
  });
  return pending;
}
