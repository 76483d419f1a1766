import { COLLECTION_NAMES, RECORD_SCHEMAS, type CollectionName } from '../domain/collections.js';
import { keyAndReferenceProblems, type SamradData } from '../domain/samrad-data.js';
import { describeIssues, formatPath, type StoreIssue } from './store-paths.js';

/** Enough problems to fix a file by hand; a file broken throughout does not need all of them. */
const MAX_ISSUES = 50;

export type DataCheck = { ok: true; data: SamradData } | { ok: false; issues: StoreIssue[] };

/**
 * Checks a whole document the way SamradDataSchema does, record by record, and keeps the records
 * themselves: the record schemas only check (no defaults, no transforms; a test holds them to it),
 * so a ten-year store is not copied once more in memory to be loaded.
 */
export function checkData(root: Record<string, unknown>): DataCheck {
  const steps = checking(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check, giving the event loop a turn every few thousand records, for a compaction that
 * runs while the bot goes on answering (~0.5 s of checking for a ten-year store).
 */
export async function checkDataInSlices(root: Record<string, unknown>): Promise<DataCheck> {
  const steps = checking(root);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

const RECORDS_PER_SLICE = 5000;

function* checking(root: Record<string, unknown>): Generator<void, DataCheck> {
  const issues: StoreIssue[] = [];
  const known = new Set<string>(COLLECTION_NAMES);
  const unknown = Object.keys(root).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    issues.push({
      path: '(root)',
      problem: `unknown collection${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}: samrad does not know ${unknown.length > 1 ? 'them' : 'it'} and will not drop ${unknown.length > 1 ? 'them' : 'it'} silently; remove or rename ${unknown.length > 1 ? 'them' : 'it'}`,
    });
  }
  for (const collection of COLLECTION_NAMES) {
    const records = root[collection];
    if (!Array.isArray(records)) {
      issues.push({ path: collection, problem: `expected a list of records, found ${describe(records)}` });
      continue;
    }
    for (let from = 0; from < records.length; from += RECORDS_PER_SLICE) {
      checkRecords(collection, records, from, Math.min(records.length, from + RECORDS_PER_SLICE), issues);
      if (issues.length >= MAX_ISSUES) return { ok: false, issues };
      yield;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const data = root as SamradData;
  const problems = keyAndReferenceProblems(data);
  if (problems.length > 0) {
    return {
      ok: false,
      issues: problems.slice(0, MAX_ISSUES).map((p) => ({ path: formatPath(p.path), problem: p.message })),
    };
  }
  return { ok: true, data };
}

function checkRecords(
  collection: CollectionName,
  records: unknown[],
  from: number,
  to: number,
  issues: StoreIssue[],
): void {
  const schema = RECORD_SCHEMAS[collection];
  for (let index = from; index < to; index++) {
    const result = schema.safeParse(records[index]);
    if (result.success) continue;
    for (const issue of describeIssues(result.error, [collection, index])) {
      issues.push(issue);
      if (issues.length >= MAX_ISSUES) return;
    }
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return typeof value;
}
