import path from 'node:path';

import ExcelJS from 'exceljs';

import { NotFoundError } from '../../../server/src/errors';
import type { MatrixCellJson } from '../../../server/src/matrix/assemble-matrix';
import { buildPriceMatrix, type PriceMatrix } from '../../../server/src/matrix/build-price-matrix';
import {
  DISPERSION_SHEET,
  MATRIX_SHEET,
  writePriceMatrixWorkbook,
} from '../../../server/src/workbook/write-price-matrix';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { seedDemoWithExamplePlans } from '../../support/demo-database';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  // Q4-2026 is in force; ZJ-2026@1 is only submitted, and the matrix simulates it.
  await seedDemoWithExamplePlans(temp.db, {
    submittedAt: '2026-12-02T00:00:00Z',
    approve: ['Q4-2026'],
    approvedAt: '2026-12-02T01:00:00Z',
  });
});

afterAll(() => temp.close());

const matrixOf = (extra: Partial<Parameters<typeof buildPriceMatrix>[1]> = {}) =>
  buildPriceMatrix(temp.db, {
    planCode: 'ZJ-2026',
    version: 1,
    date: '2026-12-03',
    today: '2026-12-03',
    ...extra,
  });

function cellAt(matrix: PriceMatrix, key: string): MatrixCellJson {
  const found = matrix.cells.filter(
    (cell) =>
      [
        cell.audience,
        cell.sku,
        cell.province,
        cell.channel ?? '-',
        cell.grade ?? '-',
        cell.tier ?? '-',
      ].join(' ') === key,
  );
  expect(found).toHaveLength(1);
  return found[0];
}

describe('the demo plan ZJ-2026@1 as one price standard', () => {
  it('touches the cells its four rules reach, plus peers in the other provinces', async () => {
    const matrix = await matrixOf();
    // R01: 3 stents × 浙江 T1 (peer: 江苏 T1, 3 more); R02: 2 balloons × 浙江/江苏 T1;
    // R03: GW-0140 × 广东 public 3A (peers: 上海, 江苏, 浙江 public 3A); R04: DES-3018 and
    // DES-3524 × the six public 3A/3B places (上海 3A, 江苏 3A, 浙江 3A and 3B, 广东 3A, 四川 3B).
    // In the plan: 3 + 4 + 1 + 12 = 20; peers 3 + 3; groups 3 + 2 + 1 + 2 × 2 = 10.
    expect(matrix.summary).toEqual({ cells: 26, inPlan: 20, groups: 10, flaggedGroups: 4 });
    expect(matrix.before).toEqual(['Q4-2026@1']);
    expect(matrix.after).toEqual(['Q4-2026@1', 'ZJ-2026@1']);
  });

  it('prices the cells as the demo price lists and rules say', async () => {
    const matrix = await matrixOf();
    // R01: 8% off the 2,680.00 invoice price of DES-2518 for 浙江 T1: 2,680.00 × 0.92.
    expect(cellAt(matrix, 'DISTRIBUTOR DES-2518 330000 - - T1')).toMatchObject({
      inPlan: true,
      rules: ['R01'],
      listUnitPrice: '2680.00',
      netBefore: '2680.00',
      netAfter: '2465.60',
      appliedAfter: ['ZJ-2026@1/R01'],
      discountPct: '8.00',
      deviationPct: '0.00',
      flagged: true,
    });
    // 江苏's T1 distributor pays list: 214.40 / 2,465.60 = 8.70% above 浙江.
    expect(cellAt(matrix, 'DISTRIBUTOR DES-2518 320000 - - T1')).toMatchObject({
      inPlan: false,
      netAfter: '2680.00',
      deviationPct: '8.70',
      flagged: true,
    });
    // R03 fixes GW-0140 at 560.00 (list 620.00, 60/620 = 9.68% off) for 广东 public 3A only.
    expect(cellAt(matrix, 'HOSPITAL GW-0140 440000 PUBLIC_HOSPITAL 3A -')).toMatchObject({
      netAfter: '560.00',
      discountPct: '9.68',
      flagged: true,
    });
    expect(cellAt(matrix, 'HOSPITAL GW-0140 310000 PUBLIC_HOSPITAL 3A -')).toMatchObject({
      netAfter: '620.00',
      deviationPct: '10.71',
      flagged: true,
    });
    // R04 gives stents 3% off at every 3A/3B hospital: 4,180.00 × 0.97, the same everywhere.
    expect(cellAt(matrix, 'HOSPITAL DES-3524 510000 PUBLIC_HOSPITAL 3B -')).toMatchObject({
      netBefore: '4180.00',
      netAfter: '4054.60',
      flagged: false,
    });
    // R02 needs 50..200 units: one unit does not reach it.
    expect(cellAt(matrix, 'DISTRIBUTOR BC-2015 330000 - - T1')).toMatchObject({
      rules: ['R02'],
      netAfter: '880.00',
      appliedAfter: [],
      flagged: false,
    });
  });

  it('flags exactly the groups beyond the tolerance', async () => {
    const flagged = (matrix: PriceMatrix) =>
      matrix.dispersion
        .filter((group) => group.flagged)
        .map((group) => `${group.sku} ${group.spreadPct}`);
    expect(flagged(await matrixOf())).toEqual([
      'DES-2518 8.70',
      'DES-3018 8.70',
      'DES-3524 8.70',
      'GW-0140 10.71',
    ]);
    expect(flagged(await matrixOf({ tolerancePct: '10%' }))).toEqual(['GW-0140 10.71']);
    expect(flagged(await matrixOf({ tolerancePct: '11' }))).toEqual([]);
    const gw = (await matrixOf()).dispersion.find((group) => group.sku === 'GW-0140')!;
    expect(gw).toMatchObject({
      provinces: 4,
      minNet: '560.00',
      minProvince: '440000',
      maxNet: '620.00',
      spreadPctBefore: '0.00',
    });
  });

  it('judges quantity bands and order thresholds at --qty units', async () => {
    const matrix = await matrixOf({ qty: 60 });
    // R02: 50.00 off per unit inside 50..200, in 浙江 and 江苏 alike.
    expect(cellAt(matrix, 'DISTRIBUTOR BC-2015 330000 - - T1')).toMatchObject({
      netAfter: '830.00',
      flagged: false,
    });
    // 60 × 2,680.00 = 160,800.00 ≥ 100,000: Q4-2026/R14 (2% ON_BASE, so of the gross: 3,216.00,
    // capped by its OrderCap at 3,000.00) applies before and after the plan.
    // Before: 160,800.00 − 3,000.00 = 157,800.00 → 2,630.00 a unit.
    // After: R01 also takes 8% = 12,864.00: 160,800.00 − 15,864.00 = 144,936.00 → 2,415.60.
    expect(cellAt(matrix, 'DISTRIBUTOR DES-2518 330000 - - T1')).toMatchObject({
      netBefore: '2630.00',
      netAfter: '2415.60',
      appliedAfter: ['ZJ-2026@1/R01', 'Q4-2026@1/R14'],
    });
    // 江苏 pays 2,630.00 as before: 214.40 / 2,415.60 = 8.8756% above 浙江.
    const stent = matrix.dispersion.find(
      (g) => g.audience === 'DISTRIBUTOR' && g.sku === 'DES-2518',
    );
    expect(stent).toMatchObject({ spreadPctBefore: '0.00', spreadPct: '8.88', flagged: true });
  });

  it('defaults the date to today, moved inside the plan dates', async () => {
    expect((await matrixOf({ date: undefined, today: '2027-03-01' })).date).toBe('2026-12-31');
    expect((await matrixOf({ date: undefined, today: '2026-12-20' })).date).toBe('2026-12-20');
  });

  it('says which version is missing', async () => {
    await expect(matrixOf({ version: 9 })).rejects.toThrow(NotFoundError);
    await expect(matrixOf({ version: 9 })).rejects.toThrow('Plan ZJ-2026 has no version 9.');
  });
});

describe('the matrix workbook', () => {
  it('has numbers with formats, a frozen header and the flagged rows filled', async () => {
    const file = path.join(temp.dir, 'matrix.xlsx');
    await writePriceMatrixWorkbook(file, await matrixOf());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(MATRIX_SHEET)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(27);

    const header = (sheet.getRow(1).values as string[]).slice(1);
    const column = (name: string) => header.findIndex((text) => text.endsWith(name)) + 1;
    const rows = Array.from({ length: 26 }, (_, index) => sheet.getRow(index + 2));
    const zhejiangStent = rows.find(
      (row) =>
        row.getCell(2).value === 'DES-2518' &&
        row.getCell(4).value === '浙江' &&
        row.getCell(1).value === 'DISTRIBUTOR',
    )!;
    expect(zhejiangStent.getCell(column('NetAfter')).value).toBe(2465.6);
    expect(zhejiangStent.getCell(column('NetAfter')).numFmt).toBe('#,##0.00');
    expect(zhejiangStent.getCell(column('Discount')).value).toBe(0.08);
    expect(zhejiangStent.getCell(column('Discount')).numFmt).toBe('0.00%');
    expect(zhejiangStent.getCell(column('Flag')).value).toBe('超差 OUT OF TOLERANCE');

    const filled = rows.filter((row) => fillOf(row.getCell(column('Flag'))) !== null);
    expect(filled).toHaveLength(10); // 3 stent groups × 2 provinces + GW-0140 × 4 provinces
    const plain = rows.find((row) => row.getCell(column('Flag')).value === null)!;
    expect(fillOf(plain.getCell(1))).toBeNull();

    const dispersion = workbook.getWorksheet(DISPERSION_SHEET)!;
    expect(dispersion.rowCount).toBe(11);
  });
});

function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor?.argb ?? null) : null;
}
