import { z } from 'zod';

/**
 * An agenda item (ärende, punkt). Its clauses are the "att"-sentences under "Förslag till beslut"
 * (proposal) and under "<Body>s beslut" once the body has decided (decision).
 */
export const ITEM_KINDS = ['procedural', 'decision', 'information', 'discussion'] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

export const AgendaItemSchema = z.strictObject({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string().min(1),
  kind: ItemKindSchema,
  presenter: z.string().nullable(),
  presenterOrganisation: z.string().nullable(),
  /** Attachment (bilaga) numbers referred to by the title: "Bilaga 3-8" → [3, 4, 5, 6, 7, 8]. */
  attachments: z.array(z.number().int().positive()),
  /** A remark that came with the title, e.g. "OBS! Bilaga 3 nytt underlag". */
  note: z.string().nullable(),
  background: z.string(),
  proposal: z.array(z.string().min(1)),
  decision: z.array(z.string().min(1)),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export function agendaItemId(meetingId: string, number: number): string {
  return `${meetingId}-p${number}`;
}

const PROCEDURAL_TITLE =
  /^(mötets )?(öppnande|öppnas|avslutande|avslutning)|^(val av|utse) (ordförande|sekreterare|justerare|protokolljusterare)|(godkännande av|fastställande av) (dagordning|föredragningslista)|^dagordning|föregående (minnesanteckningar|protokoll|möte)|^(minnesanteckningar|protokoll) från|^övriga frågor|^nästa möte|^mötet avslutas/i;

const INFORMATION_CLAUSE =
  /^att (lägga|notera) (informationen|redovisningen|rapporten|lägesrapporten)( till handlingarna)?[.;]?$/i;
const DISCUSSION_CUE = /\b(diskussion|diskutera|samtal|dialog|erfarenhetsutbyte|reflektion)/i;
/** A background sentence that opens with the discussion itself: "Diskussion utifrån de insamlade frågorna." */
const DISCUSSION_OPENING = /^(diskussion|diskutera|samtal om|dialog|erfarenhetsutbyte)/i;

/** True for the standard clause of an information item: "att lägga informationen till handlingarna". */
export function isInformationClause(clause: string): boolean {
  return INFORMATION_CLAUSE.test(clause.trim());
}

export function isProceduralTitle(title: string): boolean {
  return PROCEDURAL_TITLE.test(title.trim());
}

/**
 * Classifies an item from its title, clauses and background:
 * - procedural: opening, the agenda, previous minutes, other matters, closing;
 * - information: nothing to adopt, or only "att lägga informationen till handlingarna";
 * - discussion: the same, when the item is there to discuss a topic ("Diskussion utifrån ...");
 * - decision: anything else the body adopts.
 */
export function classifyItemKind(title: string, clauses: readonly string[], background: string): ItemKind {
  if (isProceduralTitle(title)) return 'procedural';
  const adoptsSomething = clauses.some((c) => !isInformationClause(c));
  if (adoptsSomething) return 'decision';
  const sentences = background.split(/(?<=[.!?])\s+|\n+/);
  const discussed = DISCUSSION_CUE.test(title) || sentences.some((s) => DISCUSSION_OPENING.test(s.trim()));
  return discussed ? 'discussion' : 'information';
}
