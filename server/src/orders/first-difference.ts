export interface Difference {
  /** JSON path of the first value that differs, e.g. "applied[0].amount". */
  path: string;
  stored: unknown;
  replayed: unknown;
}

/** The first place two JSON values differ, walking objects by sorted key; null when equal. */
export function firstDifference(stored: unknown, replayed: unknown, path = ''): Difference | null {
  if (Array.isArray(stored) && Array.isArray(replayed)) {
    const length = Math.max(stored.length, replayed.length);
    for (let index = 0; index < length; index += 1) {
      const found = firstDifference(stored[index], replayed[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (isObject(stored) && isObject(replayed)) {
    const keys = [...new Set([...Object.keys(stored), ...Object.keys(replayed)])].sort();
    for (const key of keys) {
      const found = firstDifference(stored[key], replayed[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  return Object.is(stored, replayed) ? null : { path: path || '(value)', stored, replayed };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
