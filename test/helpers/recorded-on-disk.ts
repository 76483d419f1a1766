import type { SamradData } from '../../src/domain/samrad-data.js';
import { inspectStore } from '../../src/store/inspect-store.js';

/** What a store holds on disk (snapshot and journal), read without changing anything. */
export async function recordedOnDisk(file: string): Promise<SamradData> {
  const inspection = await inspectStore(file);
  if (!inspection.exists) throw new Error(`no store at ${file}`);
  if (!inspection.ok)
    throw new Error(`the store at ${file} is not sound: ${JSON.stringify(inspection.issues[0])}`);
  return inspection.data;
}
