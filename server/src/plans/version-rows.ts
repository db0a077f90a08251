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
} from '../domain/codes';
import type { PlanContent, PlanHeader, RuleSpec } from '../domain/plan';
import { provinceName } from '../domain/provinces';
import { loadVersionContent } from '../db/plan-repository';
import type { Db } from '../db/prisma-client';
import type { ColumnDef } from '../workbook/read-workbook';
import type { SheetRows } from '../workbook/rows-to-workbook';
import { PLAN_COLUMNS, PLANS_SHEET, RULE_COLUMNS, RULES_SHEET } from './plan-workbook';
import { codeAsOffered, type TemplateLanguage } from './plan-workbook/template-lists';
import { requireVersion } from './plan-history';

type Cell = string | number | null;

/**
 * A stored version as the plan sheets show it, for the add-in's Open version: the same columns
 * and spellings the template's drop-downs offer (labels in Chinese, codes in English), so the
 * sheets read back to the same content and submitting them unchanged makes no new version.
 */
export function versionRows(content: PlanContent, lang: TemplateLanguage): SheetRows[] {
  const zh = lang === 'zh-CN';
  const word = (vocabulary: Vocabulary, code: string | null | undefined) =>
    code === null || code === undefined ? null : codeAsOffered(vocabulary, code, lang);
  const list = (items: (string | null)[]) =>
    items.length === 0 ? null : items.join(zh ? '、' : ',');

  const planCells = planCellsOf(content.header, word);
  const ruleCells = (rule: RuleSpec) => ruleCellsOf(rule, word, list, zh);
  const sheet = (spec: { zh: string; en: string }, columns: ColumnDef[], rows: Cell[][]) => ({
    name: zh ? spec.zh : spec.en,
    header: columns.map((column) => (zh ? column.zh : column.en)),
    firstRow: 2,
    rows,
  });
  return [
    sheet(PLANS_SHEET, PLAN_COLUMNS, [PLAN_COLUMNS.map((column) => planCells[column.key] ?? null)]),
    sheet(
      RULES_SHEET,
      RULE_COLUMNS,
      content.rules.map((rule) => {
        const cells = ruleCells(rule);
        return RULE_COLUMNS.map((column) => cells[column.key] ?? null);
      }),
    ),
  ];
}

type Word = (vocabulary: Vocabulary, code: string | null | undefined) => string | null;

function planCellsOf(header: PlanHeader, word: Word): Record<string, Cell> {
  return {
    ...header,
    level: word(PLAN_LEVELS, header.level),
    reason: word(REASONS, header.reason),
    budgetPolicy: word(BUDGET_POLICIES, header.budgetPolicy),
  };
}

function ruleCellsOf(
  rule: RuleSpec,
  word: Word,
  list: (items: (string | null)[]) => string | null,
  zh: boolean,
): Record<string, Cell> {
  // Money, percent points and amounts stay decimal strings: exact, and the parser reads them.
  const words = (vocabulary: Vocabulary, codes: string[]) =>
    list(codes.map((code) => word(vocabulary, code)));
  return {
    planCode: rule.planCode,
    ruleCode: rule.ruleCode,
    mechanic: word(MECHANICS, rule.mechanic),
    audience: word(AUDIENCES, rule.audience),
    products: list([...rule.skus, ...rule.categories]),
    provinces: list(rule.provinces.map((code) => (zh ? provinceName(code) : code))),
    channels: words(CHANNELS, rule.channels),
    grades: words(GRADES, rule.grades),
    tiers: words(TIERS, rule.tiers),
    distributors: list(rule.distributors),
    hospitals: list(rule.hospitals),
    inventory: rule.inventory ? `EXPIRY_WITHIN_DAYS=${rule.inventory.days}` : null,
    minQty: rule.minQty,
    maxQty: rule.maxQty,
    maxDiscountedQty: rule.maxDiscountedQty,
    minAmount: rule.minAmount,
    value: rule.value,
    rebateTiers:
      rule.rebateTiers.length === 0
        ? null
        : rule.rebateTiers.map((tier) => `${tier.threshold}:${tier.rate}%`).join(';'),
    tierMode: word(TIER_MODES, rule.tierMode),
    freeSku: rule.freeSku,
    everyN: rule.everyN,
    freeQty: rule.freeQty,
    bundleSkus: list(rule.bundleSkus),
    bundleMinQty: rule.bundleMinQty,
    stacking: word(STACKINGS, rule.stacking),
    exclusionGroup: rule.exclusionGroup,
    priority: rule.priority,
    lineCap: rule.lineCap,
    orderCap: rule.orderCap,
    start: rule.start,
    end: rule.end,
  };
}

/** The rows of a stored version (any status). */
export async function loadVersionRows(
  db: Db,
  planCode: string,
  version: number,
  lang: TemplateLanguage,
): Promise<SheetRows[]> {
  const row = await requireVersion(db, planCode, version);
  return versionRows(await loadVersionContent(db, row.id), lang);
}
