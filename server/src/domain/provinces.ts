import { normalizeText } from './codes';

/** Provincial-level divisions: GB/T 2260 code, full name, short name, one-character abbreviation, pinyin. */
const PROVINCE_TABLE: readonly [
  code: string,
  name: string,
  short: string,
  abbr: string,
  pinyin: string,
][] = [
  ['110000', '北京市', '北京', '京', 'Beijing'],
  ['120000', '天津市', '天津', '津', 'Tianjin'],
  ['130000', '河北省', '河北', '冀', 'Hebei'],
  ['140000', '山西省', '山西', '晋', 'Shanxi'],
  ['150000', '内蒙古自治区', '内蒙古', '蒙', 'Inner Mongolia'],
  ['210000', '辽宁省', '辽宁', '辽', 'Liaoning'],
  ['220000', '吉林省', '吉林', '吉', 'Jilin'],
  ['230000', '黑龙江省', '黑龙江', '黑', 'Heilongjiang'],
  ['310000', '上海市', '上海', '沪', 'Shanghai'],
  ['320000', '江苏省', '江苏', '苏', 'Jiangsu'],
  ['330000', '浙江省', '浙江', '浙', 'Zhejiang'],
  ['340000', '安徽省', '安徽', '皖', 'Anhui'],
  ['350000', '福建省', '福建', '闽', 'Fujian'],
  ['360000', '江西省', '江西', '赣', 'Jiangxi'],
  ['370000', '山东省', '山东', '鲁', 'Shandong'],
  ['410000', '河南省', '河南', '豫', 'Henan'],
  ['420000', '湖北省', '湖北', '鄂', 'Hubei'],
  ['430000', '湖南省', '湖南', '湘', 'Hunan'],
  ['440000', '广东省', '广东', '粤', 'Guangdong'],
  ['450000', '广西壮族自治区', '广西', '桂', 'Guangxi'],
  ['460000', '海南省', '海南', '琼', 'Hainan'],
  ['500000', '重庆市', '重庆', '渝', 'Chongqing'],
  ['510000', '四川省', '四川', '川', 'Sichuan'],
  ['520000', '贵州省', '贵州', '黔', 'Guizhou'],
  ['530000', '云南省', '云南', '滇', 'Yunnan'],
  ['540000', '西藏自治区', '西藏', '藏', 'Tibet'],
  ['610000', '陕西省', '陕西', '陕', 'Shaanxi'],
  ['620000', '甘肃省', '甘肃', '甘', 'Gansu'],
  ['630000', '青海省', '青海', '青', 'Qinghai'],
  ['640000', '宁夏回族自治区', '宁夏', '宁', 'Ningxia'],
  ['650000', '新疆维吾尔自治区', '新疆', '新', 'Xinjiang'],
  ['710000', '台湾省', '台湾', '台', 'Taiwan'],
  ['810000', '香港特别行政区', '香港', '港', 'Hong Kong'],
  ['820000', '澳门特别行政区', '澳门', '澳', 'Macao'],
];

export interface Province {
  code: string;
  name: string;
  shortName: string;
}

export const PROVINCES: readonly Province[] = PROVINCE_TABLE.map(([code, name, shortName]) => ({
  code,
  name,
  shortName,
}));

const BY_ALIAS = new Map<string, string>();
for (const [code, name, short, abbr, pinyin] of PROVINCE_TABLE) {
  for (const alias of [code, name, short, abbr, pinyin.toUpperCase()]) BY_ALIAS.set(alias, code);
}

/** The GB/T 2260 code for a province code, name, short name, abbreviation or pinyin; else undefined. */
export function resolveProvince(typed: string): string | undefined {
  const text = normalizeText(typed);
  return BY_ALIAS.get(text) ?? BY_ALIAS.get(text.toUpperCase());
}

/** The short Chinese name of a province code (浙江 for 330000), or the code itself if unknown. */
export function provinceName(code: string): string {
  return PROVINCES.find((province) => province.code === code)?.shortName ?? code;
}
