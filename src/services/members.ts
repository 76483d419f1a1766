import { compareSwedish } from '../i18n/format.js';
import { foldText, slugify, uniqueId } from '../domain/text.js';
import { PersonSchema, type Membership, type Person, type Role } from '../domain/membership.js';
import type { SamradData } from '../domain/samrad-data.js';
import { SamradError } from '../errors/samrad-error.js';
import { recordAudit } from './audit.js';
import { requireBody, requirePrincipal } from './lookups.js';
import type { Actor, Clock, SamradStore } from './ports.js';

/** A seat in a body joined with the person and principal, as lists and chat replies show it. */
export interface MemberView {
  id: string;
  personId: string;
  name: string;
  body: string;
  principal: string;
  role: Role;
  email: string | null;
  teamsId: string | null;
  slackId: string | null;
}

export interface AddMemberInput {
  body: string;
  name: string;
  principal: string;
  role: Role;
  teamsId?: string;
  slackId?: string;
  email?: string;
}

function toView(data: SamradData, membership: Membership): MemberView {
  const person = data.people.find((p) => p.id === membership.personId);
  const principal = data.principals.find((p) => p.id === membership.principalId);
  return {
    id: membership.id,
    personId: membership.personId,
    name: person?.name ?? membership.personId,
    body: membership.bodyId,
    principal: principal?.name ?? membership.principalId,
    role: membership.role,
    email: person?.email ?? null,
    teamsId: person?.teamsId ?? null,
    slackId: person?.slackId ?? null,
  };
}

/** Validates the person's fields at the edge so a bad e-mail or id gets its own clear message. */
function validatePerson(input: AddMemberInput): Omit<Person, 'id'> {
  const candidate = {
    name: input.name.trim().replace(/\s+/g, ' '),
    email: input.email?.trim() || null,
    teamsId: input.teamsId?.trim().toLowerCase() || null,
    slackId: input.slackId?.trim().toUpperCase() || null,
  };
  const result = PersonSchema.omit({ id: true }).safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SamradError('input.invalid', {
      detail: `${String(issue?.path[0] ?? 'name')}: ${issue?.message ?? ''}`,
    });
  }
  return result.data;
}

/**
 * The person an identity belongs to: the same Teams id, Slack id or e-mail means the same person;
 * failing those, the same name. People sit in several bodies, so they are shared, not duplicated.
 */
function findPerson(data: SamradData, person: Omit<Person, 'id'>): Person | undefined {
  return (
    (person.teamsId ? data.people.find((p) => p.teamsId === person.teamsId) : undefined) ??
    (person.slackId ? data.people.find((p) => p.slackId === person.slackId) : undefined) ??
    (person.email
      ? data.people.find((p) => p.email?.toLowerCase() === person.email?.toLowerCase())
      : undefined) ??
    data.people.find((p) => foldText(p.name) === foldText(person.name))
  );
}

export async function addMember(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: AddMemberInput,
): Promise<MemberView> {
  const fields = validatePerson(input);
  return store.update((draft) => {
    const data = draft.data;
    const body = requireBody(data, input.body);
    const principal = requirePrincipal(data, input.principal);
    let person = findPerson(data, fields);
    if (person) {
      const known = person;
      if (data.memberships.some((m) => m.personId === known.id && m.bodyId === body.id)) {
        throw new SamradError('member.exists', { name: known.name, body: body.name });
      }
      // Fill in identities the roster lacked; never overwrite one that is there.
      person = draft.update('people', known.id, (p) => {
        p.email ??= fields.email;
        p.teamsId ??= fields.teamsId;
        p.slackId ??= fields.slackId;
      });
    } else {
      person = draft.insert('people', {
        id: uniqueId(slugify(fields.name), (id) => data.people.some((p) => p.id === id)),
        ...fields,
      });
    }
    const membership: Membership = {
      id: uniqueId(`${body.id}.${person.id}`, (id) => data.memberships.some((m) => m.id === id)),
      personId: person.id,
      bodyId: body.id,
      principalId: principal.id,
      role: input.role,
    };
    draft.insert('memberships', membership);
    recordAudit(draft, clock, actor, 'member.added', membership.id, {
      body: body.id,
      name: person.name,
      principal: principal.name,
      role: input.role,
    });
    return toView(draft.data, membership);
  });
}

/** The members of a body: chairs first, then secretaries, members, substitutes and observers, by name. */
export function listMembers(data: SamradData, bodyTyped: string): MemberView[] {
  const body = requireBody(data, bodyTyped);
  const order: Role[] = ['chair', 'secretary', 'member', 'substitute', 'observer'];
  return data.memberships
    .filter((m) => m.bodyId === body.id)
    .map((m) => toView(data, m))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || compareSwedish(a.name, b.name));
}

/** Removes a seat, found by its id or by the person's name within the body. The person stays on file. */
export async function removeMember(
  store: SamradStore,
  clock: Clock,
  actor: Actor,
  input: { body: string; member: string },
): Promise<MemberView> {
  return store.update((draft) => {
    const data = draft.data;
    const body = requireBody(data, input.body);
    const wanted = foldText(input.member);
    const membership = data.memberships.find(
      (m) =>
        m.bodyId === body.id &&
        (m.id === input.member.trim() ||
          m.personId === input.member.trim() ||
          foldText(data.people.find((p) => p.id === m.personId)?.name ?? '') === wanted),
    );
    if (!membership) throw new SamradError('input.unknown-member', { member: input.member, body: body.name });
    const view = toView(data, membership);
    draft.remove('memberships', membership.id);
    recordAudit(draft, clock, actor, 'member.removed', membership.id, { body: body.id, name: view.name });
    return view;
  });
}
