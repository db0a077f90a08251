import { authorizationsSheet } from './authorizations-sheet';
import { distributorsSheet } from './distributors-sheet';
import { hospitalsSheet } from './hospitals-sheet';
import { inventorySheet } from './inventory-sheet';
import { licensesSheet } from './licenses-sheet';
import type { AnyMasterSheet } from './master-sheet';
import { platformListingsSheet } from './platform-listings-sheet';
import { priceListSheet } from './price-list-sheet';
import { productsSheet } from './products-sheet';
import { twoInvoiceSheet } from './two-invoice-sheet';
import { vbpAwardsSheet } from './vbp-awards-sheet';

/**
 * The sheets of the master-data workbook, in the order they are checked and written. A sheet may
 * refer to codes on the sheets before it (see references.ts), whatever the order in the file.
 */
export const MASTER_SHEETS: readonly AnyMasterSheet[] = [
  productsSheet,
  priceListSheet,
  hospitalsSheet,
  distributorsSheet,
  licensesSheet,
  authorizationsSheet,
  platformListingsSheet,
  vbpAwardsSheet,
  inventorySheet,
  twoInvoiceSheet,
];
