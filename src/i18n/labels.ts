import type { ItemKind } from '../domain/agenda-item.js';
import type { BodyKind } from '../domain/body.js';
import type { MeetingStatus } from '../domain/meeting.js';
import type { Role } from '../domain/membership.js';
import type { Bilingual } from './lang.js';

/** Names of the domain's fixed values as members read them. */
export const ITEM_KIND_LABELS: Record<ItemKind, Bilingual> = {
  procedural: { sv: 'formalia', en: 'procedural' },
  decision: { sv: 'beslut', en: 'decision' },
  information: { sv: 'information', en: 'information' },
  discussion: { sv: 'diskussion', en: 'discussion' },
};

export const ROLE_LABELS: Record<Role, Bilingual> = {
  chair: { sv: 'ordförande', en: 'chair' },
  secretary: { sv: 'sekreterare', en: 'secretary' },
  member: { sv: 'ledamot', en: 'member' },
  substitute: { sv: 'ersättare', en: 'substitute' },
  observer: { sv: 'adjungerad', en: 'observer' },
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, Bilingual> = {
  planned: { sv: 'planerat', en: 'planned' },
  cancelled: { sv: 'inställt', en: 'cancelled' },
  held: { sv: 'genomfört', en: 'held' },
};

export const BODY_KIND_LABELS: Record<BodyKind, Bilingual> = {
  network: { sv: 'nätverk', en: 'network' },
  council: { sv: 'råd', en: 'council' },
  'steering-group': { sv: 'styrgrupp', en: 'steering group' },
  'working-group': { sv: 'arbetsgrupp', en: 'working group' },
  'reference-group': { sv: 'referensgrupp', en: 'reference group' },
  'programme-area': { sv: 'lokalt programområde', en: 'local programme area' },
};
