import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';

import { loadMasterCodes } from '../../../server/src/db/master-repository';
import { createVersion, insertRules } from '../../../server/src/db/plan-repository';
import { seedDemo } from '../../../server/src/master/seed-demo-company';
import {
  priceOrderLines,
  type PricedLineOutput,
} from '../../../server/src/orders/price-order-lines';
import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import { writePricedLinesWorkbook } from '../../../server/src/workbook/write-priced-lines';
import { buildPlanWorkbook } from '../../support/plan-workbook-builder';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';

let temp: TempDatabase;
let lines: Map<string, PricedLineOutput>;

/**
 * A plan drafted in spring, before 广东's licence lapsed (2026-11-25) and the stent award began in
 * July, is simulated on December orders: every line is priced, and the guards refuse the ones the
 * master data now forbids. It is stored straight through the repository because submit would
 * refuse it today, which is the point of the submit-time guards (submit-time-guards.test.ts).
 */
beforeAll(async () => {
  temp = await createTempDatabase();
  await seedDemo(temp.db, { now: new Date('2026-12-01T00:00:00Z') });
  const workbook = await buildPlanWorkbook(
    [{ PlanCode: 'SPRING', Start: '2026-01-01', End: '2026-12-31' }],
    [
      {
        PlanCode: 'SPRING',
        RuleCode: 'V5',
        Mechanic: 'PCT_OFF',
        Audience: 'HOSPITAL',
        Products: 'DES-2518',
        Value: 5,
      },
      {
        PlanCode: 'SPRING',
        RuleCode: 'CAP',
        Mechanic: 'AMOUNT_OFF',
        Audience: 'HOSPITAL',
        Products: 'GW-0335',
        Provinces: '四川',
        Value: 18,
      },
      {
        PlanCode: 'SPRING',
        RuleCode: 'FG',
        Mechanic: 'FREE_GOODS',
        Audience: 'HOSPITAL',
        Products: 'CS-MASK50',
        FreeSku: 'CS-MASK50',
        EveryN: 8,
        FreeQty: 1,
      },
      {
        PlanCode: 'SPRING',
        RuleCode: 'GD',
        Mechanic: 'PCT_OFF',
        Audience: 'DISTRIBUTOR',
        Products: 'GW-0140',
        Distributors: 'D-GD01',
        Value: 2,
      },
    ],
  );
  const { plans, findings } = await parsePlanWorkbook(workbook, await loadMasterCodes(temp.db));
  expect(findings).toEqual([]);
  await temp.db.$transaction(async (tx) => {
    const { id } = await createVersion(tx, {
      header: plans[0].header,
      status: 'DRAFT',
      effectiveFrom: '2026-01-01',
      routeFacts: '{}',
      findings: [],
      sourceFile: 'spring.xlsx',
      sha256: '0'.repeat(64),
      contentHash: '1'.repeat(64),
      submittedBy: 'li.planner',
      submittedAt: new Date('2026-04-01T00:00:00Z'),
    });
    await insertRules(tx, id, plans[0].rules);
  });

  const csv = [
    'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Hospital,Distributor,Lot,Expiry',
    'A,1,2026-12-03,DES-2518,1,HOSPITAL,JSH001,,DS2512B04,2027-05-31',
    'B,1,2026-12-03,GW-0335,1,HOSPITAL,SCH001,,GZ2609G05,2029-08-31',
    'C,1,2026-12-03,GW-0140,10,DISTRIBUTOR,,D-GD01,GW2608F11,2029-07-31',
    'D,1,2026-12-03,CS-MASK50,17,HOSPITAL,ZJH001,,MK2610C15,2028-10-14',
    'E,1,2026-12-03,DES-3018,1,HOSPITAL,ZJH001,,DS2609A12,2028-08-31',
  ].join('\n');
  const result = await priceOrderLines(temp.db, {
    file: Buffer.from(csv, 'utf8'),
    fileName: 'december.csv',
    plans: ['SPRING@1'],
  });
  lines = new Map(result.lines.map((line) => [`${line.orderNo}/${line.lineNo}`, line]));
});

afterAll(() => temp.close());

const codes = (line: PricedLineOutput | undefined) => line?.findings.map((finding) => finding.code);

describe('guards on priced lines (price time)', () => {
  test('a hospital-facing 5% on the VBP stent in 江苏 is refused with VBP_LOCKED', () => {
    // 3880.00 × 5% = 194.00 → 3686.00, not the 中选价 798.00.
    const line = lines.get('A/1')!;
    expect(line).toMatchObject({ status: 'REFUSED', netUnitPrice: '3686.00' });
    expect(codes(line)).toContain('VBP_LOCKED');
    const vbp = line.findings.find((finding) => finding.code === 'VBP_LOCKED')!;
    expect(vbp).toMatchObject({ severity: 'BLOCK' });
    expect(vbp.message).toContain('798.00');
    expect(vbp.message).toContain('SPRING@1/V5');
  });

  test('312.00 to a hospital in 四川, which lists 298.00, is refused with PLATFORM_CAP', () => {
    // 330.00 − 18.00 = 312.00
    const line = lines.get('B/1')!;
    expect(line).toMatchObject({ status: 'REFUSED', netUnitPrice: '312.00' });
    expect(codes(line)).toEqual(['PLATFORM_CAP']);
    expect(line.findings[0].message).toMatch(/312\.00.*298\.00/);
  });

  test('a distributor whose licence expired on 2026-11-25 is refused with LICENSE_INVALID', () => {
    const line = lines.get('C/1')!;
    expect(line.status).toBe('REFUSED');
    expect(codes(line)).toContain('LICENSE_INVALID');
    expect(line.findings.find((f) => f.code === 'LICENSE_INVALID')!.message).toContain(
      'expired on 2026-11-25',
    );
  });

  test('free goods to a hospital are refused with HOSPITAL_GIFT', () => {
    // floor(17 / 8) × 1 = 2 masks free
    const line = lines.get('D/1')!;
    expect(line).toMatchObject({ status: 'REFUSED', freeGoods: [{ sku: 'CS-MASK50', qty: 2 }] });
    expect(codes(line)).toEqual(['HOSPITAL_GIFT']);
  });

  test('a line no guard objects to stays PRICED with no findings', () => {
    expect(lines.get('E/1')).toMatchObject({
      status: 'PRICED',
      findings: [],
      netAmount: '3880.00',
    });
  });

  test('the trace of a refused line shows each guard and ends with the refusal', () => {
    const trace = lines.get('B/1')!.trace;
    const guards = trace.filter((entry) => entry.kind === 'guard');
    expect(guards.map((entry) => entry.message)).toEqual([
      expect.stringContaining('guard PLATFORM_CAP (BLOCK)'),
      expect.stringContaining('the line is refused by PLATFORM_CAP'),
    ]);
    expect(trace.at(-1)).toBe(guards.at(-1));
  });

  test('the priced workbook shows the status and the findings of each line', async () => {
    const file = path.join(temp.dir, 'priced.xlsx');
    const rows = [...lines.values()].map((line) => ({
      ...line,
      listUnitPrice: line.listUnitPrice ?? '',
      grossAmount: line.grossAmount ?? '',
      discountAmount: line.discountAmount ?? '',
      netAmount: line.netAmount ?? '',
      netUnitPrice: line.netUnitPrice ?? '',
    }));
    await writePricedLinesWorkbook(file, rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('定价结果 Priced')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const status = header.indexOf('状态 Status') + 1;
    const findings = header.indexOf('发现 Findings') + 1;
    const byOrder = new Map(
      [2, 3, 4, 5, 6].map((row) => [
        sheet.getRow(row).getCell(1).value,
        [
          sheet.getRow(row).getCell(status).value,
          String(sheet.getRow(row).getCell(findings).value ?? ''),
        ],
      ]),
    );
    expect(byOrder.get('B')).toEqual(['REFUSED', expect.stringContaining('[BLOCK] PLATFORM_CAP')]);
    expect(byOrder.get('E')).toEqual(['PRICED', '']);
    expect(fs.existsSync(file)).toBe(true);
  });
});
