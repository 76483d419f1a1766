import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { ROOT, readText } from './paths.js';

const require = createRequire(import.meta.url);

/**
 * Checks a card the way Teams and the designers would: against the official Adaptive Cards 1.5
 * JSON Schema (a copy of shared/schemas, Teams-only `msteams` properties set aside), and through
 * the official `adaptivecards` renderer's parser, which must report no warnings.
 */
const schema = JSON.parse(readText(join(ROOT, 'test', 'fixtures', 'schemas', 'adaptive-card-1.5.json')));
// The file names itself with draft-04's "id"; Ajv 8 reads draft-06's "$id".
schema.$id = schema.id;
delete schema.id;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
const validate = ajv.compile(schema);

interface ParseEvent {
  message: string;
}
interface AdaptiveCardsModule {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: ParseEvent[] };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): ParseEvent };
}
// The UMD bundle: the package's module build cannot be loaded by Node (extension-less imports).
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

function withoutTeamsProperties(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTeamsProperties);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'msteams')
        .map(([key, v]) => [key, withoutTeamsProperties(v)]),
    );
  }
  return value;
}

export function schemaErrors(card: unknown): ErrorObject[] {
  return validate(withoutTeamsProperties(card)) ? [] : (validate.errors ?? []);
}

export function rendererWarnings(card: unknown): string[] {
  const parsed = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  parsed.parse(card, context);
  const warnings = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...warnings, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}

/** Every piece of text a card shows, for asserting on what a member reads. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of ['text', 'title', 'value'])
        if (typeof record[key] === 'string') out.push(record[key] as string);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return out.join('\n');
}

/** Every Action.Execute in a card, with its verb and data. */
export function executeActions(card: unknown): { verb: string; data: unknown; title?: string }[] {
  const found: { verb: string; data: unknown; title?: string }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record['type'] === 'Action.Execute')
        found.push({ verb: String(record['verb']), data: record['data'], title: record['title'] as string });
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}
