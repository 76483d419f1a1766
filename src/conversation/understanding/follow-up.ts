import type { Lang } from '../../domain/lang.js';
import { foldText } from '../../domain/text.js';
import { isRoleWord, type Entities } from './entities.js';
import { INTENT_TABLE, type Intent } from './intent-table.js';
import type { Understanding } from './understand.js';

/**
 * What a conversation is about between messages, so that a follow-up can leave things out: "och
 * lokalen?" after the next council meeting, "who presents it?" after item 5, "och falun?" after
 * Mora's cost share, "blev det bifall?" after a decision. Kept per conversation and person, for a
 * short while (see ConversationMemory).
 */
export interface ConversationTopic {
  intent: Intent;
  entities: Entities;
  /** The words the question was about ("tillnyktringsplatser"), for questions that search. */
  topic: string;
  /** The item the answer was about, when the question named none ("vad beslutades om …"). */
  answeredItem?: number;
  /** The meeting the answer was about, for "and the following one?". */
  answeredMeeting?: string;
  /** The language the question was written in, for a follow-up that does not say ("And Vansbro?"). */
  lang?: Lang | null;
  /** Whether it asked for a yes or a no: "och i februari?" after "har vi möte i januari?" does too. */
  yesNo?: boolean;
}

/** "the following one", "nästa då", "mötet efter": the meeting after the one just talked about. */
const FOLLOWING =
  /\b(following|the one after|next one|after that|nasta da|den efter|det efter|motet efter|darpa|darefter|nasta efter det)\b/;
const ABOUT_A_MEETING: readonly Intent[] = ['next-meeting', 'join', 'agenda', 'item-count', 'decision-items'];

/** How a follow-up starts: "och …", "and …", "what about …", "om det blir …". */
const FOLLOW_UP_START =
  /^(och|and|men|but|what about|how about|hur blir det med|samma for|same for|om|if|then|da)\b/;
/** Words that ask for what comes next: a day asked about before does not carry over to them. */
const NEXT = /\b(nasta|kommande|next|upcoming|coming)\b/;
/** Words that ask for a comparison. */
const COMPARE = /\b(compare|compared|jamfor|jamfort|jamforelse|versus|vs|mot|an|than)\b/;
/** Words that refer back to what was just talked about. */
const REFERS_BACK = /\b(den|det|dess|denna|detta|dom|it|its|that|those|there|dar|dit|them|they)\b/;
/** The words a follow-up has besides the thing it names: "och", "om det blir", "and", "then". */
const FILLER = new Set([
  'och',
  'and',
  'men',
  'but',
  'what',
  'about',
  'how',
  'om',
  'if',
  'det',
  'den',
  'it',
  'blir',
  'ar',
  'is',
  'da',
  'then',
  'sa',
  'for',
  'pa',
  'i',
  'the',
  'with',
  'med',
  'samma',
  'same',
  'hur',
  'vad',
  'galler',
  'in',
  'on',
  'at',
  'of',
  'to',
  'till',
  'vid',
  'hos',
  'where',
  'dar',
  'fran',
  'from',
  'period',
  'perioden',
  'tid',
  'time',
  'under',
  'during',
]);
const PLACEHOLDER = /^x(item|body|principal|cost|date|amount|role)$/;
/** Intents a follow-up may carry on: questions, never commands. */
const SEARCHES: readonly Intent[] = ['past-decision', 'decision-journey', 'adoptions', 'search'];

function isIntent(value: string): value is Intent {
  return value in INTENT_TABLE;
}

/**
 * The question read in the light of the conversation's topic: an elliptical follow-up ("och
 * falun?", "and item 6?") asks the previous question again about what it names; every question
 * takes the entities it leaves out (the body, the item, the principal, the period) from the topic.
 */
export function continueTopic(u: Understanding, topic: ConversationTopic | undefined): Understanding {
  const continued = continueWith(u, topic);
  // A follow-up that does not show its language is in the conversation's; one that only names
  // another thing ("och i feb?") asks as the question before it did, yes or no.
  const folded = foldText(u.question);
  const elliptical = FOLLOW_UP_START.test(folded) && continued.intent === topic?.intent;
  return {
    ...continued,
    lang: continued.lang ?? topic?.lang ?? null,
    yesNo: continued.yesNo || (elliptical && topic?.yesNo === true),
  };
}

function continueWith(u: Understanding, topic: ConversationTopic | undefined): Understanding {
  if (!topic || topic.intent === 'unknown' || INTENT_TABLE[topic.intent].mode === 'write') return u;
  const folded = foldText(u.question);
  // A role ("och sekr?") is named as much as a body is.
  const rest = u.placeheld
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w))
    .map((w) => (u.entities.role && isRoleWord(w) ? 'xrole' : w));
  const namesSomething = rest.some((w) => PLACEHOLDER.test(w));
  const onlyNames = namesSomething && rest.every((w) => PLACEHOLDER.test(w));
  const followUp = FOLLOW_UP_START.test(folded) || REFERS_BACK.test(folded) || onlyNames;
  let intent = u.intent;
  if (FOLLOWING.test(folded) && topic.answeredMeeting && ABOUT_A_MEETING.includes(topic.intent)) {
    const same = isIntent(u.intent) && ABOUT_A_MEETING.includes(u.intent) ? u.intent : topic.intent;
    const body = u.entities.body ?? topic.entities.body;
    const entities = { ...u.entities, ...(body ? { body } : {}), afterMeeting: topic.answeredMeeting };
    return { ...u, intent: same, entities };
  }
  if (
    onlyNames &&
    (FOLLOW_UP_START.test(folded) || u.intent === 'unknown' || u.confidence < 8) &&
    INTENT_TABLE[topic.intent].mode === 'read'
  ) {
    intent = topic.intent;
  }
  // "and how does that compare with Avesta?" after a cost share: the two, side by side.
  if (
    topic.intent === 'cost-share' &&
    topic.entities.principal &&
    u.entities.principal &&
    !u.entities.principals &&
    u.entities.principal !== topic.entities.principal &&
    COMPARE.test(folded)
  ) {
    const principals = [topic.entities.principal, u.entities.principal];
    return { ...u, intent: 'cost-compare', entities: { ...topic.entities, ...u.entities, principals } };
  }
  // "och tn?" after a question about a subject: the same question about another subject.
  const shortFollowUp = FOLLOW_UP_START.test(folded) && rest.length > 0 && rest.length <= 3;
  if (
    shortFollowUp &&
    !namesSomething &&
    SEARCHES.includes(topic.intent) &&
    (u.intent === 'unknown' || u.confidence < 8)
  ) {
    return {
      ...u,
      intent: topic.intent,
      entities: { ...topic.entities, ...u.entities },
      topic: rest.join(' '),
    };
  }
  // "har Vansbro gjort det nu?", "och om bara kommunerna delar på det?": a question that refers
  // back and names what the last one's intent takes is that question again.
  const namesASlot = INTENT_TABLE[topic.intent].slots.some(
    (slot) => (u.entities as Record<string, unknown>)[slot] !== undefined,
  );
  if (
    (REFERS_BACK.test(folded) || FOLLOW_UP_START.test(folded)) &&
    namesASlot &&
    INTENT_TABLE[topic.intent].mode === 'read' &&
    (u.intent === 'unknown' || u.confidence < 8)
  ) {
    intent = topic.intent;
  }
  if (intent === 'unknown' || !isIntent(intent)) return u;
  const entities: Entities = { ...u.entities };
  const carried = entities as Record<string, unknown>;
  const from = { item: topic.answeredItem, ...topic.entities } as Record<string, unknown>;
  // A command takes only the body from what was just talked about ("open the decision on item 4"
  // after the network's agenda); what it does is still confirmed or checked by its dialog.
  // "stäng det med bifall" refers to the item just talked about, and takes it too.
  const slots =
    INTENT_TABLE[intent].mode === 'write'
      ? REFERS_BACK.test(folded)
        ? (['body', 'item'] as const)
        : (['body'] as const)
      : INTENT_TABLE[intent].slots;
  // A new question (no "och …", nothing referring back) naming another body, or asking for the
  // next meeting: the day and the item asked about before stay behind.
  const otherBody = entities.body !== undefined && entities.body !== topic.entities.body;
  const freshStart = !followUp && (otherBody || NEXT.test(folded));
  for (const slot of slots) {
    // A principal named now replaces the pair compared before, and the other way round.
    if (slot === 'principals' && entities.principal) continue;
    if (slot === 'principal' && entities.principals) continue;
    if (freshStart && (slot === 'period' || slot === 'item')) continue;
    if (carried[slot] === undefined && from[slot] !== undefined) carried[slot] = from[slot];
  }
  const searches = SEARCHES.includes(intent);
  const topicWords =
    searches && u.topic.trim() === '' && (followUp || intent === topic.intent) ? topic.topic : u.topic;
  return { ...u, intent, entities, topic: topicWords };
}

/**
 * What to remember of an answered question (any question: what it was understood as is what a
 * corpus run reads back), with the item its answer was about.
 */
export function topicOf(
  u: Understanding,
  answeredItem?: number,
  answeredMeeting?: string,
): ConversationTopic {
  const intent: Intent = isIntent(u.intent) ? u.intent : 'unknown';
  if (answeredMeeting !== undefined) {
    return { ...topicOf(u, answeredItem), answeredMeeting };
  }
  return {
    intent,
    entities: u.entities,
    topic: u.topic,
    lang: u.lang,
    yesNo: u.yesNo,
    ...(answeredItem === undefined ? {} : { answeredItem }),
  };
}
