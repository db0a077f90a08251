import { priceOrderLines } from '../../../server/src/orders/price-order-lines';
import { createTempDatabase, type TempDatabase } from '../../support/temp-database';
import { seedDemoWithExamplePlans } from '../../support/demo-database';

let temp: TempDatabase;

beforeAll(async () => {
  temp = await createTempDatabase();
  // Only approved versions price live orders (issue 4): walk both through their routes.
  await seedDemoWithExamplePlans(temp.db, {
    submittedAt: '2026-12-02T00:00:00Z',
    approve: ['ZJ-2026', 'Q4-2026'],
    approvedAt: '2026-12-02T01:00:00Z',
  });
});

afterAll(() => temp.close());

// GDH001 is a public 3A hospital in 广东. ZJ-2026/R03 fixes GW-0140 at 560.00 for public 3A
// hospitals in 广东 (list 620.00); ZJ-2026/R04 gives stents 3% off at 3A/3B hospitals, exclusive.
const CSV = [
  'OrderNo,LineNo,PricingDate,SKU,Qty,Audience,Hospital,Distributor,Lot,Expiry,Province',
  'A,1,2026-12-18T14:00:00+08:00,GW-0140,50,HOSPITAL,GDH001,,L1,2028-01-31,',
  'A,2,2026-12-18T14:00:00+08:00,DES-3524,10,HOSPITAL,GDH001,,L2,2028-01-31,',
  'A,3,2026-12-18T14:00:00+08:00,NO-SUCH,1,HOSPITAL,GDH001,,,,',
  'B,1,2027-01-05,GW-0140,50,HOSPITAL,GDH001,,L1,2028-01-31,',
  'C,1,2026-12-18,GW-0140,50,HOSPITAL,GDH001,,L1,2028-01-31,浙江',
].join('\n');

async function price() {
  const result = await priceOrderLines(temp.db, {
    file: Buffer.from(CSV, 'utf8'),
    fileName: 'lines.csv',
    plans: [],
  });
  return new Map(result.lines.map((line) => [`${line.orderNo}/${line.lineNo}`, line]));
}

describe('pricing order lines against the versions in force', () => {
  it('resolves province, grade and channel from the hospital and applies the matching rules', async () => {
    const lines = await price();
    // (620.00 − 560.00) × 50 = 3000.00
    expect(lines.get('A/1')).toMatchObject({
      listUnitPrice: '620.00',
      grossAmount: '31000.00',
      discountAmount: '3000.00',
      netAmount: '28000.00',
      netUnitPrice: '560.00',
      applied: [{ plan: 'ZJ-2026', version: 1, rule: 'R03', amount: '3000.00', truncated: false }],
    });
    // 4180.00 × 10 × 3% = 1254.00
    expect(lines.get('A/2')).toMatchObject({
      grossAmount: '41800.00',
      netAmount: '40546.00',
      applied: [{ plan: 'ZJ-2026', rule: 'R04', amount: '1254.00' }],
    });
  });

  it('gives an unknown SKU a finding and no money, not zero', async () => {
    const line = (await price()).get('A/3')!;
    expect(line.netAmount).toBeNull();
    expect(line.findings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_SKU', severity: 'BLOCK', row: 4 }),
    ]);
  });

  it('applies no rule after the plans end, and none when the line overrides the province', async () => {
    const lines = await price();
    expect(lines.get('B/1')).toMatchObject({ netAmount: '31000.00', applied: [] });
    expect(lines.get('C/1')).toMatchObject({ netAmount: '31000.00', applied: [] });
  });
});
