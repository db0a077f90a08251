import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { build } from 'esbuild';

const ADDIN_DIR = path.resolve(__dirname, '..');
export const TASK_PANE_DIST = path.join(ADDIN_DIR, 'dist');

export interface BuildOptions {
  outDir?: string;
  minify?: boolean;
}

/**
 * Bundles the task pane (React + Fluent UI) into one script beside taskpane.html, help.html
 * and the icons: everything the server serves at /addin. One esbuild pass, about a second.
 */
export async function buildTaskPane(options: BuildOptions = {}): Promise<string> {
  const outDir = options.outDir ?? TASK_PANE_DIST;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(ADDIN_DIR, 'public'), outDir, { recursive: true });

  await build({
    entryPoints: [path.join(ADDIN_DIR, 'src', 'index.tsx')],
    outfile: path.join(outDir, 'taskpane.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Excel on Windows may still host the pane in an older WebView2; ES2020 runs there.
    target: 'es2020',
    jsx: 'automatic',
    minify: options.minify ?? true,
    sourcemap: 'linked',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return outDir;
}

if (require.main === module) {
  const started = Date.now();
  buildTaskPane()
    .then((dir) => console.log(`task pane built in ${Date.now() - started} ms: ${dir}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
