import { Router } from 'express';

import type { Db } from '../../db/prisma-client';

export function healthRoutes(db: Db): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    await db.$queryRawUnsafe('SELECT 1');
    res.json({ status: 'ok', service: 'medpromo', time: new Date().toISOString() });
  });

  router.get('/', (req, res) => {
    res.type('html').send(homePage(`${req.protocol}://${req.get('host')}`));
  });

  return router;
}

function homePage(origin: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>MedPromo</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; line-height: 1.5">
<h1>MedPromo server is running</h1>
<p>Promotion governance for medical-device sales in China: plans validated, priced, versioned and audited.</p>
<ul>
<li>Health: <a href="/health"><code>${origin}/health</code></a></li>
<li>API: <code>${origin}/api</code>. Sign in first with <code>POST /api/auth/login</code>
(<code>{"login","password"}</code>) and send <code>Authorization: Bearer &lt;token&gt;</code> with
every call; the README lists the endpoints and the demo users.</li>
<li>Excel task pane: <a href="/addin/taskpane.html"><code>${origin}/addin/taskpane.html</code></a>,
loaded by Excel through <code>manifest.xml</code> (Excel needs HTTPS: see the README).</li>
</ul>
<p>The command-line tool works on the same database: <code>npx medpromo --help</code>.</p>
</body></html>`;
}
