import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import {
  buildPlanTemplate,
  parsePlanWorkbook,
  type TemplateMasterData,
} from '../../../server/src/plans/plan-workbook';
import { MASTER, PLAN_HEADERS, RULE_HEADERS } from './plan-fixtures';

const TEMPLATE_MASTER: TemplateMasterData = {
  skus: [
    { sku: 'SKU-001', name: '药物洗脱支架' },
    { sku: 'SKU-002', name: '球囊导管' },
    { sku: 'SKU-003', name: '导丝' },
  ],
  categories: ['STENT', '导管'],
  provinces: [
    { code: '330000', name: '浙江' },
    { code: '320000', name: '江苏' },
  ],
  distributors: [{ code: 'D001', name: '杭州医械' }],
  hospitals: [{ code: 'H001', name: '浙大一院' }],
};

const MECHANIC_LABELS = [
  '百分比折扣',
  '金额折扣',
  '特价',
  '组合',
  '赠品',
  '阶梯返利',
  '价差补偿',
  '整单折扣',
  '整单减额',
];
const MECHANIC_CODES = [
  'PCT_OFF',
  'AMOUNT_OFF',
  'FIXED_PRICE',
  'BUNDLE',
  'FREE_GOODS',
  'TIERED_REBATE',
  'CHARGEBACK',
  'ORDER_PCT_OFF',
  'ORDER_AMOUNT_OFF',
];

async function load(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

function headerRow(sheet: Worksheet): string[] {
  const values: string[] = [];
  sheet.getRow(1).eachCell((cell) => values.push(String(cell.value)));
  return values;
}

/** The values of the range a defined name points at, e.g. Lists!$A$2:$A$10. */
function namedValues(workbook: Workbook, name: string): string[] {
  const [range] = (
    workbook.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }
  ).getRanges(name).ranges;
  const [sheetName, area] = range.split('!');
  const [from, to = from] = area.replace(/\$/g, '').split(':');
  const sheet = workbook.getWorksheet(sheetName)!;
  const col = from.replace(/\d+/g, '');
  const values: string[] = [];
  for (
    let row = Number(from.replace(/\D+/g, ''));
    row <= Number(to.replace(/\D+/g, ''));
    row += 1
  ) {
    values.push(String(sheet.getCell(`${col}${row}`).value));
  }
  return values;
}

function fill(sheet: Worksheet, records: Record<string, CellValue>[]): void {
  const columns = new Map(headerRow(sheet).map((header, i) => [header, i + 1]));
  records.forEach((record, i) => {
    for (const [header, value] of Object.entries(record)) {
      sheet.getRow(i + 2).getCell(columns.get(header)!).value = value;
    }
  });
}

describe('buildPlanTemplate', () => {
  test('Chinese: sheets, frozen headers in Chinese, a hidden list sheet', async () => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'zh-CN'));

    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['计划', 'visible'],
      ['规则', 'visible'],
      ['说明', 'visible'],
      ['Lists', 'hidden'],
    ]);
    const [plans, rules] = workbook.worksheets;
    expect(headerRow(plans)).toEqual(Object.values(PLAN_HEADERS).map(([zh]) => zh));
    expect(headerRow(rules)).toEqual(Object.values(RULE_HEADERS).map(([zh]) => zh));
    expect(plans.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rules.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  test.each<[string, string, string[]]>([
    ['机制', 'MP_Mechanics', MECHANIC_LABELS],
    ['对象', 'MP_Audiences', ['经销商', '医院']],
    ['叠加方式', 'MP_Stacking', ['独占', '基价叠加', '顺序叠加']],
    ['省份', 'MP_Provinces', ['浙江', '江苏']],
    ['渠道', 'MP_Channels', ['公立医院', '民营医院', '零售', '电商', '直销']],
    ['经销商层级', 'MP_Tiers', ['一级经销商', '二级经销商', '配送商']],
    ['产品', 'MP_Products', ['SKU-001', 'SKU-002', 'SKU-003', 'STENT', '导管']],
    ['赠品', 'MP_Skus', ['SKU-001', 'SKU-002', 'SKU-003']],
    ['医院', 'MP_Hospitals', ['H001']],
  ])(
    'Chinese Rules column %s drops down %s from the hidden sheet',
    async (header, name, values) => {
      const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'zh-CN'));
      const rules = workbook.getWorksheet('规则')!;
      const col = headerRow(rules).indexOf(header) + 1;

      for (const row of [2, 5001]) {
        expect(rules.getCell(row, col).dataValidation).toMatchObject({
          type: 'list',
          formulae: [name],
        });
      }
      expect(namedValues(workbook, name)).toEqual(values);
    },
  );

  test('grades, levels and reasons drop down too', async () => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'zh-CN'));
    const plans = workbook.getWorksheet('计划')!;
    const rules = workbook.getWorksheet('规则')!;

    expect(plans.getCell('C2').dataValidation.formulae).toEqual(['MP_Levels']);
    expect(plans.getCell('H2').dataValidation.formulae).toEqual(['MP_BudgetPolicies']);
    expect(plans.getCell('J2').dataValidation.formulae).toEqual(['MP_Reasons']);
    expect(namedValues(workbook, 'MP_BudgetPolicies')).toEqual(['截断', '整行拒绝']);
    expect(rules.getCell('H2').dataValidation.formulae).toEqual(['MP_Grades']);
    expect(namedValues(workbook, 'MP_Levels')).toEqual(['年度', '季度', '月度']);
    expect(namedValues(workbook, 'MP_Grades')).toHaveLength(10);
  });

  test('English: English headers, codes in the lists', async () => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'en'));

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Plans',
      'Rules',
      'ReadMe',
      'Lists',
    ]);
    expect(headerRow(workbook.getWorksheet('Rules')!)).toEqual(
      Object.values(RULE_HEADERS).map(([, en]) => en),
    );
    expect(namedValues(workbook, 'MP_Mechanics')).toEqual(MECHANIC_CODES);
    expect(namedValues(workbook, 'MP_Provinces')).toEqual(['330000', '320000']);
  });

  test('number formats for dates, money and counts', async () => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'en'));
    const plans = workbook.getWorksheet('Plans')!;
    const rules = workbook.getWorksheet('Rules')!;
    const format = (sheet: Worksheet, header: string) =>
      sheet.getColumn(headerRow(sheet).indexOf(header) + 1).numFmt;

    expect(format(plans, 'Start')).toBe('yyyy-mm-dd');
    expect(format(plans, 'Budget')).toBe('#,##0.00');
    expect(format(rules, 'LineCap')).toBe('#,##0.00');
    expect(format(rules, 'Priority')).toBe('0');
    expect(format(rules, 'RuleCode')).toBe('@');
  });

  test.each<['zh-CN' | 'en', number]>([
    ['zh-CN', 0],
    ['en', 1],
  ])('the %s read-me explains every column', async (lang, index) => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, lang));
    const readme = workbook.worksheets[2];
    const explained = new Map<string, string>();
    readme.eachRow((row) => {
      explained.set(
        `${row.getCell(1).value}/${row.getCell(2).value}`,
        String(row.getCell(4).value ?? ''),
      );
    });

    const sheets = lang === 'zh-CN' ? ['计划', '规则'] : ['Plans', 'Rules'];
    const columns = [
      ...Object.values(PLAN_HEADERS).map((names) => `${sheets[0]}/${names[index]}`),
      ...Object.values(RULE_HEADERS).map((names) => `${sheets[1]}/${names[index]}`),
    ];
    for (const column of columns) expect(explained.get(column)).toMatch(/\S{2,}/);
  });

  test('a filled-in Chinese template parses cleanly', async () => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'zh-CN'));
    fill(workbook.getWorksheet('计划')!, [
      {
        计划编码: 'P1',
        计划名称: '一季度',
        层级: '季度',
        开始日期: new Date(Date.UTC(2026, 0, 1)),
        结束日期: new Date(Date.UTC(2026, 2, 31)),
        预算: 100000,
        原因代码: '竞争应对',
      },
    ]);
    fill(workbook.getWorksheet('规则')!, [
      {
        计划编码: 'P1',
        规则编码: 'R1',
        机制: '百分比折扣',
        对象: '医院',
        产品: 'SKU-001',
        省份: '浙江',
        值: 10,
      },
      {
        计划编码: 'P1',
        规则编码: 'R2',
        机制: '赠品',
        对象: '经销商',
        赠品: 'SKU-003',
        每满: 10,
        赠送数量: 1,
        叠加方式: '独占',
      },
    ]);
    const source = Buffer.from(await workbook.xlsx.writeBuffer());

    const { plans, findings } = await parsePlanWorkbook(source, MASTER);

    expect(findings).toEqual([]);
    expect(plans[0].header).toMatchObject({
      planCode: 'P1',
      level: 'QUARTERLY',
      budget: '100000.00',
      reason: 'COMPETITIVE',
    });
    expect(plans[0].rules.map((rule) => [rule.ruleCode, rule.mechanic, rule.stacking])).toEqual([
      ['R1', 'PCT_OFF', 'ON_BASE'],
      ['R2', 'FREE_GOODS', 'EXCLUSIVE'],
    ]);
    expect(plans[0].rules[0].provinces).toEqual(['330000']);
  });

  test('a filled-in English template parses cleanly', async () => {
    const workbook = await load(await buildPlanTemplate(TEMPLATE_MASTER, 'en'));
    fill(workbook.getWorksheet('Plans')!, [
      { PlanCode: 'P1', Name: 'Q1', Level: 'QUARTERLY', Start: '2026-01-01', End: '2026-03-31' },
    ]);
    fill(workbook.getWorksheet('Rules')!, [
      {
        PlanCode: 'P1',
        RuleCode: 'R1',
        Mechanic: 'TIERED_REBATE',
        Audience: 'DISTRIBUTOR',
        RebateTiers: '1000000:1%',
        TierMode: 'INCREMENTAL',
      },
    ]);
    const source = Buffer.from(await workbook.xlsx.writeBuffer());

    const { plans, findings } = await parsePlanWorkbook(source, MASTER);

    expect(findings).toEqual([]);
    expect(plans[0].rules[0]).toMatchObject({
      tierMode: 'INCREMENTAL',
      rebateTiers: [{ threshold: '1000000.00', rate: '1' }],
    });
  });
});
