import { resolveCode, type Vocabulary } from '../domain/codes';

/** Beyond this many distinct typed texts per vocabulary the cache starts afresh (memory bound). */
const MAX_ENTRIES = 10_000;
const caches = new WeakMap<Vocabulary, Map<string, string | undefined>>();

/**
 * `resolveCode`, remembered per vocabulary: a 50,000-row grid repeats a handful of labels, and
 * resolving each afresh (normalising, scanning the vocabulary) was a visible share of the parse.
 */
export function cachedResolveCode<V extends Vocabulary>(
  vocabulary: V,
  typed: string,
): (keyof V & string) | undefined {
  let cache = caches.get(vocabulary);
  if (cache === undefined || cache.size >= MAX_ENTRIES) {
    cache = new Map();
    caches.set(vocabulary, cache);
  }
  if (!cache.has(typed)) cache.set(typed, resolveCode(vocabulary, typed));
  return cache.get(typed) as (keyof V & string) | undefined;
}
