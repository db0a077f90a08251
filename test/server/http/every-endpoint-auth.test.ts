import type { Express } from 'express';
import request from 'supertest';

import { createApp } from '../../../server/src/app';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

/**
 * The list of endpoints is read from the app's own routers, so an endpoint added later is
 * covered without anyone remembering to list it here.
 */
const PUBLIC = new Set(['GET /health', 'GET /', 'POST /api/auth/login']);

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: RouteLayer[] };
}

function registeredRoutes(app: Express): string[] {
  const top = (app as unknown as { router: { stack: RouteLayer[] } }).router.stack;
  const routes: string[] = [];
  for (const layer of top) {
    for (const inner of layer.handle?.stack ?? []) {
      if (!inner.route) continue;
      const { path, methods } = inner.route;
      const mounted = path === '/health' || path === '/' ? path : `/api${path}`;
      for (const method of Object.keys(methods)) routes.push(`${method.toUpperCase()} ${mounted}`);
    }
  }
  return routes;
}

/** Any value fills a path parameter: the request must be refused before it is looked at. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, 'X1');

let temp: TempDatabase;
let app: Express;

beforeAll(async () => {
  temp = await createTempDatabase();
  app = createApp(temp.db);
});

afterAll(() => temp.close());

describe('every endpoint but sign-in and health needs credentials', () => {
  it('finds the API routes it checks', () => {
    const routes = registeredRoutes(app);
    expect(routes).toEqual(expect.arrayContaining(['POST /api/plans/submit', 'GET /health']));
    expect(routes.length).toBeGreaterThan(20);
  });

  it('answers 401 on every other route without a token, with a bad token and a bad key', async () => {
    const guarded = registeredRoutes(app).filter((route) => !PUBLIC.has(route));
    const answers: string[] = [];
    for (const route of guarded) {
      const [method, path] = route.split(' ');
      const send = () => request(app)[method.toLowerCase() as 'get'](concrete(path));
      const plain = await send();
      const badToken = await send().set('Authorization', 'Bearer mpt_not-a-real-token');
      const badKey = await send().set('X-Api-Key', 'mpk_not-a-real-key');
      answers.push(`${route} ${plain.status} ${badToken.status} ${badKey.status}`);
    }
    expect(answers).toEqual(guarded.map((route) => `${route} 401 401 401`));
  });
});
