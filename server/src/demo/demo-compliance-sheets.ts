import { CHANNELS, DEVICE_CLASSES, OWNERSHIPS } from '../domain/codes';
import { provinceName } from '../domain/provinces';
import { LICENSE_KINDS, type MasterData } from '../master/master-workbook';
import { date, money, sheet, YES_NO } from './demo-sheet-helpers';
import type { SheetData } from './sheet-writer';

/**
 * The six compliance sheets of the demo workbook. Like the others they mix forms as people type
 * them: codes and labels, province names and codes, and each of the list separators.
 */
export function complianceSheets(master: MasterData): SheetData[] {
  return [
    licensesSheet(master),
    authorizationsSheet(master),
    listingsSheet(master),
    awardsSheet(master),
    inventorySheet(master),
    twoInvoiceSheet(master),
  ];
}

function licensesSheet({ licenses }: MasterData): SheetData {
  const rows = licenses.map((licence, index) => [
    licence.distributor,
    index % 2 === 0 ? LICENSE_KINDS[licence.kind] : licence.kind,
    licence.number,
    licence.scope.join(index % 2 === 0 ? '、' : '，'),
    date(licence.validFrom),
    date(licence.validTo),
  ]);
  return sheet('licenses', rows, [10, 12, 30, 40, 12, 12]);
}

function authorizationsSheet({ authorizations }: MasterData): SheetData {
  const rows = authorizations.map((authorization, index) => {
    const { provinces, cities, hospitals } = authorization.territory;
    const territory = [...provinces.map(provinceName), ...cities, ...hospitals];
    const channels = authorization.channels.map((channel) =>
      index % 2 === 0 ? CHANNELS[channel] : channel,
    );
    return [
      authorization.distributor,
      authorization.docNo,
      authorization.products.join('、'),
      territory.join('，'),
      channels.join(';'),
      YES_NO(authorization.exclusive),
      date(authorization.validFrom),
      date(authorization.validTo),
    ];
  });
  return sheet('authorizations', rows, [10, 14, 40, 16, 24, 8, 12, 12]);
}

function listingsSheet({ platformListings }: MasterData): SheetData {
  const rows = platformListings.map((listing, index) => [
    index % 2 === 0 ? provinceName(listing.province) : listing.province,
    listing.sku,
    money(listing.listedPrice),
    date(listing.validFrom),
    date(listing.validTo),
  ]);
  return sheet('platformListings', rows, [10, 14, 12, 12, 12]);
}

function awardsSheet({ vbpAwards }: MasterData): SheetData {
  const rows = vbpAwards.map((award) => [
    award.program,
    award.provinces.map(provinceName).join('、'),
    award.sku,
    money(award.selectedPrice),
    date(award.validFrom),
    date(award.validTo),
  ]);
  return sheet('vbpAwards', rows, [28, 16, 14, 12, 12, 12]);
}

function inventorySheet({ inventory }: MasterData): SheetData {
  const rows = inventory.map((lot) => [
    lot.sku,
    lot.lot,
    date(lot.expiry),
    lot.qty,
    date(lot.asOf),
  ]);
  return sheet('inventory', rows, [14, 14, 12, 10, 12]);
}

function twoInvoiceSheet({ twoInvoice }: MasterData): SheetData {
  const rows = twoInvoice.map((rule, index) => [
    provinceName(rule.province),
    index % 2 === 0 ? OWNERSHIPS[rule.ownership] : rule.ownership,
    index % 2 === 0 ? DEVICE_CLASSES[rule.deviceClass] : rule.deviceClass,
    date(rule.validFrom),
    date(rule.validTo),
  ]);
  return sheet('twoInvoice', rows, [10, 8, 10, 12, 12]);
}
