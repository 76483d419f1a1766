import type { Lang } from '../domain/lang.js';
import type { Asker } from './asker.js';
import type { ConversationDeps, Incoming } from './handle-message.js';

/** Everything a reply that may change the store needs: who asks, where, in which language. */
export interface ChatContext {
  deps: ConversationDeps;
  incoming: Incoming;
  asker: Asker;
  lang: Lang;
  chatKey: string;
}
