import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.js';
import { InMemoryConversationMemory } from '../conversation/conversation-memory.js';
import { handleMessage, type Incoming } from '../conversation/handle-message.js';
import type { ConversationTopic } from '../conversation/understanding/follow-up.js';
import type { Reply } from '../conversation/views/replies.js';
import type { SamradData } from '../domain/samrad-data.js';
import type { Clock } from '../services/ports.js';
import { MemoryStore } from '../store/memory-store.js';
import {
  ENTITY_KINDS,
  INTENT_TABLE,
  INTENTS,
  isWriteIntent,
  type EntityKind,
  type Intent,
} from '../conversation/understanding/intent-table.js';

/**
 * The labelled corpus of questions (test/corpus, its README says how it is written), and how an
 * understanding is scored against it: the intent, and the entities the intent uses.
 */
const PeriodSchema = z.strictObject({ from: z.iso.date(), to: z.iso.date() });

export const CorpusEntitiesSchema = z.strictObject({
  body: z.string().optional(),
  principal: z.string().optional(),
  principals: z.array(z.string()).optional(),
  item: z.number().int().positive().optional(),
  period: PeriodSchema.optional(),
  amount: z.number().int().positive().optional(),
  role: z.enum(['chair', 'secretary']).optional(),
  scope: z.literal('municipalities').optional(),
});
export type CorpusEntities = z.infer<typeof CorpusEntitiesSchema>;

export const PERSONAS = ['member', 'chair', 'secretary', 'politician', 'stranger'] as const;
export type Persona = (typeof PERSONAS)[number];

export const CorpusLineSchema = z.strictObject({
  id: z.string().regex(/^[a-z]\d{3,}$/),
  as: z.enum(PERSONAS),
  lang: z.enum(['sv', 'en']),
  text: z.string().min(1),
  intent: z.enum(INTENTS as [Intent, ...Intent[]]),
  entities: CorpusEntitiesSchema.optional(),
  chain: z.string().optional(),
  turn: z.number().int().positive().optional(),
  expect: z
    .strictObject({
      meeting: z.string().optional(),
      item: z.number().int().positive().optional(),
      answer: z.enum(['yes', 'no']).optional(),
    })
    .optional(),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;

export const CORPUS_PARTS = ['tune', 'holdout'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

/** The Swedish time the corpus is asked at: Monday 23 November 2026, 09:00. */
export const CORPUS_NOW = '2026-11-23T08:00:00Z';

/** Who each persona is on the demo data's roster (the stranger is on none). */
export const PERSONA_PEOPLE: Record<Exclude<Persona, 'stranger'>, string> = {
  member: 'sara-eklund',
  chair: 'karin-lindqvist',
  secretary: 'erik-sandberg',
  politician: 'mats-wikstrom',
};

export function loadCorpus(part: CorpusPart, root = PROJECT_ROOT): CorpusLine[] {
  return loadCorpusFile(join(root, 'test', 'corpus', `${part}.jsonl`));
}

/** Lines of any file in the corpus's format (a probe set written apart, say). */
export function loadCorpusFile(path: string): CorpusLine[] {
  const part = path;
  const text = readFileSync(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = CorpusLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${part} line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Lines in the order they are asked: chains together, turn by turn. */
export function conversations(lines: CorpusLine[]): CorpusLine[][] {
  const chains = new Map<string, CorpusLine[]>();
  const out: CorpusLine[][] = [];
  for (const line of lines) {
    if (!line.chain) {
      out.push([line]);
      continue;
    }
    const chain = chains.get(line.chain);
    if (chain) chain.push(line);
    else {
      const created = [line];
      chains.set(line.chain, created);
      out.push(created);
    }
  }
  for (const chain of chains.values()) chain.sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
  return out;
}

export interface Scored {
  line: CorpusLine;
  intent: Intent;
  entities: CorpusEntities;
  intentRight: boolean;
  /** Per entity kind the intent uses, labelled or found: right or wrong. */
  entityResults: Partial<Record<EntityKind, boolean>>;
  right: boolean;
  /** What the reply was found to lack of what the line expects it to show ("item 5", "a yes"). */
  answerMisses?: string[];
  /** The language the reply was in. */
  replyLang?: string;
}

/**
 * What a reply shows against what a line expects (`expect`): the meeting, the item, a plain yes or
 * no. Read from the reply's data, whatever its kind: a meeting is shown when its id is, an item
 * when an item of that number is (of that meeting, when one is expected too), a yes or no when a
 * sentence of the reply starts with one. Returns what is missing; empty when all is there.
 */
export function answerMisses(line: CorpusLine, reply: unknown): string[] {
  const expect = line.expect;
  if (!expect) return [];
  const objects: Record<string, unknown>[] = [];
  const sentences: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') sentences.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      Object.values(value).forEach(walk);
    }
  };
  walk(reply);
  const misses: string[] = [];
  if (expect.meeting && !objects.some((o) => o['id'] === expect.meeting || o['meetingId'] === expect.meeting))
    misses.push(`meeting ${expect.meeting}`);
  if (expect.item !== undefined) {
    const shown = objects.some(
      (o) =>
        o['number'] === expect.item &&
        typeof o['title'] === 'string' &&
        (!expect.meeting || o['meetingId'] === undefined || o['meetingId'] === expect.meeting),
    );
    const numbered = objects.some((o) => o['itemNumber'] === expect.item);
    if (!shown && !numbered) misses.push(`item ${expect.item}`);
  }
  if (expect.answer) {
    const said = sentences
      .map((text) => /^\s*(ja|yes|nej|no)\b/i.exec(text)?.[1]?.toLowerCase())
      .find((word) => word !== undefined);
    const saidYes = said === 'ja' || said === 'yes';
    const saidNo = said === 'nej' || said === 'no';
    if (!(expect.answer === 'yes' ? saidYes : saidNo)) misses.push(`a ${expect.answer}`);
  }
  return misses;
}

/** Scores one understanding: the intent, and the entity kinds the expected intent uses. */
export function score(line: CorpusLine, intent: Intent, entities: CorpusEntities): Scored {
  const expected = line.entities ?? {};
  const entityResults: Partial<Record<EntityKind, boolean>> = {};
  for (const kind of INTENT_TABLE[line.intent].slots) {
    const want = expected[kind];
    const got = entities[kind];
    if (want === undefined && got === undefined) continue;
    entityResults[kind] = JSON.stringify(want) === JSON.stringify(got);
  }
  const intentRight = intent === line.intent;
  return {
    line,
    intent,
    entities,
    intentRight,
    entityResults,
    right: intentRight && Object.values(entityResults).every(Boolean),
  };
}

export interface Report {
  part: string;
  lines: number;
  right: number;
  intentRight: number;
  perIntent: Map<Intent, { lines: number; right: number }>;
  perEntity: Map<EntityKind, { checked: number; right: number }>;
  confusion: Map<string, number>;
  /** Lines answered "I don't know" (intent unknown), and those that should have been. */
  refused: number;
  outOfScope: number;
  /** Out-of-scope lines that got an answer about something else: must be 0. */
  outOfScopeAnswered: number;
  failures: Scored[];
  /** Lines with an `expect`, and those whose reply showed all of it. */
  answersChecked: number;
  answersRight: number;
  /** Lines answered in the language they were asked in. */
  inLanguage: number;
  scored: Scored[];
}

export function report(part: string, scored: Scored[]): Report {
  const perIntent = new Map<Intent, { lines: number; right: number }>();
  const perEntity = new Map<EntityKind, { checked: number; right: number }>();
  const confusion = new Map<string, number>();
  for (const s of scored) {
    const row = perIntent.get(s.line.intent) ?? { lines: 0, right: 0 };
    row.lines++;
    if (s.right) row.right++;
    perIntent.set(s.line.intent, row);
    for (const kind of ENTITY_KINDS) {
      const result = s.entityResults[kind];
      if (result === undefined) continue;
      const entity = perEntity.get(kind) ?? { checked: 0, right: 0 };
      entity.checked++;
      if (result) entity.right++;
      perEntity.set(kind, entity);
    }
    if (!s.intentRight) {
      const key = `${s.line.intent} → ${s.intent}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
  }
  const outOfScope = scored.filter((s) => s.line.intent === 'unknown');
  return {
    part,
    lines: scored.length,
    right: scored.filter((s) => s.right).length,
    intentRight: scored.filter((s) => s.intentRight).length,
    perIntent,
    perEntity,
    confusion,
    refused: scored.filter((s) => s.intent === 'unknown').length,
    outOfScope: outOfScope.length,
    outOfScopeAnswered: outOfScope.filter(
      (s) => !['unknown', 'help', 'greeting', 'thanks'].includes(s.intent),
    ).length,
    failures: scored.filter((s) => !s.right),
    answersChecked: scored.filter((s) => s.answerMisses !== undefined && s.line.expect).length,
    answersRight: scored.filter((s) => s.line.expect && s.answerMisses?.length === 0).length,
    inLanguage: scored.filter((s) => s.replyLang === s.line.lang).length,
    scored,
  };
}

/** How a persona writes to samrad: as a Teams user, the roster's Teams id for the person it is. */
export function personaIncoming(
  persona: Persona,
  data: SamradData,
  conversationId: string,
  channel: 'teams' | 'slack' = 'teams',
): Incoming {
  const personId = persona === 'stranger' ? undefined : PERSONA_PEOPLE[persona];
  const person = data.people.find((p) => p.id === personId);
  const userId =
    channel === 'teams'
      ? (person?.teamsId ?? '7f000000-0000-4000-8000-00000000dead')
      : (person?.slackId ?? 'U0STRANGER');
  return { identity: { channel, userId }, conversationId };
}

/** Remembers, besides what the conversation memory keeps, how the last message was understood. */
export class RecordingMemory extends InMemoryConversationMemory {
  last: ConversationTopic | undefined;

  override rememberTopic(key: string, topic: ConversationTopic | undefined, now: number): void {
    this.last = topic;
    super.rememberTopic(key, topic, now);
  }
}

/**
 * Every conversation of a corpus through handleMessage, as the chat does, on a copy of `data`: the
 * understanding read back from the conversation memory after each message (with what follow-ups
 * took from earlier turns), scored against the line, and what the reply shows against its
 * `expect`. A command runs on a copy of the store, so that what follows sees the data as written.
 */
export async function runCorpus(
  lines: CorpusLine[],
  data: SamradData,
  clock: Clock,
  conversationPrefix: string,
  options: {
    /** The channel the personas write on (their Teams or their Slack ids). */
    channel?: 'teams' | 'slack';
    /** Sees every reply, to lay it out as a channel would. */
    onReply?: (reply: Reply, line: CorpusLine) => void;
  } = {},
): Promise<Scored[]> {
  const store = new MemoryStore(structuredClone(data));
  const memory = new RecordingMemory();
  const scored: Scored[] = [];
  for (const [index, conversation] of conversations(lines).entries()) {
    for (const line of conversation) {
      const incoming = personaIncoming(line.as, data, `${conversationPrefix}-${index}`, options.channel);
      const target = isWriteIntent(line.intent) ? new MemoryStore(structuredClone(store.read())) : store;
      memory.last = undefined;
      const reply = await handleMessage(line.text, incoming, { store: target, clock, memory });
      options.onReply?.(reply, line);
      const understood = memory.last as ConversationTopic | undefined;
      const { languageHint: _hint, cost: _cost, period, ...rest } = understood?.entities ?? {};
      const entities: CorpusEntities = {
        ...rest,
        ...(period ? { period: { from: period.from, to: period.to } } : {}),
      };
      scored.push({
        ...score(line, understood?.intent ?? 'unknown', entities),
        answerMisses: answerMisses(line, reply),
        replyLang: reply.lang,
      });
    }
  }
  return scored;
}
