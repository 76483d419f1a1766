import { userKeyOf, type ChannelName } from '../domain/channel.js';
import { BodyKindSchema } from '../domain/body.js';
import type { Membership, Person } from '../domain/membership.js';
import type { SamradData } from '../domain/samrad-data.js';

/** Who wrote a message, as the channel knows them. */
export interface ChannelIdentity {
  channel: ChannelName;
  /** Teams: the AAD object id; Slack: the user id. */
  userId: string;
  displayName?: string;
}

/** The writer matched against the roster: a known person with their seats, or nobody we know. */
export interface Asker {
  identity: ChannelIdentity;
  /** "teams:<id>", the key preferences are kept under. */
  userKey: string;
  person: Person | null;
  memberships: Membership[];
}

export function identifyAsker(data: SamradData, identity: ChannelIdentity): Asker {
  const id = identity.userId.trim().toLowerCase();
  const person =
    identity.channel === 'teams'
      ? data.people.find((p) => p.teamsId === id)
      : identity.channel === 'slack'
        ? data.people.find((p) => p.slackId?.toLowerCase() === id)
        : data.people.find((p) => p.id === id || p.teamsId === id);
  return {
    identity,
    userKey: userKeyOf(identity.channel, id),
    person: person ?? null,
    memberships: person ? data.memberships.filter((m) => m.personId === person.id) : [],
  };
}

/** The body a member most likely means when they name none: the first network they sit in, or any seat. */
export function defaultBodyOf(data: SamradData, asker: Asker): string | undefined {
  // Bodies in the order of BodyKindSchema: networks first, then the council, then groups.
  const order: readonly string[] = BodyKindSchema.options;
  const seats = asker.memberships
    .map((m) => data.bodies.find((b) => b.id === m.bodyId))
    .filter((b) => b !== undefined)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return seats[0]?.id;
}

/**
 * Whether the asker may see nominees' names for a working group: a member of the body that runs
 * it, or of the group itself. The same rule for the overview and for the agenda item.
 */
export function seesNominees(asker: Asker, group: { id: string; bodyId: string } | undefined): boolean {
  return (
    group !== undefined && asker.memberships.some((m) => m.bodyId === group.bodyId || m.bodyId === group.id)
  );
}
