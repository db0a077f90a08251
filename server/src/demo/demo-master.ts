import type { MasterData, PriceListRow } from '../master/master-workbook';
import {
  DEMO_AUTHORIZATIONS,
  DEMO_INVENTORY,
  DEMO_LICENSES,
  DEMO_PLATFORM_LISTINGS,
  DEMO_TWO_INVOICE,
  DEMO_VBP_AWARDS,
} from './demo-compliance';
import { DEMO_DISTRIBUTORS, DEMO_HOSPITALS } from './demo-customers';
import { DEMO_CATALOGUE, DEMO_PRODUCTS } from './demo-products';

export const DEMO_COMPANY = '杭州示例医疗器械有限公司';
export const DEMO_PRICE_START = '2026-01-01';

/** Distributors are invoiced ex-VAT; hospital prices include VAT (SPEC 3.2, 对象 Audience). */
const DISTRIBUTOR_PRICES: PriceListRow[] = DEMO_CATALOGUE.map(({ product, distributorPrice }) => ({
  priceList: 'DL-2026',
  audience: 'DISTRIBUTOR',
  sku: product.sku,
  unitPrice: distributorPrice,
  taxInclusive: false,
  vatRate: '0.13',
  validFrom: DEMO_PRICE_START,
  validTo: null,
}));

const HOSPITAL_PRICES: PriceListRow[] = DEMO_CATALOGUE.map(({ product, hospitalPrice }) => ({
  priceList: 'HL-2026',
  audience: 'HOSPITAL',
  sku: product.sku,
  unitPrice: hospitalPrice,
  taxInclusive: true,
  vatRate: '0.13',
  validFrom: DEMO_PRICE_START,
  validTo: null,
}));

/** The demo company's master data, exactly as its workbook parses. */
export const DEMO_MASTER: MasterData = {
  products: DEMO_PRODUCTS,
  priceList: [...DISTRIBUTOR_PRICES, ...HOSPITAL_PRICES],
  hospitals: DEMO_HOSPITALS,
  distributors: DEMO_DISTRIBUTORS,
  licenses: DEMO_LICENSES,
  authorizations: DEMO_AUTHORIZATIONS,
  platformListings: DEMO_PLATFORM_LISTINGS,
  vbpAwards: DEMO_VBP_AWARDS,
  inventory: DEMO_INVENTORY,
  twoInvoice: DEMO_TWO_INVOICE,
};
