import fs from 'node:fs';
import path from 'node:path';

import { addUser } from '../access/accounts';
import { DEMO_USERS } from '../access/demo-users';
import type { Db } from '../db/prisma-client';
import { findUser } from '../db/user-repository';
import {
  buildDemoMasterWorkbook,
  buildExampleOrderLinesWorkbook,
  buildExamplePlanWorkbook,
} from '../demo';
import { importMasterData } from './import-master-data';

export interface SeedDemoResult {
  imported: boolean;
  files: string[];
  /** Users created by this run, with their demo passwords (shown once). */
  users: { login: string; roles: string[]; password: string }[];
}

/**
 * Loads the invented demo company through the same importer a customer's workbook goes through,
 * and writes example workbooks for the README tour. Safe to repeat: the import is idempotent.
 */
export async function seedDemo(
  db: Db,
  options: { outDir?: string; now: Date },
): Promise<SeedDemoResult> {
  const master = await buildDemoMasterWorkbook();
  const result = await importMasterData(db, {
    file: master,
    fileName: 'demo-master.xlsx',
    user: 'seed-demo',
    now: options.now,
  });
  const files = options.outDir ? await writeExamples(options.outDir, master) : [];
  return { imported: result.changed, files, users: await addMissingDemoUsers(db, options.now) };
}

async function addMissingDemoUsers(db: Db, now: Date): Promise<SeedDemoResult['users']> {
  const created: SeedDemoResult['users'] = [];
  for (const user of DEMO_USERS) {
    if (await findUser(db, user.login)) continue;
    await addUser(db, user, 'seed-demo', now);
    created.push({ login: user.login, roles: user.roles, password: user.password });
  }
  return created;
}

async function writeExamples(outDir: string, master: Buffer): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const examples: [string, Buffer][] = [
    ['demo-master.xlsx', master],
    ['plan-example.xlsx', await buildExamplePlanWorkbook()],
    ['order-lines-example.xlsx', await buildExampleOrderLinesWorkbook()],
  ];
  return examples.map(([name, content]) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, content);
    return file;
  });
}
