import type { Activity } from 'botbuilder';
import type { ChannelIdentity } from '../../conversation/asker.js';
import type { Incoming } from '../../conversation/handle-message.js';

/**
 * Who wrote, as Teams tells it: the Microsoft Entra (AAD) object id of the sender, which the roster
 * stores as a member's Teams id. A sender without one (a guest the tenant hides, a test client)
 * is nobody we know, not an error.
 */
export function incomingFromActivity(activity: Partial<Activity>): Incoming {
  const identity: ChannelIdentity = {
    channel: 'teams',
    userId: activity.from?.aadObjectId ?? `unknown:${activity.from?.id ?? 'anonymous'}`,
    displayName: activity.from?.name,
  };
  const channelData = (activity.channelData ?? {}) as { meeting?: { id?: string } };
  return {
    identity,
    conversationId: activity.conversation?.id ?? 'unknown',
    // A Teams meeting's chat says which meeting it belongs to; it can then be linked to it.
    meetingChat: typeof channelData.meeting?.id === 'string',
  };
}
