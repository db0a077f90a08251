import type { Express } from 'express';
import request from 'supertest';

import { authenticate, signIn } from '../../../server/src/access/accounts';
import { hashSecret, TOKEN_LIFETIME_MS } from '../../../server/src/access/tokens';
import { createApp } from '../../../server/src/app';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;
let app: Express;

beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-01-02T00:00:00Z') });
  app = createApp(temp.db);
});

afterAll(() => temp.close());

const signInOver = (login: string, password: string) =>
  request(app).post('/api/auth/login').send({ login, password });

describe('sign-in tokens', () => {
  it('refuses a wrong password and an unknown login alike', async () => {
    const wrong = await signInOver('li.planner', 'not-the-password').expect(401);
    const unknown = await signInOver('nobody', 'planner-demo').expect(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);

    const refused = await temp.db.auditEvent.findMany({
      where: { action: 'user.sign-in-refused' },
      orderBy: { seq: 'asc' },
    });
    expect(refused.map((event) => [event.actor, JSON.parse(event.after!)])).toEqual([
      ['li.planner', { known: true, disabled: false }],
      ['nobody', { known: false, disabled: false }],
    ]);
  });

  it('works until it is revoked by signing out', async () => {
    const { token } = (await signInOver('li.planner', 'planner-demo').expect(200)).body;
    const me = await request(app).get('/api/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body.user.login).toBe('li.planner');

    await request(app).post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(204);
    await request(app).get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('expires 12 hours after sign-in', async () => {
    const at = new Date('2026-06-01T08:00:00+08:00');
    const { token, expiresAt } = await signIn(temp.db, 'li.planner', 'planner-demo', at);
    expect(expiresAt).toBe('2026-06-01T12:00:00.000Z');

    const justBefore = new Date(at.getTime() + TOKEN_LIFETIME_MS - 1000);
    const justAfter = new Date(at.getTime() + TOKEN_LIFETIME_MS + 1000);
    expect((await authenticate(temp.db, { token }, justBefore))?.login).toBe('li.planner');
    expect(await authenticate(temp.db, { token }, justAfter)).toBeNull();
  });

  it('stores only the hash of a token', async () => {
    const { token } = await signIn(temp.db, 'li.planner', 'planner-demo', new Date());
    const rows = await temp.db.authToken.findMany();
    expect(rows.some((row) => row.tokenHash === hashSecret(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe('API keys and disabled accounts', () => {
  it('lets an integration act with a key the admin created, stored only as a hash', async () => {
    const { token } = (await signInOver('admin', 'admin-demo').expect(200)).body;
    const created = await request(app)
      .post('/api/users/qian.finance/api-keys')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'ERP export' })
      .expect(201);
    const key: string = created.body.key;

    const me = await request(app).get('/api/me').set('X-Api-Key', key).expect(200);
    expect(me.body.user.login).toBe('qian.finance');
    expect(JSON.stringify(await temp.db.apiKey.findMany())).not.toContain(key);
  });

  it('refuses the tokens and keys of a disabled user, and a new sign-in', async () => {
    const admin = (await signInOver('admin', 'admin-demo').expect(200)).body.token;
    const held = (await signInOver('zhou.auditor', 'auditor-demo').expect(200)).body.token;
    const key = (
      await request(app)
        .post('/api/users/zhou.auditor/api-keys')
        .set('Authorization', `Bearer ${admin}`)
        .send({ name: 'evidence robot' })
        .expect(201)
    ).body.key;

    await request(app)
      .post('/api/users/zhou.auditor/disable')
      .set('Authorization', `Bearer ${admin}`)
      .expect(204);

    await request(app).get('/api/me').set('Authorization', `Bearer ${held}`).expect(401);
    await request(app).get('/api/me').set('X-Api-Key', key).expect(401);
    await signInOver('zhou.auditor', 'auditor-demo').expect(401);
  });
});
