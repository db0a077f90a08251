import { TEXT_FORMAT } from './number-formats';

/**
 * Our marks on the planner's cells, kept on a very hidden sheet so the next Validate can take
 * them off again: the fill each cell had before, and whether the note on it is ours.
 */
export const MARKS_SHEET = 'MedPromo_Marks';

export interface Mark {
  sheet: string;
  address: string;
  /** The fill before we marked the cell; null when it had none. */
  previousFill: string | null;
  noteAdded: boolean;
}

const HEADER = ['Sheet', 'Address', 'PreviousFill', 'NoteAdded'];

export function marksToGrid(marks: Mark[]): { values: string[][]; formats: string[][] } {
  const rows = marks.map((m) => [
    m.sheet,
    m.address,
    m.previousFill ?? '',
    m.noteAdded ? 'Y' : 'N',
  ]);
  const values = [HEADER, ...rows].map((row) => row.map(guardApostrophe));
  return { values, formats: values.map((row) => row.map(() => TEXT_FORMAT)) };
}

export function marksFromGrid(values: unknown[][]): Mark[] {
  return values.slice(1).flatMap((row) => {
    const [sheet, address, fill, note] = row.map((cell) => String(cell ?? ''));
    if (!sheet || !address) return [];
    return [{ sheet, address, previousFill: fill || null, noteAdded: note === 'Y' }];
  });
}

const guardApostrophe = (text: string) => (text.startsWith("'") ? `'${text}` : text);
