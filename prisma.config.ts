import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

import { ensureDatabaseFolder, resolveDatabaseUrl } from './server/src/db/database-url';

// The WebAssembly schema engine (engine "js" plus a driver adapter) is what lets the Prisma CLI
// work with no internet: see shared/notes/prisma-offline.md.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const url = resolveDatabaseUrl();
    ensureDatabaseFolder(url);
    return new PrismaBetterSQLite3({ url });
  },
});
