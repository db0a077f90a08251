import { distributorsSheet } from './distributors-sheet';
import { hospitalsSheet } from './hospitals-sheet';
import type { AnyMasterSheet } from './master-sheet';
import { priceListSheet } from './price-list-sheet';
import { productsSheet } from './products-sheet';

/**
 * The sheets of the master-data workbook, in the order they are checked. Next to come, one module
 * each: 许可证 Licenses, 授权 Authorizations, 挂网价 PlatformListings, 集采 VbpAwards, 库存 Inventory,
 * 两票制 TwoInvoice.
 */
export const MASTER_SHEETS: readonly AnyMasterSheet[] = [
  productsSheet,
  priceListSheet,
  hospitalsSheet,
  distributorsSheet,
];
