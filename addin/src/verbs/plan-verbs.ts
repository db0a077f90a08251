import type { Finding, PlanLayout, SubmitResult } from '../api/api-types';
import { ApiError } from '../api/api-client';
import type { MedPromoApi } from '../api/medpromo-api';
import { type FindingInput, locateFindings } from '../excel/cell-findings';
import { createPlanSheets } from '../excel/create-plan-sheets';
import type { FindingsSheetLabels } from '../excel/findings-sheet';
import { runExcel } from '../excel/host';
import type { SheetTable } from '../excel/sheet-table';
import { writeFindings } from '../excel/write-findings';
import { readPlanTables, toSheetRows } from './plan-tables';
import { type ChangeCount, changesSincePull, rememberSheets } from './pull-snapshots';

/**
 * The planner's verbs. Each is a batched read of the sheets, one server call, a batched write;
 * Excel is reached only through the adapters, inside `runExcel`.
 */

export async function newPlanSheets(layout: PlanLayout): Promise<string[]> {
  await runExcel((context) => createPlanSheets(context, layout.sheets, layout.master));
  return layout.sheets.map((sheet) => sheet.sheet);
}

export interface ValidateOutcome {
  plans: string[];
  findings: Finding[];
  markedCells: number;
}

/** Findings go back onto the cells (earlier marks cleared first); nothing is saved. */
export async function validatePlans(
  api: MedPromoApi,
  layout: PlanLayout,
  labels: FindingsSheetLabels,
): Promise<ValidateOutcome> {
  const tables = await runExcel((context) => readPlanTables(context, layout));
  const { plans, findings } = await api.validateRows(tables.map(toSheetRows));
  const markedCells = await markFindings(findings, tables, labels);
  return { plans, findings, markedCells };
}

export interface SubmitOutcome extends SubmitResult {
  /** Rows changed since the last pull or submit, by snapshot; null without one. */
  changes: ChangeCount | null;
}

/** Submits the sheets; refused findings are marked on their cells before the error goes up. */
export async function submitPlans(
  api: MedPromoApi,
  layout: PlanLayout,
  labels: FindingsSheetLabels,
): Promise<SubmitOutcome> {
  const { tables, changes } = await runExcel(async (context) => {
    const read = await readPlanTables(context, layout);
    return { tables: read, changes: await changesSincePull(context, read) };
  });
  try {
    const result = await api.submitRows(tables.map(toSheetRows));
    await markFindings(result.findings, tables, labels);
    await runExcel((context) => rememberSheets(context, tables, layout));
    return { ...result, changes };
  } catch (error) {
    if (error instanceof ApiError && error.findings.length > 0) {
      await markFindings(error.findings, tables, labels);
    }
    throw error;
  }
}

async function markFindings(
  findings: Finding[],
  tables: SheetTable[],
  labels: FindingsSheetLabels,
): Promise<number> {
  const located = locateFindings(findings.map(toFindingInput), tables);
  const result = await runExcel((context) => writeFindings(context, located, { labels }));
  return result.markedCells;
}

function toFindingInput(finding: Finding): FindingInput {
  return {
    sheet: finding.sheet ?? undefined,
    row: finding.row ?? undefined,
    column: finding.column ?? undefined,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
  };
}
