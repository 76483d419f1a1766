import { BodyIdSchema, type Body, type BodyKind } from '../domain/body.js';
import { slugify } from '../domain/text.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { requireBody } from './lookups.js';
import type { Actor, Clock, SamradStore } from './ports.js';

export interface AddBodyInput {
  id?: string;
  name: string;
  kind: BodyKind;
  aliases?: string[];
  parent?: string;
}

/** Adds a body (a network, council or group). Its id defaults to the name as a slug. */
export async function addBody(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: AddBodyInput,
): Promise<Body> {
  const name = input.name.trim();
  if (name === '' || name.length > 120) throw new SamradError('input.invalid', { detail: 'name' });
  const id = input.id?.trim() || slugify(name);
  if (!BodyIdSchema.safeParse(id).success) throw new SamradError('input.invalid', { detail: `id "${id}"` });
  return store.update((draft) => {
    if (draft.data.bodies.some((b) => b.id === id)) throw new SamradError('body.exists', { body: id });
    const parentBodyId = input.parent ? requireBody(draft.data, input.parent).id : null;
    const body: Body = { id, name, kind: input.kind, aliases: input.aliases ?? [], parentBodyId };
    draft.insert('bodies', body);
    recordAudit(draft, clock, actor, 'body.added', id, { name });
    return body;
  });
}
