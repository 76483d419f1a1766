import { z } from 'zod';
import {
  COLLECTION_NAMES,
  RECORD_KEYS,
  RECORD_SCHEMAS,
  REFERENCES,
  keyOf,
  referenceIn,
  type CollectionName,
  type RecordOf,
} from './collections.js';

/**
 * Everything samrad knows, as one document of collections (see collections.ts). Later features add
 * collections there, with a store migration that fills them for older files. Records are strict:
 * a field samrad does not know is refused, never silently dropped.
 */
export const SamradDataSchema = z
  .strictObject({
    principals: z.array(RECORD_SCHEMAS.principals),
    bodies: z.array(RECORD_SCHEMAS.bodies),
    people: z.array(RECORD_SCHEMAS.people),
    memberships: z.array(RECORD_SCHEMAS.memberships),
    meetings: z.array(RECORD_SCHEMAS.meetings),
    agendaItems: z.array(RECORD_SCHEMAS.agendaItems),
    jointCosts: z.array(RECORD_SCHEMAS.jointCosts),
    userPreferences: z.array(RECORD_SCHEMAS.userPreferences),
    decisions: z.array(RECORD_SCHEMAS.decisions),
    votes: z.array(RECORD_SCHEMAS.votes),
    dissents: z.array(RECORD_SCHEMAS.dissents),
    adoptions: z.array(RECORD_SCHEMAS.adoptions),
    chatLinks: z.array(RECORD_SCHEMAS.chatLinks),
    cardMessages: z.array(RECORD_SCHEMAS.cardMessages),
    workingGroups: z.array(RECORD_SCHEMAS.workingGroups),
    nominationRounds: z.array(RECORD_SCHEMAS.nominationRounds),
    nominations: z.array(RECORD_SCHEMAS.nominations),
    personalChats: z.array(RECORD_SCHEMAS.personalChats),
    audit: z.array(RECORD_SCHEMAS.audit),
  })
  .superRefine((data, ctx) => {
    for (const problem of keyAndReferenceProblems(data)) ctx.addIssue({ code: 'custom', ...problem });
  });
export type SamradData = z.infer<typeof SamradDataSchema>;

export interface DataProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Keys must be unique and references must point at something that exists, so that no later
 * lookup can silently come back empty. Checked over the whole document (records already valid).
 */
export function keyAndReferenceProblems(data: SamradData): DataProblem[] {
  const problems: DataProblem[] = [];
  const keys = new Map<CollectionName, Set<string>>();
  for (const collection of COLLECTION_NAMES) {
    const seen = new Set<string>();
    (data[collection] as RecordOf<typeof collection>[]).forEach((record, index) => {
      const key = keyOf(collection, record);
      if (seen.has(key)) {
        problems.push({
          path: [collection, index, RECORD_KEYS[collection]],
          message: `duplicate ${RECORD_KEYS[collection]} "${key}"`,
        });
      }
      seen.add(key);
    });
    keys.set(collection, seen);
  }
  for (const { from, field, to } of REFERENCES) {
    const targets = keys.get(to)!;
    (data[from] as unknown[]).forEach((record, index) => {
      const value = referenceIn(record, field);
      if (value !== null && !targets.has(value)) {
        problems.push({
          path: [from, index, field],
          message: `unknown ${describeCollection(to)} "${value}"`,
        });
      }
    });
  }
  return problems;
}

/** "agendaItems" → "agenda item", for messages that name what a reference points at. */
export function describeCollection(collection: CollectionName): string {
  const singular: Record<CollectionName, string> = {
    principals: 'principal',
    bodies: 'body',
    people: 'person',
    memberships: 'membership',
    meetings: 'meeting',
    agendaItems: 'agenda item',
    jointCosts: 'joint cost',
    userPreferences: 'user preference',
    decisions: 'decision',
    votes: 'vote',
    dissents: 'dissent',
    adoptions: 'adoption',
    chatLinks: 'chat link',
    cardMessages: 'card message',
    workingGroups: 'working group',
    nominationRounds: 'nomination round',
    nominations: 'nomination',
    personalChats: 'personal chat',
    audit: 'audit entry',
  };
  return singular[collection];
}

export function emptySamradData(): SamradData {
  return {
    principals: [],
    bodies: [],
    people: [],
    memberships: [],
    meetings: [],
    agendaItems: [],
    jointCosts: [],
    userPreferences: [],
    decisions: [],
    votes: [],
    dissents: [],
    adoptions: [],
    chatLinks: [],
    cardMessages: [],
    workingGroups: [],
    nominationRounds: [],
    nominations: [],
    personalChats: [],
    audit: [],
  };
}
