import ExcelJS from 'exceljs';

export interface PlanRow {
  PlanCode: string;
  Name?: string;
  Level?: string;
  Start: string;
  End: string;
  Budget?: number;
  BudgetPolicy?: string;
}

export type RuleRow = Record<string, string | number>;

/** A small plan workbook (SPEC §3.2) with English headers, for tests that need their own plans. */
export async function buildPlanWorkbook(plans: PlanRow[], rules: RuleRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addTable(
    workbook.addWorksheet('Plans'),
    plans.map((plan) => ({ Name: plan.PlanCode, Level: 'QUARTERLY', ...plan })),
  );
  addTable(workbook.addWorksheet('Rules'), rules);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(sheet: ExcelJS.Worksheet, rows: Record<string, unknown>[]): void {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null));
}
