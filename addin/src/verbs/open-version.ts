import type { CellValue, PlanLayout, SheetRows } from '../api/api-types';
import type { Language, MedPromoApi } from '../api/medpromo-api';
import { findSheets, runExcel } from '../excel/host';
import type { ColumnKind } from '../excel/sheet-table';
import { writeSheetTable } from '../excel/write-sheet-table';
import { readPlanTables } from './plan-tables';
import { rememberSheets } from './pull-snapshots';

const NUMERIC: ColumnKind[] = ['integer', 'number', 'money'];

/**
 * Pulls a version into the plan sheets (replacing what they held, restored if a write fails),
 * then snapshots them so Submit can tell which rows the planner changed.
 */
export async function openVersion(
  api: MedPromoApi,
  layout: PlanLayout,
  language: Language,
  plan: string,
  version: number,
): Promise<void> {
  const { sheets } = await api.versionRows(plan, version, language);
  await runExcel(async (context) => {
    const existing = await findSheets(
      context,
      layout.sheets.map((sheet) => sheet.names),
    );
    for (const [i, rows] of sheets.entries()) {
      const target = existing[i] ?? rows.name;
      const kinds = rows.header.map((header) => kindOf(layout, header));
      await writeSheetTable(
        context,
        { sheet: target, header: rows.header, kinds, rows: typed(rows, kinds) },
        { tableName: layout.sheets[i].tableName },
      );
    }
    await rememberSheets(context, await readPlanTables(context, layout), layout);
  });
}

function kindOf(layout: PlanLayout, header: string): ColumnKind {
  const columns = layout.sheets.flatMap((sheet) => sheet.columns);
  return columns.find((column) => column.names.includes(header))?.kind ?? 'text';
}

/** The server sends money and amounts as exact decimal strings; numeric columns hold numbers. */
function typed(rows: SheetRows, kinds: ColumnKind[]): CellValue[][] {
  return rows.rows.map((cells) =>
    cells.map((cell, c) =>
      NUMERIC.includes(kinds[c]) && typeof cell === 'string' && cell.trim() !== ''
        ? Number(cell)
        : cell,
    ),
  );
}
