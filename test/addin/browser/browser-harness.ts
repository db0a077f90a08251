import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

import { buildTaskPane } from '../../../addin/scripts/build-taskpane';
import { createApp } from '../../../server/src/app';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

/** Debian's Chromium (`apt-get install -y chromium`); the browser tests skip without it. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const REPO = path.resolve(__dirname, '..', '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

export interface Harness {
  temp: TempDatabase;
  origin: string;
  page: Page;
  shoot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real task pane, built as `npm start` builds it, served by the real app on an ephemeral
 * port over a temp SQLite file with the demo company, in headless Chromium. office.js is
 * replaced by a bundle that installs the fake Excel; nothing else leaves the machine.
 */
export async function startHarness(screenshotDir: string): Promise<Harness> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'medpromo-pane-'));
  const temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date() });
  const paneDir = await buildTaskPane({ outDir: path.join(work, 'addin') });
  const fakeOffice = await bundleFakeOffice();

  const server = await listenOnFreePort(createApp(temp.db, { taskPaneDir: paneDir }));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await launchChromium(path.join(work, 'profile'));
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ body: fakeOffice, contentType: 'text/javascript; charset=utf-8' }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('pane error:', error));

  const shots = path.join(REPO, screenshotDir);
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  let step = 0;
  return {
    temp,
    origin,
    page,
    shoot: async (name) => {
      step += 1;
      const file = `${String(step).padStart(2, '0')}-${name}.png`;
      await page.screenshot({ path: path.join(shots, file), fullPage: true });
    },
    close: async () => {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      await temp.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPO, 'addin', 'src', 'testing', 'fake-office.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

function listenOnFreePort(app: ReturnType<typeof createApp>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
    server.once('error', reject);
  });
}

function launchChromium(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 360, height: 900 },
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
