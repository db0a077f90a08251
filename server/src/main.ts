import { createApp } from './app';
import { absoluteDatabaseUrl, resolveDatabaseUrl } from './db/database-url';
import { isMasterDataEmpty } from './db/master-repository';
import { applyPendingMigrations } from './db/migrate';
import { openDatabase } from './db/prisma-client';
import { logger } from './logger';
import { seedDemo } from './master/seed-demo-company';

const DEFAULT_PORT = 3000;

/** `npm start`: migrate, seed the demo company into an empty database, serve. */
async function main(): Promise<void> {
  const url = absoluteDatabaseUrl(resolveDatabaseUrl());
  const applied = await applyPendingMigrations(url);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');

  const db = await openDatabase(url);
  if (await isMasterDataEmpty(db)) {
    await seedDemo(db, { outDir: 'medpromo-examples', now: new Date() });
    logger.info({ examples: 'medpromo-examples' }, 'empty database: demo company loaded');
  }

  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const host = process.env.HOST ?? '127.0.0.1';
  const server = createApp(db).listen(port, host, () => {
    logger.info({ url: `http://${host}:${port}/`, database: url }, 'MedPromo is serving');
  });
  const stop = () => server.close(() => void db.$disconnect());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  logger.error({ err: error }, 'MedPromo could not start');
  process.exitCode = 1;
});
