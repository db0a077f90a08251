import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/medpromo.db';

/** The SQLite URL in force: DATABASE_URL, or the embedded default under ./data. */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The same URL with an absolute path, so child processes and other folders open the same file. */
export function absoluteDatabaseUrl(url: string): string {
  return `file:${databaseFilePath(url)}`;
}

/** The file path of a `file:` URL, relative paths taken from the current directory. */
export function databaseFilePath(url: string): string {
  const withoutScheme = url.replace(/^file:/, '').replace(/\?.*$/, '');
  return path.resolve(withoutScheme);
}

/** SQLite creates the file but not its folder; a new DATABASE_URL path should just work. */
export function ensureDatabaseFolder(url: string): void {
  fs.mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
}
