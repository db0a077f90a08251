import Decimal from 'decimal.js';

import {
  buildDemoMasterWorkbook,
  buildExampleOrderLinesWorkbook,
  buildExamplePlanWorkbook,
  DEMO_CATALOGUE,
  DEMO_MASTER,
  DEMO_ORDER_LINES,
  DEMO_PLANS,
} from '../../../server/src/demo';
import { isValidGtin14 } from '../../../server/src/domain/gtin';
import { isValidUscc } from '../../../server/src/domain/uscc';
import { parseMasterWorkbook } from '../../../server/src/master/master-workbook';
import { parseOrderLines } from '../../../server/src/orders/order-lines';
import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import { isCandidate } from './rule-candidates';

const { products, priceList, hospitals, distributors } = DEMO_MASTER;
const distinct = <T>(values: T[]) => new Set(values).size;

describe('the demo master data', () => {
  test('every GTIN passes the GS1 check and no two products share one', () => {
    for (const product of products) expect(isValidGtin14(product.gtin ?? '')).toBe(true);
    expect(distinct(products.map((product) => product.gtin))).toBe(products.length);
  });

  test('every distributor has a USCC that passes the GB 32100 check', () => {
    for (const distributor of distributors) expect(isValidUscc(distributor.uscc ?? '')).toBe(true);
  });

  test('meets the minimums: 12 SKUs, 5 categories, classes I to III, 6 grades, 4 distributors', () => {
    expect(distinct(products.map((product) => product.sku))).toBeGreaterThanOrEqual(12);
    expect(distinct(products.map((product) => product.category))).toBeGreaterThanOrEqual(5);
    expect(new Set(products.map((product) => product.deviceClass))).toEqual(
      new Set(['I', 'II', 'III']),
    );
    expect(distinct(hospitals.map((hospital) => hospital.grade))).toBeGreaterThanOrEqual(6);
    expect(new Set(hospitals.map((hospital) => hospital.ownership))).toEqual(
      new Set(['PUBLIC', 'PRIVATE']),
    );
    expect(distributors.length).toBeGreaterThanOrEqual(4);
    expect(new Set(distributors.map((distributor) => distributor.tier))).toEqual(
      new Set(['T1', 'T2', 'DELIVERY']),
    );
  });

  test('hospitals and distributors are in 浙江, 江苏, 上海, 广东 and 四川', () => {
    const five = new Set(['330000', '320000', '310000', '440000', '510000']);
    expect(new Set(hospitals.map((hospital) => hospital.province))).toEqual(five);
    for (const distributor of distributors) expect(five.has(distributor.province)).toBe(true);
  });

  test('registered devices carry a certificate valid through 2026; Class I a filing', () => {
    for (const product of products) {
      expect(product.certNo).not.toBeNull();
      if (product.deviceClass === 'I') expect(product.certValidTo).toBeNull();
      else expect(product.certValidTo! > '2026-12-31').toBe(true);
    }
  });

  test('two price lists from 2026-01-01 price every SKU: distributors ex-VAT, hospitals with VAT', () => {
    const lists = [
      { priceList: 'DL-2026', audience: 'DISTRIBUTOR', taxInclusive: false },
      { priceList: 'HL-2026', audience: 'HOSPITAL', taxInclusive: true },
    ];
    for (const list of lists) {
      const entries = priceList.filter((entry) => entry.priceList === list.priceList);
      expect(entries.map((entry) => entry.sku).sort()).toEqual(products.map((p) => p.sku).sort());
      for (const entry of entries) {
        expect(entry).toMatchObject({ ...list, vatRate: '0.13', validFrom: '2026-01-01' });
      }
    }
  });

  test('prices leave everyone a margin: cost < distributor price < hospital price ex-VAT', () => {
    for (const { product, distributorPrice, hospitalPrice } of DEMO_CATALOGUE) {
      const hospitalExVat = new Decimal(hospitalPrice).dividedBy('1.13');
      expect(new Decimal(product.standardCost!).lessThan(distributorPrice)).toBe(true);
      expect(hospitalExVat.greaterThan(distributorPrice)).toBe(true);
    }
  });

  test('every distributor holds a licence and a filing; one expired, one runs out soon', async () => {
    const { licenses } = DEMO_MASTER;
    for (const { code } of distributors) {
      const kinds = licenses.filter((licence) => licence.distributor === code).map((l) => l.kind);
      expect(new Set(kinds)).toEqual(new Set(['LICENSE_III', 'FILING_II']));
    }
    const ended = (before: string) => (licence: { validTo: string | null }) =>
      licence.validTo !== null && licence.validTo < before;
    // Only the latest validity of each licence counts (浙江 renewed its licence in June).
    const latest = licenses.filter(
      (licence) =>
        !licenses.some(
          (other) => other.number === licence.number && other.validFrom > licence.validFrom,
        ),
    );
    expect(latest.filter(ended('2026-12-01')).map((l) => l.distributor)).toEqual(['D-GD01']);
    const within90 = latest.filter((l) => !ended('2026-12-03')(l) && ended('2027-03-04')(l));
    expect(within90.map((l) => l.distributor)).toEqual(['D-SC01']);
  });

  test('a stent under VBP in two provinces; every other SKU listed in the five provinces', () => {
    const { vbpAwards, platformListings } = DEMO_MASTER;
    expect(vbpAwards.map(({ sku, provinces }) => ({ sku, provinces }))).toEqual([
      { sku: 'DES-2518', provinces: ['320000', '510000'] },
    ]);
    const cap = platformListings.find((l) => l.sku === 'GW-0335' && l.province === '510000');
    expect(cap?.listedPrice).toBe('298.00');
    const listed = new Set(platformListings.map((l) => `${l.sku}@${l.province}`));
    expect(listed.size).toBe(products.length * 5 - 1);
    expect(listed.has('IVD-HBSAG@310000')).toBe(false);
  });

  test('some lots expire within 180 days of 2026-12-03; two-invoice binds classes II and III', () => {
    const { inventory, twoInvoice } = DEMO_MASTER;
    const near = inventory.filter((lot) => lot.expiry !== null && lot.expiry <= '2027-06-01');
    expect(new Set(near.map((lot) => lot.lot))).toEqual(
      new Set(['DS2512B04', 'MK2512A03', 'HB2605C11']),
    );
    expect(twoInvoice).toHaveLength(10);
    expect(new Set(twoInvoice.map((rule) => rule.deviceClass))).toEqual(new Set(['II', 'III']));
  });

  test('its workbook parses back to the same data with no findings', async () => {
    const result = await parseMasterWorkbook(await buildDemoMasterWorkbook(), { skus: new Set() });
    expect(result.findings).toEqual([]);
    expect(result.data).toEqual(DEMO_MASTER);
  });
});

describe('the example order lines', () => {
  test('three December 2026 orders of about ten lines, each naming its customer', () => {
    expect(distinct(DEMO_ORDER_LINES.map((line) => line.orderNo))).toBe(3);
    expect(DEMO_ORDER_LINES.length).toBeGreaterThanOrEqual(9);
    for (const line of DEMO_ORDER_LINES) {
      expect(line.pricingDate.startsWith('2026-12-')).toBe(true);
      expect(products.some((product) => product.sku === line.sku)).toBe(true);
      if (line.audience === 'HOSPITAL') {
        expect(hospitals.some((hospital) => hospital.code === line.hospital)).toBe(true);
      } else {
        expect(distributors.some((distributor) => distributor.code === line.distributor)).toBe(
          true,
        );
      }
    }
  });

  test('their workbook parses back to the same lines with no findings', async () => {
    const buffer = await buildExampleOrderLinesWorkbook();
    const result = await parseOrderLines(buffer, 'order-lines-example.xlsx');
    expect(result.findings).toEqual([]);
    expect(result.lines).toEqual(DEMO_ORDER_LINES);
  });
});

describe('the example plans', () => {
  const rules = DEMO_PLANS.flatMap(({ header, rules: planRules }) =>
    planRules.map((rule) => ({ rule, plan: header })),
  );

  test('an annual 2026 plan and its fourth quarter', () => {
    expect(DEMO_PLANS.map(({ header }) => header)).toMatchObject([
      { planCode: 'ZJ-2026', level: 'ANNUAL', start: '2026-01-01', end: '2026-12-31' },
      { level: 'QUARTERLY', parent: 'ZJ-2026', start: '2026-10-01', end: '2026-12-31' },
    ]);
  });

  test('the rules show a band, a quantity cap, an exclusion group, sequential stacking, caps', () => {
    const all = rules.map(({ rule }) => rule);
    expect(all.some((rule) => rule.minQty !== null && rule.maxQty !== null)).toBe(true);
    expect(all.some((rule) => rule.maxDiscountedQty !== null)).toBe(true);
    const groups = all.flatMap((rule) => (rule.exclusionGroup ? [rule.exclusionGroup] : []));
    expect(groups.length).toBeGreaterThan(distinct(groups));
    expect(all.some((rule) => rule.stacking === 'SEQUENTIAL')).toBe(true);
    expect(all.some((rule) => rule.lineCap !== null)).toBe(true);
    expect(all.some((rule) => rule.orderCap !== null)).toBe(true);
  });

  test('every rule is a candidate for some example line, so each mechanic is exercised', () => {
    const applied = new Set<string>();
    for (const { rule, plan } of rules) {
      const hits = DEMO_ORDER_LINES.filter((line) => {
        const order = DEMO_ORDER_LINES.filter((other) => other.orderNo === line.orderNo);
        return isCandidate(rule, plan, line, order, DEMO_MASTER);
      });
      expect({ rule: rule.ruleCode, hits: hits.length > 0 }).toEqual({
        rule: rule.ruleCode,
        hits: true,
      });
      applied.add(rule.mechanic);
    }
    expect(applied).toEqual(
      new Set(['PCT_OFF', 'AMOUNT_OFF', 'FIXED_PRICE', 'ORDER_PCT_OFF', 'ORDER_AMOUNT_OFF']),
    );
  });

  test('a quantity band lets one line in and keeps another out', () => {
    const banded = rules.find(({ rule }) => rule.minQty !== null)!;
    const verdicts = DEMO_ORDER_LINES.filter((line) => banded.rule.skus.includes(line.sku)).map(
      (line) => isCandidate(banded.rule, banded.plan, line, [line], DEMO_MASTER),
    );
    expect(new Set(verdicts)).toEqual(new Set([true, false]));
  });

  test('their workbook parses through the plan-workbook parser to the same plans', async () => {
    const master = {
      skus: new Set(products.map((product) => product.sku)),
      categories: new Set(products.map((product) => product.category)),
      distributors: new Set(distributors.map((distributor) => distributor.code)),
      hospitals: new Set(hospitals.map((hospital) => hospital.code)),
    };
    const result = await parsePlanWorkbook(await buildExamplePlanWorkbook(), master);
    expect(result.findings).toEqual([]);
    const parsed = result.plans.map(({ header, rules: planRules }) => ({
      header,
      rules: planRules.map(({ source: _source, ...rule }) => rule),
    }));
    expect(parsed).toEqual(DEMO_PLANS);
  });
});
