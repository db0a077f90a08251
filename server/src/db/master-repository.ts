import type { Db } from './prisma-client';

/** The codes a plan workbook may refer to, for validating its cells. */
export interface MasterCodes {
  skus: Set<string>;
  categories: Set<string>;
  distributors: Set<string>;
  hospitals: Set<string>;
  plans: Set<string>;
}

export async function loadMasterCodes(db: Db): Promise<MasterCodes> {
  const [products, distributors, hospitals, plans] = await Promise.all([
    db.product.findMany({ select: { sku: true, category: true } }),
    db.distributor.findMany({ select: { code: true } }),
    db.hospital.findMany({ select: { code: true } }),
    db.plan.findMany({ select: { code: true } }),
  ]);
  return {
    skus: new Set(products.map((product) => product.sku)),
    categories: new Set(products.map((product) => product.category)),
    distributors: new Set(distributors.map((distributor) => distributor.code)),
    hospitals: new Set(hospitals.map((hospital) => hospital.code)),
    plans: new Set(plans.map((plan) => plan.code)),
  };
}

export async function listProducts(db: Db) {
  return db.product.findMany({ orderBy: { sku: 'asc' } });
}

export async function listHospitals(db: Db) {
  return db.hospital.findMany({ orderBy: { code: 'asc' } });
}

export async function listDistributors(db: Db) {
  return db.distributor.findMany({ orderBy: { code: 'asc' } });
}

export async function listPriceListEntries(db: Db) {
  return db.priceListEntry.findMany({
    orderBy: [{ priceList: 'asc' }, { sku: 'asc' }, { validFrom: 'asc' }],
  });
}

export async function isMasterDataEmpty(db: Db): Promise<boolean> {
  return (await db.product.count()) === 0;
}
