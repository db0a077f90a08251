import type { GridArea } from './a1-address';
import { isExcelApiSupported } from './api-support';
import { DEFAULT_LIMITS } from './batch-limits';
import { type CellFinding, type MarkedCell, SEVERITY_FILL, groupByCell } from './cell-findings';
import { MARKS_SHEET, type Mark, marksFromGrid, marksToGrid } from './finding-marks';
import { DEFAULT_FINDINGS_SHEET, type FindingsSheetLabels, findingsBlock } from './findings-sheet';
import { readArea } from './read-area';
import { type BatchLimits, runInRowBatches } from './row-batches';
import { queueSheetState } from './used-area';
import { writeGrid } from './write-grid';

export interface WriteFindingsOptions {
  labels?: FindingsSheetLabels;
  limits?: BatchLimits;
}

export interface WriteFindingsResult {
  markedCells: number;
  /** 'notes' when the host has notes (ExcelApi 1.18); otherwise cells are only filled. */
  annotation: 'notes' | 'fill-only';
}

/**
 * Validate's write-back: takes the previous marks off, fills each offending cell and adds a
 * note with its messages, and lists every finding on the Findings sheet with a link to its cell.
 * The sync count does not depend on the number of findings or rows (unless payloads split).
 */
export async function writeFindings(
  context: Excel.RequestContext,
  findings: CellFinding[],
  options: WriteFindingsOptions = {},
): Promise<WriteFindingsResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const labels = options.labels ?? DEFAULT_FINDINGS_SHEET;
  const useNotes = isExcelApiSupported('1.18');

  const marksState = queueSheetState(context, MARKS_SHEET);
  const findingsState = queueSheetState(context, labels.name);
  await context.sync();

  const oldMarks = await readMarks(context, marksState);
  const cells = groupByCell(findings);
  const sheets = await existingSheets(
    context,
    [...oldMarks, ...cells].map((c) => c.sheet),
  );
  const live = cells.filter((cell) => sheets.has(cell.sheet));

  const probes = await takeOldMarksOff(context, oldMarks, live, sheets, useNotes);
  const marksSheet = marksState.state().exists
    ? marksState.sheet
    : addHiddenSheet(context, MARKS_SHEET);
  const findingsSheet = findingsState.state().exists
    ? findingsState.sheet
    : context.workbook.worksheets.add(labels.name);
  clearUsed(marksSheet, marksState.state().used);
  clearUsed(findingsSheet, findingsState.state().used);
  await context.sync();

  const marks = await markCells(context, live, probes, sheets, useNotes, limits);
  const grid = marksToGrid(marks);
  const marksBlock = { top: 0, left: 0, columnCount: 4, rowCount: grid.values.length, ...grid };
  await writeGrid(context, marksSheet, marksBlock, limits);
  await writeGrid(context, findingsSheet, findingsBlock(findings, labels), limits);

  return { markedCells: live.length, annotation: useNotes ? 'notes' : 'fill-only' };
}

async function readMarks(
  context: Excel.RequestContext,
  marks: ReturnType<typeof queueSheetState>,
): Promise<Mark[]> {
  const { used } = marks.state();
  if (!used) return [];
  const { values } = await readArea(context, marks.sheet, used, ['values']);
  return marksFromGrid(values!);
}

/** The sheets among `names` that still exist (a planner may have deleted one since). */
async function existingSheets(
  context: Excel.RequestContext,
  names: string[],
): Promise<Map<string, Excel.Worksheet>> {
  const probes = [...new Set(names)].map((name) => ({
    name,
    sheet: context.workbook.worksheets.getItemOrNullObject(name),
  }));
  await context.sync();
  return new Map(probes.filter((p) => !p.sheet.isNullObject).map((p) => [p.name, p.sheet]));
}

interface CellProbe {
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

/**
 * One batch: restore the old fills, delete our old notes that are still there, then (queued
 * after, so they see the cleaned cells) load each new cell's fill and whether it has a note.
 */
async function takeOldMarksOff(
  context: Excel.RequestContext,
  oldMarks: Mark[],
  cells: MarkedCell[],
  sheets: Map<string, Excel.Worksheet>,
  useNotes: boolean,
): Promise<CellProbe[]> {
  const live = oldMarks.filter((mark) => sheets.has(mark.sheet));
  const oldNotes = live.map((mark) =>
    useNotes && mark.noteAdded
      ? sheets.get(mark.sheet)!.notes.getItemOrNullObject(mark.address)
      : null,
  );
  await context.sync();

  live.forEach((mark, i) => {
    const fill = sheets.get(mark.sheet)!.getRange(mark.address).format.fill;
    if (mark.previousFill === null) fill.clear();
    else fill.color = mark.previousFill;
    if (oldNotes[i] && !oldNotes[i]!.isNullObject) oldNotes[i]!.delete();
  });

  return cells.map((cell) => {
    const sheet = sheets.get(cell.sheet)!;
    const fill = sheet.getRange(cell.address).format.fill;
    fill.load('color');
    return { fill, note: useNotes ? sheet.notes.getItemOrNullObject(cell.address) : null };
  });
}

/** Fills and notes in row batches that fit the payload; a cell with someone's note keeps it. */
async function markCells(
  context: Excel.RequestContext,
  cells: MarkedCell[],
  probes: CellProbe[],
  sheets: Map<string, Excel.Worksheet>,
  useNotes: boolean,
  limits: BatchLimits,
): Promise<Mark[]> {
  const marks: Mark[] = cells.map((cell, i) => ({
    sheet: cell.sheet,
    address: cell.address,
    // Excel reports "no fill" as white; restoring white would paint over gridlines.
    previousFill: probes[i].fill.color === '#FFFFFF' ? null : probes[i].fill.color,
    noteAdded: useNotes && probes[i].note!.isNullObject,
  }));

  const bytes = (i: number) => 200 + cells[i].note.length * 3;
  await runInRowBatches(cells.length, limits, bytes, async ({ start, count }) => {
    for (let i = start; i < start + count; i++) {
      const sheet = sheets.get(cells[i].sheet)!;
      sheet.getRange(cells[i].address).format.fill.color = SEVERITY_FILL[cells[i].severity];
      if (marks[i].noteAdded) sheet.notes.add(cells[i].address, cells[i].note);
    }
    await context.sync();
  });
  return marks;
}

function addHiddenSheet(context: Excel.RequestContext, name: string): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  // Very hidden: not offered by Unhide, so planners do not edit our bookkeeping by accident.
  sheet.visibility = 'VeryHidden';
  return sheet;
}

function clearUsed(sheet: Excel.Worksheet, used: GridArea | null): void {
  if (used)
    sheet
      .getRangeByIndexes(0, 0, used.top + used.rowCount, used.left + used.columnCount)
      .clear('All');
}
