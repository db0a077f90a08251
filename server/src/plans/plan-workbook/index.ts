export { parsePlanWorkbook, type PlanWorkbookResult } from './parse-plan-workbook';
export type { PlanMasterData } from './master-lookup';
export { PLAN_COLUMNS, PLANS_SHEET, RULE_COLUMNS, RULES_SHEET } from './plan-columns';
export { annotateWorkbook, FINDINGS_SHEET, SEVERITY_FILL } from './annotate-workbook';
