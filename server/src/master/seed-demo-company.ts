import fs from 'node:fs';
import path from 'node:path';

import type { Db } from '../db/prisma-client';
import {
  buildDemoMasterWorkbook,
  buildExampleOrderLinesWorkbook,
  buildExamplePlanWorkbook,
} from '../demo';
import { importMasterData } from './import-master-data';

export interface SeedDemoResult {
  imported: boolean;
  files: string[];
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
  return { imported: result.changed, files };
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
