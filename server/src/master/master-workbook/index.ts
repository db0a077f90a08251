export type {
  DistributorRow,
  HospitalRow,
  MasterData,
  PriceListRow,
  ProductRow,
} from './master-data';
export { emptyMasterData } from './master-data';
export type { KnownCodes } from './master-sheet';
export { MASTER_SHEETS } from './master-sheets';
export { type MasterWorkbookResult, parseMasterWorkbook } from './parse-master-workbook';
