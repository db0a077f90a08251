import type { CellValue, ColumnKind, TableToWrite } from '../../addin/src/excel';

/** Rule rows with Chinese text, numbers, a percentage and dates, as a pulled version has them. */
export const RULE_HEADER = [
  '计划编码',
  '规则编码',
  '机制',
  '对象',
  '产品',
  '省份',
  '医院',
  '值',
  '最小金额',
  '开始日期',
  '结束日期',
  '备注',
];
export const RULE_KINDS: ColumnKind[] = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'percent',
  'money',
  'date',
  'date',
  'text',
];

const HOSPITALS = [
  '浙江大学医学院附属第一医院',
  '复旦大学附属中山医院',
  '四川大学华西医院',
  '北京协和医院',
];

export function ruleRow(i: number): CellValue[] {
  const month = (i % 12) + 1;
  return [
    `P-2026-${String(i % 50).padStart(3, '0')}`,
    `R-${String(i).padStart(5, '0')}`,
    '百分比折扣',
    i % 2 === 0 ? '经销商' : '医院',
    `STENT-${i % 7}、支架${i % 3}`,
    '浙江，江苏；上海',
    HOSPITALS[i % HOSPITALS.length],
    `${(i % 20) + 0.5}%`,
    1000 + (i % 1000) * 12.5,
    `2026-${String(month).padStart(2, '0')}-01`,
    `2026-${String(month).padStart(2, '0')}-28`,
    `第${i}条：近效期产品促销，须合规审批后执行（含税价不得低于挂网价）`,
  ];
}

export function ruleTable(rowCount: number, sheet = '规则'): TableToWrite {
  return {
    sheet,
    header: RULE_HEADER,
    kinds: RULE_KINDS,
    rows: Array.from({ length: rowCount }, (_, i) => ruleRow(i)),
  };
}

export const needsFormat = (header: string) =>
  ['值', '最小金额', '开始日期', '结束日期'].includes(header);

/** Plan rows (sheet 计划): short codes, a Chinese name, dates and a budget. */
export function planTable(rowCount: number): TableToWrite {
  return {
    sheet: '计划',
    header: ['计划编码', '计划名称', '层级', '开始日期', '结束日期', '预算', '负责人'],
    kinds: ['text', 'text', 'text', 'date', 'date', 'money', 'text'],
    rows: Array.from({ length: rowCount }, (_, i) => [
      `P-${String(i).padStart(5, '0')}`,
      `华东区支架促销${i}`,
      'MONTHLY',
      '2026-01-01',
      '2026-01-31',
      100000 + i,
      '王芳',
    ]),
  };
}
