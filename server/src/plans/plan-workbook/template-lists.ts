import {
  AUDIENCES,
  BUDGET_POLICIES,
  CHANNELS,
  GRADES,
  MECHANICS,
  PLAN_LEVELS,
  REASONS,
  STACKINGS,
  TIER_MODES,
  TIERS,
  type Vocabulary,
} from '../../domain/codes';

export type TemplateLanguage = 'zh-CN' | 'en';

interface Coded {
  code: string;
  name: string;
}

/** Master data the template's drop-downs offer. */
export interface TemplateMasterData {
  skus: { sku: string; name: string }[];
  categories: string[];
  provinces: Coded[];
  distributors: Coded[];
  hospitals: Coded[];
}

/** One drop-down source: a column of the hidden sheet, reached through a defined name. */
export interface TemplateList {
  /** The defined name, e.g. MP_Mechanics. */
  name: string;
  title: string;
  values: string[];
  /** Names beside the codes, for reference only (SKUs, distributors, hospitals). */
  names?: string[];
}

export const LIST_PREFIX = 'MP_';

/** A code as the drop-downs offer it: its Chinese label in a zh-CN sheet, the code in English. */
export function codeAsOffered(vocabulary: Vocabulary, code: string, lang: TemplateLanguage) {
  return lang === 'zh-CN' ? (vocabulary[code] ?? code) : code;
}

/**
 * Drop-down values: in Chinese the labels (the parser resolves them back to codes), in English
 * the codes. Master codes are offered as they are; their names stay in the read-me's reach.
 */
export function templateLists(master: TemplateMasterData, lang: TemplateLanguage): TemplateList[] {
  const coded = (vocabulary: Vocabulary) =>
    Object.keys(vocabulary).map((code) => codeAsOffered(vocabulary, code, lang));
  const skus = master.skus.map((product) => product.sku);
  const provinces = master.provinces.map((p) => (lang === 'zh-CN' ? p.name : p.code));
  const lists: [string, string, string[], string[]?][] = [
    ['Mechanics', '机制 Mechanic', coded(MECHANICS)],
    ['Audiences', '对象 Audience', coded(AUDIENCES)],
    ['Stacking', '叠加方式 Stacking', coded(STACKINGS)],
    ['Levels', '层级 Level', coded(PLAN_LEVELS)],
    ['Reasons', '原因代码 Reason', coded(REASONS)],
    ['BudgetPolicies', '预算策略 BudgetPolicy', coded(BUDGET_POLICIES)],
    ['TierModes', '阶梯方式 TierMode', coded(TIER_MODES)],
    ['Channels', '渠道 Channel', coded(CHANNELS)],
    ['Grades', '医院等级 Grade', coded(GRADES)],
    ['Tiers', '经销商层级 Tier', coded(TIERS)],
    ['Provinces', '省份 Province', provinces],
    ['Skus', 'SKU', skus, master.skus.map((product) => product.name)],
    ['Products', '产品 Products (SKU + 品类 category)', [...skus, ...master.categories]],
    [
      'Distributors',
      '经销商 Distributor',
      codesOf(master.distributors),
      namesOf(master.distributors),
    ],
    ['Hospitals', '医院 Hospital', codesOf(master.hospitals), namesOf(master.hospitals)],
  ];
  return lists.map(([name, title, values, names]) => ({
    name: LIST_PREFIX + name,
    title,
    values,
    ...(names ? { names } : {}),
  }));
}

const codesOf = (items: Coded[]) => items.map((item) => item.code);
const namesOf = (items: Coded[]) => items.map((item) => item.name);
