import path from 'node:path';

import { createApp } from './app';
import { absoluteDatabaseUrl, resolveDatabaseUrl } from './db/database-url';
import { isMasterDataEmpty } from './db/master-repository';
import { applyPendingMigrations } from './db/migrate';
import { openDatabase } from './db/prisma-client';
import { listen, tlsFilesFromEnv } from './http/listen';
import { logger } from './logger';
import { seedDemo } from './master/seed-demo-company';

const DEFAULT_PORT = 3000;
/** Built by `npm start` (addin/scripts/build-taskpane.ts) before the server starts. */
const TASK_PANE_DIR = path.resolve(__dirname, '..', '..', 'addin', 'dist');

/** `npm start`: migrate, seed the demo company into an empty database, serve API and task pane. */
async function main(): Promise<void> {
  const url = absoluteDatabaseUrl(resolveDatabaseUrl());
  const applied = await applyPendingMigrations(url);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

  const db = await openDatabase(url);
  if (await isMasterDataEmpty(db)) {
    await seedDemo(db, { outDir: 'medpromo-examples', now: new Date() });
    logger.info({ examples: 'medpromo-examples' }, 'empty database: demo company loaded');
  }

  const tls = tlsFilesFromEnv(process.env);
  const {
    server,
    url: origin,
    secure,
  } = await listen(createApp(db, { taskPaneDir: TASK_PANE_DIR }), {
    port: Number(process.env.PORT ?? DEFAULT_PORT),
    host: process.env.HOST ?? '127.0.0.1',
    ...tls,
  });
  if (!secure) {
    logger.warn(
      { tls: false, host: process.env.HOST ?? '127.0.0.1' },
      'No TLS certificate configured (MEDPROMO_TLS_CERT, MEDPROMO_TLS_KEY): serving plain HTTP on localhost; Excel sideloads the add-in only over HTTPS.',
    );
  }
  logger.info(
    { url: origin, taskPane: `${origin}addin/taskpane.html`, database: url },
    'MedPromo is serving',
  );
  const stop = () => server.close(() => void db.$disconnect());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'MedPromo could not start');
  process.exitCode = 1;
});
