export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Creates the rows not stored yet, updates those that differ, and counts each kind. */
export async function upsertEach<Row extends object>(
  rows: Row[],
  find: (row: Row) => Promise<object | null>,
  create: (row: Row) => Promise<unknown>,
  update: (row: Row) => Promise<unknown>,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const stored = await find(row);
    if (!stored) {
      await create(row);
      counts.created += 1;
    } else if (sameFields(stored, row)) {
      counts.unchanged += 1;
    } else {
      await update(row);
      counts.updated += 1;
    }
  }
  return counts;
}

/** True when every field of the imported row already has that value in the stored row. */
function sameFields(stored: object, row: object): boolean {
  const current = stored as Record<string, unknown>;
  return Object.entries(row).every(([field, value]) => current[field] === value);
}
