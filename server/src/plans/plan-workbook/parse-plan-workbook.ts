import type { Finding } from '../../domain/finding';
import type { PlanContent } from '../../domain/plan';
import { readWorkbook, type ColumnDef, type ReadTable } from '../../workbook/read-workbook';
import { checkParents, checkPlanCodes, checkRules } from './cross-checks';
import { masterLookups, type PlanMasterData } from './master-lookup';
import { parsePlanRow, type PlanRow } from './parse-plan-row';
import { parseRuleRow, type RuleRow } from './parse-rule-row';
import {
  AMBIGUOUS_TIERS_KEY,
  PLAN_COLUMNS,
  PLANS_SHEET,
  RULE_COLUMNS,
  RULES_SHEET,
} from './plan-columns';
import { RowContext } from './row-context';

export interface PlanWorkbookResult {
  plans: PlanContent[];
  findings: Finding[];
}

/**
 * Reads and checks a plan workbook (SPEC 3.2), reporting every problem at once. Plans and their
 * rules come out in sheet order; a plan or rule with a BLOCK finding is left out.
 */
export async function parsePlanWorkbook(
  source: Buffer | string,
  master: PlanMasterData,
): Promise<PlanWorkbookResult> {
  const {
    tables,
    findings: readFindings,
    date1904,
  } = await readWorkbook(source, [PLANS_SHEET, RULES_SHEET]);
  const lookups = masterLookups(master);
  const ambiguous = ambiguousTiers(tables.rules);

  const planRows = contexts(tables.plans, PLAN_COLUMNS).map((context) =>
    parsePlanRow(context, date1904),
  );
  const explained = new Set(ambiguous.length > 0 ? ['tiers', 'rebateTiers'] : []);
  const ruleRows = contexts(tables.rules, RULE_COLUMNS, explained).map((context) =>
    parseRuleRow(context, lookups, date1904),
  );
  const plans = checkPlanCodes(planRows);
  checkParents(planRows, plans, master.plans ?? new Set());
  checkRules(ruleRows, plans);

  const rowFindings = [...planRows, ...ruleRows].flatMap((row) => row.context.findings);
  return {
    plans: assemble(planRows, ruleRows),
    findings: [...readFindings, ...ambiguous, ...rowFindings],
  };
}

function contexts(
  table: ReadTable | undefined,
  columns: ColumnDef[],
  explained?: Set<string>,
): RowContext[] {
  if (table === undefined) return [];
  return table.rows.map((row) => new RowContext(table, row, columns, explained));
}

function assemble(planRows: PlanRow[], ruleRows: RuleRow[]): PlanContent[] {
  const byCode = new Map<string, PlanContent>();
  for (const { header, context } of planRows) {
    if (header !== undefined && !context.failed) byCode.set(header.planCode, { header, rules: [] });
  }
  for (const { rule, context } of ruleRows) {
    if (rule !== undefined && !context.failed) byCode.get(rule.planCode)?.rules.push(rule);
  }
  return [...byCode.values()];
}

/** A bare "Tiers" header could be 经销商层级 or 阶梯 (SPEC 3.2 heads both "Tiers" in English). */
function ambiguousTiers(table: ReadTable | undefined): Finding[] {
  const header = table?.headers[AMBIGUOUS_TIERS_KEY];
  if (table === undefined || header === undefined) return [];
  return [
    {
      sheet: table.sheet,
      row: table.headerRow,
      column: header,
      code: 'AMBIGUOUS_TIERS',
      severity: 'BLOCK',
      message: `"${header}" could mean distributor tiers or rebate tiers: head the column 经销商层级 DistributorTiers or 阶梯 RebateTiers.`,
    },
  ];
}
