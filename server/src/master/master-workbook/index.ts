export type {
  AuthorizationRow,
  DistributorRow,
  HospitalRow,
  InventoryRow,
  LicenseRow,
  MasterData,
  PlatformListingRow,
  PriceListRow,
  ProductRow,
  Territory,
  TwoInvoiceRow,
  VbpAwardRow,
} from './master-data';
export { LICENSE_KINDS, LICENSED_CLASS, type LicenseKind } from './license-kinds';
export { emptyMasterData } from './master-data';
export type { KnownCodes } from './master-sheet';
export { MASTER_SHEETS } from './master-sheets';
export { type MasterWorkbookResult, parseMasterWorkbook } from './parse-master-workbook';
