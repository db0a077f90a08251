import { listDistributors, listHospitals, listProducts } from '../db/master-repository';
import type { Db } from '../db/prisma-client';
import { PROVINCES } from '../domain/provinces';
import { buildPlanTemplate, type TemplateMasterData } from './plan-workbook';

export type TemplateLanguage = 'zh-CN' | 'en';

/** The plan workbook of SPEC §3.2 with drop-downs filled from the current master data. */
export async function buildTemplateWorkbook(db: Db, lang: TemplateLanguage): Promise<Buffer> {
  return buildPlanTemplate(await loadTemplateMaster(db), lang);
}

/** The master data the template's drop-downs offer (also the add-in's plan-sheet layout). */
export async function loadTemplateMaster(db: Db): Promise<TemplateMasterData> {
  const [products, distributors, hospitals] = await Promise.all([
    listProducts(db),
    listDistributors(db),
    listHospitals(db),
  ]);
  return {
    skus: products.map((product) => ({ sku: product.sku, name: product.name })),
    categories: [...new Set(products.map((product) => product.category))].sort(),
    provinces: PROVINCES.map((province) => ({ code: province.code, name: province.shortName })),
    distributors: distributors.map((distributor) => ({
      code: distributor.code,
      name: distributor.name,
    })),
    hospitals: hospitals.map((hospital) => ({ code: hospital.code, name: hospital.name })),
  };
}
