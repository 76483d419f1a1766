/**
 * Every intent samrad knows, whether it reads or writes, and which kinds of entity it uses. A read
 * intent answers and never changes the record; a write intent is a command, carried out only for
 * someone with the right (and the dialog checks that). The corpus (test/corpus) is labelled with
 * these names, and its evaluation compares only the entities an intent uses.
 */
export const ENTITY_KINDS = [
  'body',
  'principal',
  'principals',
  'item',
  'period',
  'amount',
  'role',
  'scope',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface IntentRow {
  mode: 'read' | 'write';
  slots: readonly EntityKind[];
}

const MEETING: readonly EntityKind[] = ['body', 'period'];
const ITEM: readonly EntityKind[] = ['body', 'period', 'item'];

export const INTENT_TABLE = {
  'next-meeting': { mode: 'read', slots: MEETING },
  join: { mode: 'read', slots: MEETING },
  calendar: { mode: 'read', slots: MEETING },
  agenda: { mode: 'read', slots: MEETING },
  item: { mode: 'read', slots: ITEM },
  'item-presenter': { mode: 'read', slots: ITEM },
  'item-attachments': { mode: 'read', slots: ITEM },
  'item-proposal': { mode: 'read', slots: ITEM },
  'item-count': { mode: 'read', slots: MEETING },
  'decision-items': { mode: 'read', slots: MEETING },
  search: { mode: 'read', slots: MEETING },
  'past-decision': { mode: 'read', slots: ITEM },
  'decision-journey': { mode: 'read', slots: ITEM },
  /** "hur går omröstningen?", "hur har jag röstat?": where a vote stands, and the asker's own. */
  'vote-status': { mode: 'read', slots: ITEM },
  adoptions: { mode: 'read', slots: ['item', 'period', 'principal'] },
  forwarded: { mode: 'read', slots: ['body', 'period'] },
  'cost-share': { mode: 'read', slots: ['principal', 'amount', 'scope'] },
  'cost-compare': { mode: 'read', slots: ['principals', 'amount', 'scope'] },
  role: { mode: 'read', slots: ['body', 'role'] },
  members: { mode: 'read', slots: ['body'] },
  representative: { mode: 'read', slots: ['principal', 'body'] },
  'my-bodies': { mode: 'read', slots: [] },
  'nomination-overview': { mode: 'read', slots: ['body'] },
  /** "jag tackar nej till nomineringen": the nominee is shown their request, to answer with a press. */
  'nomination-answer': { mode: 'read', slots: [] },
  help: { mode: 'read', slots: [] },
  greeting: { mode: 'read', slots: [] },
  thanks: { mode: 'read', slots: [] },
  unknown: { mode: 'read', slots: [] },
  'set-language-en': { mode: 'write', slots: [] },
  'set-language-sv': { mode: 'write', slots: [] },
  'open-decision': { mode: 'write', slots: ['body', 'item'] },
  'close-decision': { mode: 'write', slots: ['body', 'item'] },
  nominate: { mode: 'write', slots: ['body', 'principal'] },
  'nomination-decide': { mode: 'write', slots: ['body'] },
  'link-chat': { mode: 'write', slots: ['body'] },
} as const satisfies Record<string, IntentRow>;

export type Intent = keyof typeof INTENT_TABLE;
export const INTENTS = Object.keys(INTENT_TABLE) as Intent[];

export function isWriteIntent(intent: Intent): boolean {
  return INTENT_TABLE[intent].mode === 'write';
}
