import { DEVICE_CLASSES, GRADES, OWNERSHIPS, TIERS, AUDIENCES } from '../domain/codes';
import { provinceName } from '../domain/provinces';
import { complianceSheets } from './demo-compliance-sheets';
import { DEMO_MASTER } from './demo-master';
import { date, money, sheet, YES_NO } from './demo-sheet-helpers';
import { type SheetData, writeSheets } from './sheet-writer';

/**
 * The demo master data as a SPEC 3.1 workbook, so seeding goes through the customer's importer.
 * Like a real file it mixes forms: codes and Chinese labels, province codes and names, a default
 * VAT rate left empty.
 */
export function buildDemoMasterWorkbook(): Promise<Buffer> {
  return writeSheets([
    productsSheet(),
    priceListSheet(),
    hospitalsSheet(),
    distributorsSheet(),
    ...complianceSheets(DEMO_MASTER),
  ]);
}

function productsSheet(): SheetData {
  const rows = DEMO_MASTER.products.map((product, index) => [
    product.sku,
    product.name,
    product.category,
    // Alternate the code and its label, as planners do.
    index % 2 === 0 ? product.deviceClass : DEVICE_CLASSES[product.deviceClass],
    product.certNo,
    date(product.certValidTo),
    product.gtin,
    product.unitsPerPack,
    money(product.standardCost),
    YES_NO(product.requiresLot),
    YES_NO(product.requiresExpiry),
    YES_NO(product.requiresSerial),
  ]);
  return sheet('products', rows, [14, 44, 14, 10, 24, 14, 16, 10, 12, 8, 8, 10]);
}

function priceListSheet(): SheetData {
  const rows = DEMO_MASTER.priceList.map((price, index) => [
    price.priceList,
    AUDIENCES[price.audience],
    price.sku,
    money(price.unitPrice),
    price.taxInclusive ? 'Y' : 'N',
    // An empty rate is the default 13%; some rows spell it out as a percentage cell.
    index % 3 === 0 ? { value: Number(price.vatRate), numFmt: '0%' } : null,
    date(price.validFrom),
    date(price.validTo),
  ]);
  return sheet('priceList', rows, [12, 10, 14, 12, 8, 8, 12, 12]);
}

function hospitalsSheet(): SheetData {
  const rows = DEMO_MASTER.hospitals.map((hospital, index) => [
    hospital.code,
    hospital.name,
    index % 2 === 0 ? provinceName(hospital.province) : hospital.province,
    hospital.city,
    index % 2 === 0 ? GRADES[hospital.grade] : hospital.grade,
    index % 2 === 0 ? OWNERSHIPS[hospital.ownership] : hospital.ownership,
  ]);
  return sheet('hospitals', rows, [10, 30, 10, 10, 12, 8]);
}

function distributorsSheet(): SheetData {
  const rows = DEMO_MASTER.distributors.map((distributor, index) => [
    distributor.code,
    distributor.name,
    distributor.uscc,
    index % 2 === 0 ? TIERS[distributor.tier] : distributor.tier,
    provinceName(distributor.province),
  ]);
  return sheet('distributors', rows, [10, 32, 22, 12, 10]);
}
