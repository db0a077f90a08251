import type { Channel, DeviceClass, Ownership } from '../domain/codes';
import type {
  DistributorAuthorization,
  DistributorLicense,
  InventoryLot,
  PlatformListing,
  TwoInvoiceRule,
  VbpAward,
} from '../generated/prisma/client';
import type {
  AuthorizationRow,
  InventoryRow,
  LicenseKind,
  LicenseRow,
  PlatformListingRow,
  Territory,
  TwoInvoiceRow,
  VbpAwardRow,
} from './master-workbook';

/**
 * The compliance rows as stored: list cells become sorted JSON text (prisma/schema.prisma says
 * why), so the same set typed in another order is the same record and a re-import finds it
 * unchanged. `…FromRecord` turns a stored record back into the row the workbook parsed.
 */
const sortedJson = (items: readonly string[]) => JSON.stringify([...items].sort());
const list = <T extends string>(json: string) => JSON.parse(json) as T[];

export function licenseRecord(row: LicenseRow) {
  return { ...row, scope: sortedJson(row.scope) };
}

export function authorizationRecord(row: AuthorizationRow) {
  const { provinces, cities, hospitals } = row.territory;
  const territory = {
    provinces: [...provinces].sort(),
    cities: [...cities].sort(),
    hospitals: [...hospitals].sort(),
  };
  return {
    ...row,
    products: sortedJson(row.products),
    territory: JSON.stringify(territory),
    channels: sortedJson(row.channels),
  };
}

export function vbpAwardRecord(row: VbpAwardRow) {
  return { ...row, provinces: sortedJson(row.provinces) };
}

export function licenseFromRecord(record: DistributorLicense): LicenseRow {
  const { distributor, number, validFrom, validTo } = record;
  const kind = record.kind as LicenseKind;
  return { distributor, kind, number, scope: list(record.scope), validFrom, validTo };
}

export function authorizationFromRecord(record: DistributorAuthorization): AuthorizationRow {
  const { distributor, docNo, exclusive, validFrom, validTo } = record;
  return {
    distributor,
    docNo,
    products: list(record.products),
    territory: JSON.parse(record.territory) as Territory,
    channels: list<Channel>(record.channels),
    exclusive,
    validFrom,
    validTo,
  };
}

export function platformListingFromRecord(record: PlatformListing): PlatformListingRow {
  const { province, sku, listedPrice, validFrom, validTo } = record;
  return { province, sku, listedPrice, validFrom, validTo };
}

export function vbpAwardFromRecord(record: VbpAward): VbpAwardRow {
  const { program, sku, selectedPrice, validFrom, validTo } = record;
  return { program, provinces: list(record.provinces), sku, selectedPrice, validFrom, validTo };
}

export function inventoryFromRecord(record: InventoryLot): InventoryRow {
  const { sku, lot, expiry, qty, asOf } = record;
  return { sku, lot, expiry, qty, asOf };
}

export function twoInvoiceFromRecord(record: TwoInvoiceRule): TwoInvoiceRow {
  const { province, validFrom, validTo } = record;
  const ownership = record.ownership as Ownership;
  const deviceClass = record.deviceClass as DeviceClass;
  return { province, ownership, deviceClass, validFrom, validTo };
}
