import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { applyPendingMigrations } from '../../../server/src/db/migrate';

const root = path.resolve(__dirname, '..', '..', '..');

/** Tables, columns (with type, nullability, default) and indexes of a SQLite file. */
function describeSchema(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%'",
      )
      .all() as { name: string }[];
    const lines: string[] = [];
    for (const { name } of tables) {
      for (const column of db.prepare(`PRAGMA table_info("${name}")`).all() as Record<
        string,
        unknown
      >[]) {
        lines.push(
          `${name}.${column.name} ${column.type} notnull=${column.notnull} default=${column.dflt_value} pk=${column.pk}`,
        );
      }
      for (const index of db.prepare(`PRAGMA index_list("${name}")`).all() as Record<
        string,
        unknown
      >[]) {
        const columns = (
          db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]
        ).map((c) => c.name);
        lines.push(`${name} index ${index.name} unique=${index.unique} (${columns.join(',')})`);
      }
    }
    return lines.sort();
  } finally {
    db.close();
  }
}

/**
 * `prisma db push` finishes its work in well under a second but then keeps the process alive for
 * about a minute (seen on this machine kind, with no network), so stop it once it reports success.
 */
function dbPush(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
    const child = spawn(process.execPath, [cli, 'db', 'push', '--skip-generate'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('in sync with your Prisma schema')) {
        child.kill();
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (!output.includes('in sync'))
        reject(new Error(`prisma db push failed (${code}): ${output}`));
    });
  });
}

describe('migrations and schema.prisma', () => {
  it('produce the same tables, columns and indexes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpromo-drift-'));
    const migrated = path.join(dir, 'migrated.db');
    const pushed = path.join(dir, 'pushed.db');

    await applyPendingMigrations(`file:${migrated}`);
    await dbPush(pushed);

    const fromMigrations = describeSchema(migrated);
    expect(fromMigrations.length).toBeGreaterThan(20);
    expect(fromMigrations).toEqual(describeSchema(pushed));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
