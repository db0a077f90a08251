import {
  COMPLIANCE_GUARDS,
  type ComplianceBook,
  guardPricedLine,
  resolveGuardFacts,
} from '../../../../server/src/pricing/guards';
import { factsOf, lineOf, pricedOf } from './guard-fixtures';

describe('the guard registry', () => {
  test('holds the eleven line guards of SPEC 5, each once, BLOCK before WARN', () => {
    const codes = COMPLIANCE_GUARDS.map((guard) => guard.code);
    expect(new Set(codes)).toEqual(
      new Set([
        'VBP_LOCKED',
        'PLATFORM_CAP',
        'PLATFORM_UNLISTED',
        'PRICE_LINKAGE',
        'HOSPITAL_GIFT',
        'BELOW_COST',
        'LICENSE_INVALID',
        'LICENSE_EXPIRING',
        'CERT_EXPIRED',
        'NOT_AUTHORIZED',
        'TWO_INVOICE',
      ]),
    );
    expect(codes).toHaveLength(11);
    const severities = COMPLIANCE_GUARDS.map((guard) => guard.severity);
    expect(severities.lastIndexOf('BLOCK')).toBeLessThan(severities.indexOf('WARN'));
    const warns = ['PRICE_LINKAGE', 'BELOW_COST', 'LICENSE_EXPIRING'];
    for (const guard of COMPLIANCE_GUARDS)
      expect(guard.severity).toBe(warns.includes(guard.code) ? 'WARN' : 'BLOCK');
  });
});

describe('guardPricedLine', () => {
  const line = lineOf();

  test('a BLOCK refuses the line, and the trace ends saying so', () => {
    // 330.00 − 18.00 = 312.00 over the 298.00 cap, and below no listing.
    const priced = pricedOf(line, [{ rule: 'P@1/R1', amount: '18.00' }]);
    const guarded = guardPricedLine(
      line,
      priced,
      factsOf({ listedPrice: '298.00', lowestListing: null }),
    );
    expect(guarded.refused).toBe(true);
    expect(guarded.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['PLATFORM_CAP', 'BLOCK'],
    ]);
    expect(guarded.trace.map((entry) => entry.kind)).toEqual(['guard', 'guard']);
    expect(guarded.trace.at(-1)?.message).toContain('refused by PLATFORM_CAP');
  });

  test('a WARN alone keeps the line priced', () => {
    // 330.00 − 40.00 = 290.00: under the 298.00 cap, below the lowest listing 298.00.
    const priced = pricedOf(line, [{ rule: 'P@1/R1', amount: '40.00' }]);
    const guarded = guardPricedLine(line, priced, factsOf({ listedPrice: '298.00' }));
    expect(guarded.refused).toBe(false);
    expect(guarded.findings.map((finding) => finding.code)).toEqual(['PRICE_LINKAGE']);
  });

  test('a rebate that reached the line counts as a benefit for TWO_INVOICE', () => {
    const t2 = {
      ...line,
      distributor: 'D-GD01',
      tier: 'T2' as const,
      audience: 'DISTRIBUTOR' as const,
    };
    const skipped = {
      kind: 'skipped' as const,
      rule: 'P@1/RB',
      mechanic: 'TIERED_REBATE' as const,
      message: 'skipped',
    };
    const priced = pricedOf(t2, [], [], [skipped]);
    const authorised = {
      distributor: 'D-GD01',
      docNo: 'SQ',
      products: ['导丝'],
      territory: { provinces: ['510000'], cities: [], hospitals: [] },
      channels: [],
      exclusive: false,
      validFrom: '2026-01-01',
      validTo: null,
    };
    const filing = {
      distributor: 'D-GD01',
      kind: 'FILING_II' as const,
      number: 'F',
      scope: ['导丝'],
      validFrom: '2020-01-01',
      validTo: null,
    };
    const facts = factsOf({ twoInvoice: true, authorizations: [authorised], licenses: [filing] });
    const guarded = guardPricedLine({ ...t2, hospital: null }, priced, facts);
    expect(guarded.findings.map((finding) => finding.code)).toEqual(['TWO_INVOICE']);
    expect(guarded.findings[0].message).toContain('P@1/RB');
  });
});

describe('resolveGuardFacts', () => {
  const listing = (
    province: string,
    listedPrice: string,
    validFrom = '2026-01-01',
    validTo: string | null = null,
  ) => ({
    province,
    sku: 'GW-0335',
    listedPrice,
    validFrom,
    validTo,
  });
  const book: ComplianceBook = {
    products: new Map([
      [
        'GW-0335',
        { category: '导丝', deviceClass: 'II', certValidTo: '2027-04-12', standardCost: '85.00' },
      ],
    ]),
    prices: [
      {
        sku: 'GW-0335',
        audience: 'HOSPITAL',
        vatRate: '0.06',
        validFrom: '2026-01-01',
        validTo: null,
      },
    ],
    listingsBySku: new Map([
      [
        'GW-0335',
        [
          listing('330000', '330.00'),
          listing('510000', '298.00'),
          listing('440000', '250.00', '2025-01-01', '2025-12-31'),
        ],
      ],
    ]),
    awardsBySku: new Map([
      [
        'GW-0335',
        [
          {
            program: 'VBP',
            provinces: ['320000', '510000'],
            sku: 'GW-0335',
            selectedPrice: '200.00',
            validFrom: '2026-07-01',
            validTo: null,
          },
        ],
      ],
    ]),
    licensesByDistributor: new Map(),
    authorizationsByDistributor: new Map(),
    twoInvoice: [
      {
        province: '510000',
        ownership: 'PUBLIC',
        deviceClass: 'II',
        validFrom: '2018-10-01',
        validTo: null,
      },
    ],
    planReasons: { 'P@1': 'LAUNCH' },
  };

  test('picks the facts valid on the date for the line’s SKU, province and channel', () => {
    const facts = resolveGuardFacts(book, lineOf(), '2026-12-03')!;
    expect(facts).toMatchObject({
      date: '2026-12-03',
      vatRate: '0.06',
      listedPrice: '298.00',
      // 广东's 250.00 ended in 2025, so the lowest listing in force is 四川's.
      lowestListing: { province: '510000', price: '298.00' },
      vbpAward: { program: 'VBP', selectedPrice: '200.00' },
      twoInvoice: true,
      planReasons: { 'P@1': 'LAUNCH' },
    });
  });

  test('before the award, for a private hospital, and with no price entry for the audience', () => {
    const line = lineOf({ channel: 'PRIVATE_HOSPITAL', audience: 'DISTRIBUTOR' });
    const facts = resolveGuardFacts(book, line, '2026-06-30')!;
    expect(facts.vbpAward).toBeNull();
    expect(facts.twoInvoice).toBe(false);
    expect(facts.vatRate).toBe('0.13');
  });

  test('a SKU missing from the book has no facts', () => {
    expect(resolveGuardFacts(book, lineOf({ sku: 'NOPE' }), '2026-12-03')).toBeUndefined();
  });
});
