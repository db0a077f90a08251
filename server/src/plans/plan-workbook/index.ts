export { annotateWorkbook, FINDINGS_SHEET, SEVERITY_FILL } from './annotate-workbook';
export { buildPlanTemplate, LISTS_SHEET } from './build-plan-template';
export type { PlanMasterData } from './master-lookup';
export { parsePlanWorkbook, type PlanWorkbookResult } from './parse-plan-workbook';
export { PLAN_COLUMNS, PLANS_SHEET, RULE_COLUMNS, RULES_SHEET } from './plan-columns';
export type { TemplateLanguage, TemplateMasterData } from './template-lists';
