import type { Audience, Channel, DeviceClass, Grade, Ownership, Tier } from '../../domain/codes';
import type { LicenseKind } from './license-kinds';

/**
 * The master data of one workbook (SPEC 3.1), typed and normalised. Money is a decimal string
 * ("1234.50"), a date an ISO local date ("2026-01-01", Asia/Shanghai), a province a GB/T 2260 code.
 */
export interface ProductRow {
  sku: string;
  name: string;
  category: string;
  deviceClass: DeviceClass;
  certNo: string | null;
  certValidTo: string | null;
  /** Always 14 digits: shorter GTINs (8, 12, 13) are left-padded with zeros, as GS1 does. */
  gtin: string | null;
  unitsPerPack: number;
  /** Ex-VAT. */
  standardCost: string | null;
  requiresLot: boolean;
  requiresExpiry: boolean;
  requiresSerial: boolean;
}

export interface PriceListRow {
  priceList: string;
  audience: Audience;
  sku: string;
  unitPrice: string;
  taxInclusive: boolean;
  /** A fraction: "0.13" for 13%. */
  vatRate: string;
  validFrom: string;
  /** Inclusive; null = open-ended. */
  validTo: string | null;
}

export interface HospitalRow {
  code: string;
  name: string;
  province: string;
  city: string | null;
  grade: Grade;
  ownership: Ownership;
}

export interface DistributorRow {
  code: string;
  name: string;
  uscc: string | null;
  tier: Tier;
  province: string;
}

/** 经营许可证 (Class III) or 经营备案凭证 (Class II) of a distributor. */
export interface LicenseRow {
  distributor: string;
  kind: LicenseKind;
  number: string;
  /** Product categories (品类) the licence covers. */
  scope: string[];
  validFrom: string;
  /** Inclusive; null = no end (a Class II filing). */
  validTo: string | null;
}

/** Where an authorisation holds: any listed province, city (as hospitals name it) or hospital. */
export interface Territory {
  provinces: string[];
  cities: string[];
  hospitals: string[];
}

/** 授权书: a distributor may sell these products in this territory and these channels. */
export interface AuthorizationRow {
  distributor: string;
  docNo: string;
  /** SKUs and categories, as typed. */
  products: string[];
  territory: Territory;
  /** Empty = every channel. */
  channels: Channel[];
  exclusive: boolean;
  validFrom: string;
  validTo: string | null;
}

/** 挂网价: the VAT-inclusive cap a province's procurement platform lists for a SKU. */
export interface PlatformListingRow {
  province: string;
  sku: string;
  listedPrice: string;
  validFrom: string;
  validTo: string | null;
}

/** 集采中选: the VAT-inclusive price a hospital pays for a SKU in the award's provinces. */
export interface VbpAwardRow {
  program: string;
  provinces: string[];
  sku: string;
  selectedPrice: string;
  validFrom: string;
  validTo: string | null;
}

/** Stock of one lot counted on one date. */
export interface InventoryRow {
  sku: string;
  lot: string;
  expiry: string | null;
  qty: number;
  asOf: string;
}

/** 两票制 applies to this province, hospital ownership and device class in these dates. */
export interface TwoInvoiceRow {
  province: string;
  ownership: Ownership;
  deviceClass: DeviceClass;
  validFrom: string;
  validTo: string | null;
}

/** Each sheet's rows; a new sheet adds its field here and its module to MASTER_SHEETS. */
export interface MasterData {
  products: ProductRow[];
  priceList: PriceListRow[];
  hospitals: HospitalRow[];
  distributors: DistributorRow[];
  licenses: LicenseRow[];
  authorizations: AuthorizationRow[];
  platformListings: PlatformListingRow[];
  vbpAwards: VbpAwardRow[];
  inventory: InventoryRow[];
  twoInvoice: TwoInvoiceRow[];
}

export function emptyMasterData(): MasterData {
  return {
    products: [],
    priceList: [],
    hospitals: [],
    distributors: [],
    licenses: [],
    authorizations: [],
    platformListings: [],
    vbpAwards: [],
    inventory: [],
    twoInvoice: [],
  };
}
