import type { CollectionName, RecordOf } from './collections.js';
import type { SamradData } from './samrad-data.js';

/**
 * Lookups the store keeps up to date as it changes, for the questions asked on every request: a
 * record by its key, and the records whose field has a value (the votes of a decision). Without
 * them a vote in year ten would scan 200 000 votes, several times over.
 */
export interface DataIndex {
  byKey<C extends CollectionName>(collection: C, key: string): RecordOf<C> | undefined;
  /** In the collection's order. */
  where<C extends CollectionName>(collection: C, field: string, value: string): readonly RecordOf<C>[];
  /** A number that changes whenever the collection changes (for caches built from it). */
  version(collection: CollectionName): number;
  /** Of the records whose `field` is `value`, the last one for each value of `by`. */
  latestWhere<C extends CollectionName>(
    collection: C,
    field: string,
    value: string,
    by: string,
  ): ReadonlyMap<string, RecordOf<C>>;
}

// Beside the data rather than in it: the data stays plain JSON records.
const indexes = new WeakMap<SamradData, DataIndex>();

export function attachIndex(data: SamradData, index: DataIndex): void {
  indexes.set(data, index);
}

/** The record with this key; data that no store keeps (a test's, the demo's in the making) is searched. */
export function recordByKey<C extends CollectionName>(
  data: SamradData,
  collection: C,
  field: keyof RecordOf<C> & string,
  key: string,
): RecordOf<C> | undefined {
  const index = indexes.get(data);
  if (index) return index.byKey(collection, key);
  return (data[collection] as RecordOf<C>[]).find((r) => r[field] === key);
}

/** The records whose `field` is `value`, in the collection's order (a copy: later changes leave it). */
export function recordsWhere<C extends CollectionName>(
  data: SamradData,
  collection: C,
  field: keyof RecordOf<C> & string,
  value: string,
): RecordOf<C>[] {
  const index = indexes.get(data);
  if (index) return [...index.where(collection, field, value)];
  return (data[collection] as RecordOf<C>[]).filter((r) => r[field] === value);
}

/**
 * Of the records whose `field` is `value`, the last one for each value of `by` (a copy): each
 * member's current vote on a decision, whatever number of changes came before.
 */
export function latestRecordsWhere<C extends CollectionName>(
  data: SamradData,
  collection: C,
  field: keyof RecordOf<C> & string,
  value: string,
  by: keyof RecordOf<C> & string,
): Map<string, RecordOf<C>> {
  const index = indexes.get(data);
  if (index) return new Map(index.latestWhere(collection, field, value, by));
  const latest = new Map<string, RecordOf<C>>();
  for (const record of data[collection] as RecordOf<C>[]) {
    if (record[field] === value) latest.set(String(record[by]), record);
  }
  return latest;
}

/**
 * What a cache built from these collections is valid for: the same text means the same records.
 * Null for data no store keeps (build afresh each time).
 */
export function versionOf(data: SamradData, collections: readonly CollectionName[]): string | null {
  const index = indexes.get(data);
  return index ? collections.map((c) => index.version(c)).join('.') : null;
}
