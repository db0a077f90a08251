import type { Audience, DeviceClass, Grade, Ownership, Tier } from '../../domain/codes';

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

/** Adding a sheet (许可证 Licenses, 授权 Authorizations, ...) adds its rows here. */
export interface MasterData {
  products: ProductRow[];
  priceList: PriceListRow[];
  hospitals: HospitalRow[];
  distributors: DistributorRow[];
}

export function emptyMasterData(): MasterData {
  return { products: [], priceList: [], hospitals: [], distributors: [] };
}
