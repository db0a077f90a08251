import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';

import { DEMO_USERS } from '../../../server/src/access/demo-users';
import { runCli } from '../../support/run-cli';
import { editWorkbook, setRuleCell } from '../../support/workbook-edit';

/**
 * The command as a user runs it: a brand-new DATABASE_URL path, real files, exit codes, --json.
 * One database for the whole file; the tests run in order, like the README tour.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medpromo-cli-'));
const dbFile = path.join(dir, 'nested', 'folder', 'cli.db');
const url = `file:${dbFile}`;
const examples = path.join(dir, 'examples');
const cli = (...args: string[]) => runCli(args, url, dir);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('medpromo command', () => {
  it('prints help with every command', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    for (const command of [
      'seed-demo',
      'import-master',
      'template',
      'submit',
      'versions',
      'diff',
      'price',
      'audit',
    ]) {
      expect(run.stdout).toContain(command);
    }
  });

  it('exits 1 on a usage error', () => {
    expect(cli('submit').code).toBe(1);
    expect(cli('no-such-command').code).toBe(1);
  });

  it('seeds the demo company into a new database path and writes the example workbooks', () => {
    const run = cli('seed-demo', '--out', examples, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: true });
    expect(fs.existsSync(dbFile)).toBe(true);
    for (const name of ['demo-master.xlsx', 'plan-example.xlsx', 'order-lines-example.xlsx']) {
      expect(fs.existsSync(path.join(examples, name))).toBe(true);
    }
    expect(JSON.parse(cli('seed-demo', '--json').stdout)).toMatchObject({ imported: false });
  });

  it('re-importing the same master file changes nothing', () => {
    const run = cli('import-master', path.join(examples, 'demo-master.xlsx'), '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      changed: boolean;
      counts: Record<string, { created: number; updated: number }>;
    };
    expect(result.changed).toBe(false);
    for (const count of Object.values(result.counts))
      expect(count).toMatchObject({ created: 0, updated: 0 });
  });

  it('writes a template workbook in either language', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const out = path.join(dir, `template-${lang}.xlsx`);
      expect(cli('template', '--lang', lang, '-o', out).code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      expect(workbook.worksheets.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses a bad workbook with exit 2, located findings in JSON, and an annotated copy', async () => {
    const bad = await editWorkbook(
      fs.readFileSync(path.join(examples, 'plan-example.xlsx')),
      (workbook) => {
        setRuleCell(workbook, 'ZJ-2026', 'R01', 'Value', '120%');
      },
    );
    const file = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(file, bad);
    const annotated = path.join(dir, 'bad-annotated.xlsx');

    const run = cli('submit', file, '--user', 'li.planner', '--annotate', annotated, '--json');

    expect(run.code).toBe(2);
    const output = JSON.parse(run.stdout) as {
      versions: unknown[];
      findings: Record<string, unknown>[];
    };
    expect(output.versions).toEqual([]);
    expect(output.findings).toHaveLength(1);
    expect(output.findings[0]).toMatchObject({
      sheet: '规则 Rules',
      row: 2,
      column: '值 Value',
      severity: 'BLOCK',
    });
    expect(fs.existsSync(annotated)).toBe(true);
    // The master import and the ten demo users are the only events: the refusal saved nothing.
    expect(JSON.parse(cli('audit', 'verify', '--json').stdout)).toMatchObject({
      ok: true,
      events: 1 + DEMO_USERS.length,
    });
  });

  it('submits, lists versions, diffs and prices', async () => {
    const plan = path.join(examples, 'plan-example.xlsx');
    const submitted = cli('submit', plan, '--user', 'li.planner', '--json');
    expect(submitted.code).toBe(0);
    expect(JSON.parse(submitted.stdout).versions).toEqual([
      { plan: 'ZJ-2026', version: 1 },
      { plan: 'Q4-2026', version: 1 },
    ]);

    const changed = path.join(dir, 'plan-v2.xlsx');
    fs.writeFileSync(
      changed,
      await editWorkbook(fs.readFileSync(plan), (workbook) => {
        setRuleCell(workbook, 'Q4-2026', 'R10', 'Value', '12%');
      }),
    );
    expect(cli('submit', changed, '--user', 'li.planner').code).toBe(0);

    const versions = JSON.parse(cli('versions', 'Q4-2026', '--json').stdout) as {
      versions: Record<string, unknown>[];
    };
    expect(versions.versions.map((v) => [v.version, v.status, v.submittedBy])).toEqual([
      [1, 'SUBMITTED', 'li.planner'],
      [2, 'SUBMITTED', 'li.planner'],
    ]);
    expect(versions.versions[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    const diff = JSON.parse(cli('diff', 'Q4-2026', '1', '2', '--json').stdout);
    expect(diff).toMatchObject({
      added: [],
      removed: [],
      changed: [{ rule: 'R10', field: 'value', to: '12' }],
    });

    const out = path.join(dir, 'priced.xlsx');
    const priced = cli(
      'price',
      path.join(examples, 'order-lines-example.xlsx'),
      '--plans',
      'Q4-2026@1,ZJ-2026@1',
      '-o',
      out,
      '--json',
    );
    expect(priced.code).toBe(0);
    const lines = JSON.parse(priced.stdout).lines as Record<string, unknown>[];
    expect(lines.length).toBeGreaterThan(5);
    expect(lines[0]).toEqual(
      expect.objectContaining({
        orderNo: expect.any(String),
        grossAmount: expect.stringMatching(/^\d+\.\d\d$/),
      }),
    );
    expect(fs.existsSync(out)).toBe(true);
  });

  it('names an unknown plan version with exit 1', () => {
    const run = cli(
      'price',
      path.join(examples, 'order-lines-example.xlsx'),
      '--plans',
      'Q4-2026@9',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Q4-2026 has no version 9');
  });

  it('refuses an output that is not .xlsx before doing anything, even with --confirm', () => {
    const orders = () =>
      new Database(dbFile).prepare('SELECT count(*) AS n FROM ConfirmedOrder').get();
    const before = orders();
    const lines = path.join(examples, 'order-lines-example.xlsx');
    const run = cli('price', lines, '--confirm', '--user', 'li.planner', '-o', 'priced.csv');

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('-o priced.csv: the output is an Excel workbook');
    expect(orders()).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'priced.csv'))).toBe(false);
    expect(cli('template', '-o', 'plan.xls').code).toBe(1);
  });

  it('exits 3 naming the event when an audit row is changed in the SQLite file', () => {
    expect(cli('audit', 'verify').code).toBe(0);
    const raw = new Database(dbFile);
    raw.prepare(`UPDATE "AuditEvent" SET actor = 'mallory' WHERE seq = 2`).run();
    raw.close();

    const run = cli('audit', 'verify');
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('event 2');
    const json = cli('audit', 'verify', '--json');
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, badSeq: 2 });
  });
});
