import type { ProductRow } from '../master/master-workbook';

/**
 * The demo company's catalogue (invented): 杭州示例医疗器械有限公司. Class III devices carry a
 * national registration (国械注准), Class II a Zhejiang one (浙械注准), Class I a filing (备案,
 * no expiry). GTINs use the invented GS1 company prefix 6923456.
 */
interface DemoProduct {
  product: ProductRow;
  /** Distributor invoice price, ex-VAT. */
  distributorPrice: string;
  /** Hospital price, VAT-inclusive. */
  hospitalPrice: string;
}

type Traceability = Pick<ProductRow, 'requiresLot' | 'requiresExpiry' | 'requiresSerial'>;
const IMPLANT: Traceability = { requiresLot: true, requiresExpiry: true, requiresSerial: true };
const STERILE: Traceability = { requiresLot: true, requiresExpiry: true, requiresSerial: false };
const NON_STERILE: Traceability = {
  requiresLot: true,
  requiresExpiry: false,
  requiresSerial: false,
};

function item(
  fields: Omit<ProductRow, keyof Traceability | 'unitsPerPack'> & { unitsPerPack?: number },
  traceability: Traceability,
  distributorPrice: string,
  hospitalPrice: string,
): DemoProduct {
  const product = { ...fields, unitsPerPack: fields.unitsPerPack ?? 1, ...traceability };
  return { product, distributorPrice, hospitalPrice };
}

const STENT = {
  category: '冠脉支架',
  deviceClass: 'III',
  certNo: '国械注准20233130417',
  certValidTo: '2028-05-21',
} as const;
const BALLOON = { category: '球囊导管', deviceClass: 'III' } as const;
const WIRE = { category: '导丝' } as const;
const ORTHO = { category: '骨科植入物', deviceClass: 'III' } as const;
const DISPOSABLE = { category: '一次性耗材' } as const;
const IVD = { category: '体外诊断试剂' } as const;

export const DEMO_CATALOGUE: readonly DemoProduct[] = [
  item(
    {
      ...STENT,
      sku: 'DES-2518',
      name: '药物洗脱冠脉支架 2.5×18mm',
      gtin: '06923456001015',
      standardCost: '980.00',
    },
    IMPLANT,
    '2680.00',
    '3880.00',
  ),
  item(
    {
      ...STENT,
      sku: 'DES-3018',
      name: '药物洗脱冠脉支架 3.0×18mm',
      gtin: '06923456001022',
      standardCost: '980.00',
    },
    IMPLANT,
    '2680.00',
    '3880.00',
  ),
  item(
    {
      ...STENT,
      sku: 'DES-3524',
      name: '药物洗脱冠脉支架 3.5×24mm',
      gtin: '06923456001039',
      standardCost: '1050.00',
    },
    IMPLANT,
    '2880.00',
    '4180.00',
  ),
  item(
    {
      ...BALLOON,
      sku: 'BC-2015',
      name: '冠脉球囊扩张导管 2.0×15mm',
      certNo: '国械注准20223030452',
      certValidTo: '2027-09-14',
      gtin: '06923456002012',
      standardCost: '310.00',
    },
    STERILE,
    '880.00',
    '1280.00',
  ),
  item(
    {
      ...BALLOON,
      sku: 'NCB-3012',
      name: '非顺应性冠脉球囊扩张导管 3.0×12mm',
      certNo: '国械注准20243030128',
      certValidTo: '2029-03-10',
      gtin: '06923456002029',
      standardCost: '420.00',
    },
    STERILE,
    '1180.00',
    '1680.00',
  ),
  item(
    {
      ...WIRE,
      deviceClass: 'III',
      sku: 'GW-0140',
      name: 'PTCA导引导丝 0.014英寸×190cm',
      certNo: '国械注准20213030876',
      certValidTo: '2031-07-19',
      gtin: '06923456003019',
      standardCost: '160.00',
    },
    STERILE,
    '420.00',
    '620.00',
  ),
  item(
    {
      ...WIRE,
      deviceClass: 'II',
      sku: 'GW-0335',
      name: '亲水涂层造影导丝 0.035英寸×150cm',
      certNo: '浙械注准20222030215',
      certValidTo: '2027-04-12',
      gtin: '06923456003026',
      standardCost: '85.00',
    },
    STERILE,
    '220.00',
    '330.00',
  ),
  item(
    {
      ...ORTHO,
      sku: 'OT-PS6545',
      name: '椎弓根螺钉 6.5×45mm',
      certNo: '国械注准20203130561',
      certValidTo: '2030-11-02',
      gtin: '06923456004016',
      standardCost: '280.00',
    },
    IMPLANT,
    '760.00',
    '1150.00',
  ),
  item(
    {
      ...ORTHO,
      sku: 'OT-LP08',
      name: '锁定接骨板 8孔',
      certNo: '国械注准20223130778',
      certValidTo: '2027-12-05',
      gtin: '06923456004023',
      standardCost: '520.00',
    },
    IMPLANT,
    '1380.00',
    '2050.00',
  ),
  item(
    {
      ...DISPOSABLE,
      deviceClass: 'II',
      sku: 'CS-MASK50',
      name: '医用外科口罩 50只/盒',
      certNo: '浙械注准20212140345',
      certValidTo: '2031-06-20',
      gtin: '06923456005013',
      unitsPerPack: 50,
      standardCost: '12.50',
    },
    STERILE,
    '22.00',
    '32.00',
  ),
  item(
    {
      ...DISPOSABLE,
      deviceClass: 'II',
      sku: 'CS-GLOVE100',
      name: '一次性使用医用橡胶检查手套 M号 100只/盒',
      certNo: '浙械注准20232140093',
      certValidTo: '2028-02-27',
      gtin: '06923456005020',
      unitsPerPack: 100,
      standardCost: '28.00',
    },
    STERILE,
    '45.00',
    '65.00',
  ),
  item(
    {
      ...DISPOSABLE,
      deviceClass: 'I',
      sku: 'CS-GAUZE',
      name: '医用纱布块(非无菌) 8×10cm-8层 200片/包',
      certNo: '浙杭械备20210045号',
      certValidTo: null,
      gtin: '06923456005037',
      unitsPerPack: 200,
      standardCost: '18.00',
    },
    NON_STERILE,
    '30.00',
    '45.00',
  ),
  item(
    {
      ...IVD,
      deviceClass: 'II',
      sku: 'IVD-CTNI',
      name: '心肌肌钙蛋白I测定试剂盒(化学发光法) 100人份',
      certNo: '浙械注准20232400321',
      certValidTo: '2028-09-30',
      gtin: '06923456006010',
      standardCost: '680.00',
    },
    STERILE,
    '1500.00',
    '2200.00',
  ),
  item(
    {
      ...IVD,
      deviceClass: 'III',
      sku: 'IVD-HBSAG',
      name: '乙型肝炎病毒表面抗原测定试剂盒(化学发光法) 100人份',
      certNo: '国械注准20233400512',
      certValidTo: '2028-11-16',
      gtin: '06923456006027',
      standardCost: '520.00',
    },
    STERILE,
    '1200.00',
    '1800.00',
  ),
];

export const DEMO_PRODUCTS: ProductRow[] = DEMO_CATALOGUE.map(({ product }) => product);
