import type { LicenseRow } from '../../../../server/src/master/master-workbook';
import { certExpired } from '../../../../server/src/pricing/guards/cert-expired';
import { licenseExpiring } from '../../../../server/src/pricing/guards/license-expiring';
import { licenseInvalid } from '../../../../server/src/pricing/guards/license-invalid';
import { notAuthorized } from '../../../../server/src/pricing/guards/not-authorized';
import { twoInvoice } from '../../../../server/src/pricing/guards/two-invoice';
import type {
  ComplianceGuard,
  GuardInput,
  GuardProduct,
} from '../../../../server/src/pricing/guards';
import { inputOf, lineOf, pricedOf } from './guard-fixtures';

interface Case {
  name: string;
  guard: ComplianceGuard;
  input: GuardInput;
  /** null = no finding; otherwise the rules blamed and text the message must carry. */
  expected: null | { rules: string[]; says: string[] };
}

const R = 'P@1/R1';
/** A distributor line for a Class III guide wire (导丝) in 广东, priced on 2026-12-03. */
const line = lineOf({
  sku: 'GW-0140',
  audience: 'DISTRIBUTOR',
  province: '440000',
  city: null,
  channel: null,
  grade: null,
  hospital: null,
  distributor: 'D-GD01',
  tier: 'T2',
  listUnitPrice: '420.00',
});
const classIII: GuardProduct = {
  category: '导丝',
  deviceClass: 'III',
  certValidTo: '2031-07-19',
  standardCost: '160.00',
};
const licence = (fields: Partial<LicenseRow>): LicenseRow => ({
  distributor: 'D-GD01',
  kind: 'LICENSE_III',
  number: 'L-1',
  scope: ['冠脉支架', '导丝'],
  validFrom: '2021-11-26',
  validTo: '2026-11-25',
  ...fields,
});
const plain = pricedOf(line);
const discounted = pricedOf(line, [{ rule: R, amount: '20.00' }]);
const on = (date: string, licenses: LicenseRow[], product = classIII) =>
  inputOf(line, plain, { date, licenses, product });
const auth = {
  distributor: 'D-GD01',
  docNo: 'SQ-1',
  products: ['GW-0140'],
  territory: { provinces: ['440000'], cities: [], hospitals: [] },
  channels: [],
  exclusive: false,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
};

const cases: Case[] = [
  // LICENSE_INVALID: Class III needs a 经营许可证 whose scope names the category, valid on the date.
  {
    name: 'licence valid on its last day',
    guard: licenseInvalid,
    input: on('2026-11-25', [licence({})]),
    expected: null,
  },
  {
    name: 'licence expired the day before',
    guard: licenseInvalid,
    input: on('2026-11-26', [licence({})]),
    expected: { rules: [], says: ['D-GD01', 'expired on 2026-11-25'] },
  },
  {
    name: 'a Class II filing does not cover a Class III device',
    guard: licenseInvalid,
    input: on('2026-12-03', [licence({ kind: 'FILING_II', validTo: null })]),
    expected: { rules: [], says: ['经营许可证'] },
  },
  {
    name: 'scope without the category',
    guard: licenseInvalid,
    input: on('2026-06-01', [licence({ scope: ['冠脉支架'] })]),
    expected: { rules: [], says: ['导丝'] },
  },
  {
    name: 'Class I needs no licence',
    guard: licenseInvalid,
    input: on('2026-12-03', [], { ...classIII, deviceClass: 'I' }),
    expected: null,
  },
  {
    name: 'a hospital line names no distributor',
    guard: licenseInvalid,
    input: inputOf(lineOf(), pricedOf(lineOf())),
    expected: null,
  },

  // LICENSE_EXPIRING: 2026-11-21 + 90 days = 2027-02-19 (9 + 31 + 31 + 19 days).
  {
    name: 'licence ending exactly 90 days on',
    guard: licenseExpiring,
    input: on('2026-11-21', [licence({ validFrom: '2022-02-20', validTo: '2027-02-19' })]),
    expected: { rules: [], says: ['2027-02-19'] },
  },
  {
    name: 'licence ending 91 days on',
    guard: licenseExpiring,
    input: on('2026-11-20', [licence({ validFrom: '2022-02-20', validTo: '2027-02-19' })]),
    expected: null,
  },
  {
    name: 'renewal recorded from the next day',
    guard: licenseExpiring,
    input: on('2026-11-21', [
      licence({ validFrom: '2022-02-20', validTo: '2027-02-19' }),
      licence({ validFrom: '2027-02-20', validTo: '2032-02-19' }),
    ]),
    expected: null,
  },
  {
    name: 'a renewal after a gap does not continue it',
    guard: licenseExpiring,
    input: on('2026-11-21', [
      licence({ validFrom: '2022-02-20', validTo: '2027-02-19' }),
      licence({ validFrom: '2027-03-01', validTo: '2032-02-19' }),
    ]),
    expected: { rules: [], says: ['2027-02-19'] },
  },
  {
    name: 'no licence at all is LICENSE_INVALID, not expiring',
    guard: licenseExpiring,
    input: on('2026-12-03', []),
    expected: null,
  },

  // CERT_EXPIRED: valid through its last day.
  {
    name: 'certificate valid on its last day',
    guard: certExpired,
    input: on('2031-07-19', [licence({ validTo: null })]),
    expected: null,
  },
  {
    name: 'certificate expired the day before',
    guard: certExpired,
    input: on('2031-07-20', [licence({ validTo: null })]),
    expected: { rules: [], says: ['2031-07-19'] },
  },
  {
    name: 'a Class I filing never expires',
    guard: certExpired,
    input: on('2040-01-01', [], { ...classIII, certValidTo: null }),
    expected: null,
  },

  // NOT_AUTHORIZED: product, territory, channel and date.
  {
    name: 'authorised by SKU and province',
    guard: notAuthorized,
    input: inputOf(line, plain, { authorizations: [auth] }),
    expected: null,
  },
  {
    name: 'authorised by category',
    guard: notAuthorized,
    input: inputOf(line, plain, { authorizations: [{ ...auth, products: ['导丝'] }] }),
    expected: null,
  },
  {
    name: 'another SKU only',
    guard: notAuthorized,
    input: inputOf(line, plain, { authorizations: [{ ...auth, products: ['GW-0335'] }] }),
    expected: { rules: [], says: ['D-GD01', 'GW-0140'] },
  },
  {
    name: 'authorised in cities, line names none',
    guard: notAuthorized,
    input: inputOf(line, plain, {
      authorizations: [{ ...auth, territory: { provinces: [], cities: ['广州'], hospitals: [] } }],
    }),
    expected: { rules: [], says: ['广东'] },
  },
  {
    name: 'authorised in the hospital city',
    guard: notAuthorized,
    input: inputOf({ ...line, city: '广州', hospital: 'GDH001' }, plain, {
      authorizations: [{ ...auth, territory: { provinces: [], cities: ['广州'], hospitals: [] } }],
    }),
    expected: null,
  },
  {
    name: 'authorised for private hospitals, line is public',
    guard: notAuthorized,
    input: inputOf({ ...line, channel: 'PUBLIC_HOSPITAL' }, plain, {
      authorizations: [{ ...auth, channels: ['PRIVATE_HOSPITAL'] }],
    }),
    expected: { rules: [], says: ['PUBLIC_HOSPITAL'] },
  },
  {
    name: 'authorisation ended',
    guard: notAuthorized,
    input: inputOf(line, plain, { date: '2027-01-01', authorizations: [auth] }),
    expected: { rules: [], says: ['2027-01-01'] },
  },

  // TWO_INVOICE: T2 is never the manufacturer's direct counterparty.
  {
    name: 'discount to a T2 distributor where two-invoice applies',
    guard: twoInvoice,
    input: inputOf(line, discounted, { twoInvoice: true }),
    expected: { rules: [R], says: ['T2', 'D-GD01'] },
  },
  {
    name: 'rebate to a T2 distributor',
    guard: twoInvoice,
    input: inputOf(line, plain, { twoInvoice: true }, ['P@1/RB']),
    expected: { rules: ['P@1/RB'], says: ['rebate'] },
  },
  {
    name: 'T1 distributor',
    guard: twoInvoice,
    input: inputOf({ ...line, tier: 'T1' }, discounted, { twoInvoice: true }),
    expected: null,
  },
  {
    name: 'two-invoice does not apply',
    guard: twoInvoice,
    input: inputOf(line, discounted, { twoInvoice: false }),
    expected: null,
  },
  {
    name: 'T2 with no benefit and no hospital',
    guard: twoInvoice,
    input: inputOf(line, plain, { twoInvoice: true }),
    expected: null,
  },
  {
    name: 'T2 delivering to a public hospital: a second intermediary',
    guard: twoInvoice,
    input: inputOf({ ...lineOf(), distributor: 'D-GD01', tier: 'T2' }, pricedOf(lineOf()), {
      twoInvoice: true,
    }),
    expected: { rules: [], says: ['second intermediary', 'SCH001'] },
  },
];

describe.each(cases)('$guard.code: $name', ({ guard, input, expected }) => {
  test(expected === null ? 'no finding' : 'finding', () => {
    const hit = guard.check(input);
    if (expected === null) {
      expect(hit).toBeNull();
      return;
    }
    expect(hit?.rules).toEqual(expected.rules);
    for (const text of expected.says) expect(hit?.message).toContain(text);
  });
});
