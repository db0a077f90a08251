import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { listMigrations, applyPendingMigrations } from '../../server/src/db/migrate';
import { type Db, openDatabase } from '../../server/src/db/prisma-client';

export interface TempDatabase {
  url: string;
  file: string;
  dir: string;
  db: Db;
  close(): Promise<void>;
}

/**
 * A fresh SQLite file with every migration applied. Migrating costs a Prisma CLI start (about a
 * second), so one migrated file per set of migrations is kept and copied for each test.
 */
export async function createTempDatabase(): Promise<TempDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpromo-test-'));
  const file = path.join(dir, 'test.db');
  fs.copyFileSync(await migratedTemplate(), file);
  const url = `file:${file}`;
  const db = await openDatabase(url);
  return {
    url,
    file,
    dir,
    db,
    close: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function migratedTemplate(): Promise<string> {
  const key = createHash('sha256')
    .update(listMigrations().join('\n'))
    .update(migrationSql())
    .digest('hex');
  const template = path.join(os.tmpdir(), `medpromo-template-${key.slice(0, 16)}.db`);
  if (fs.existsSync(template)) return template;

  // Parallel Jest workers may race here: each migrates its own file, then renames it into place.
  const scratch = `${template}.${process.pid}.tmp`;
  await applyPendingMigrations(`file:${scratch}`);
  fs.renameSync(scratch, template);
  return template;
}

function migrationSql(): string {
  const root = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');
  return listMigrations()
    .map((name) => fs.readFileSync(path.join(root, name, 'migration.sql'), 'utf8'))
    .join('\n');
}
