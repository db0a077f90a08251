import type { Tx } from '../db/prisma-client';
import { authorizationRecord, licenseRecord, vbpAwardRecord } from './compliance-records';
import type { MasterData } from './master-workbook';
import { type UpsertCounts, upsertEach } from './upsert-each';

type ComplianceSheet =
  'licenses' | 'authorizations' | 'platformListings' | 'vbpAwards' | 'inventory' | 'twoInvoice';

/** The compliance sheets, each row keyed by its natural key (the schema's unique constraint). */
export async function upsertComplianceData(
  tx: Tx,
  data: MasterData,
): Promise<Record<ComplianceSheet, UpsertCounts>> {
  return {
    licenses: await upsertLicenses(tx, data),
    authorizations: await upsertAuthorizations(tx, data),
    platformListings: await upsertPlatformListings(tx, data),
    vbpAwards: await upsertVbpAwards(tx, data),
    inventory: await upsertInventory(tx, data),
    twoInvoice: await upsertTwoInvoice(tx, data),
  };
}

function upsertLicenses(tx: Tx, data: MasterData) {
  const key = (row: ReturnType<typeof licenseRecord>) => ({
    distributor_kind_number_validFrom: {
      distributor: row.distributor,
      kind: row.kind,
      number: row.number,
      validFrom: row.validFrom,
    },
  });
  return upsertEach(
    data.licenses.map(licenseRecord),
    (row) => tx.distributorLicense.findUnique({ where: key(row) }),
    (row) => tx.distributorLicense.create({ data: row }),
    (row) => tx.distributorLicense.update({ where: key(row), data: row }),
  );
}

function upsertAuthorizations(tx: Tx, data: MasterData) {
  const key = (row: ReturnType<typeof authorizationRecord>) => ({
    distributor_docNo: { distributor: row.distributor, docNo: row.docNo },
  });
  return upsertEach(
    data.authorizations.map(authorizationRecord),
    (row) => tx.distributorAuthorization.findUnique({ where: key(row) }),
    (row) => tx.distributorAuthorization.create({ data: row }),
    (row) => tx.distributorAuthorization.update({ where: key(row), data: row }),
  );
}

function upsertPlatformListings(tx: Tx, data: MasterData) {
  const key = (row: MasterData['platformListings'][number]) => ({
    province_sku_validFrom: { province: row.province, sku: row.sku, validFrom: row.validFrom },
  });
  return upsertEach(
    data.platformListings,
    (row) => tx.platformListing.findUnique({ where: key(row) }),
    (row) => tx.platformListing.create({ data: row }),
    (row) => tx.platformListing.update({ where: key(row), data: row }),
  );
}

function upsertVbpAwards(tx: Tx, data: MasterData) {
  const key = (row: ReturnType<typeof vbpAwardRecord>) => ({
    program_sku_validFrom: { program: row.program, sku: row.sku, validFrom: row.validFrom },
  });
  return upsertEach(
    data.vbpAwards.map(vbpAwardRecord),
    (row) => tx.vbpAward.findUnique({ where: key(row) }),
    (row) => tx.vbpAward.create({ data: row }),
    (row) => tx.vbpAward.update({ where: key(row), data: row }),
  );
}

function upsertInventory(tx: Tx, data: MasterData) {
  const key = (row: MasterData['inventory'][number]) => ({
    sku_lot_asOf: { sku: row.sku, lot: row.lot, asOf: row.asOf },
  });
  return upsertEach(
    data.inventory,
    (row) => tx.inventoryLot.findUnique({ where: key(row) }),
    (row) => tx.inventoryLot.create({ data: row }),
    (row) => tx.inventoryLot.update({ where: key(row), data: row }),
  );
}

function upsertTwoInvoice(tx: Tx, data: MasterData) {
  const key = (row: MasterData['twoInvoice'][number]) => ({
    province_ownership_deviceClass_validFrom: {
      province: row.province,
      ownership: row.ownership,
      deviceClass: row.deviceClass,
      validFrom: row.validFrom,
    },
  });
  return upsertEach(
    data.twoInvoice,
    (row) => tx.twoInvoiceRule.findUnique({ where: key(row) }),
    (row) => tx.twoInvoiceRule.create({ data: row }),
    (row) => tx.twoInvoiceRule.update({ where: key(row), data: row }),
  );
}
