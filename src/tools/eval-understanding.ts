import { makeDemoData } from '../app-context.js';
import { swedishToday } from '../domain/calendar-date.js';
import type { Intent } from '../conversation/understanding/intent-table.js';
import { INTENTS } from '../conversation/understanding/intent-table.js';
import { continueTopic, topicOf, type ConversationTopic } from '../conversation/understanding/follow-up.js';
import { QuestionReader } from '../conversation/understanding/understand.js';
import {
  CORPUS_NOW,
  CORPUS_PARTS,
  conversations,
  loadCorpus,
  report,
  score,
  type CorpusEntities,
  type Report,
  type Scored,
} from './understanding-corpus.js';

/**
 * `npm run eval:understanding`: every line of the corpus (test/corpus) through samrad's question
 * reader, on the demo data at the corpus's moment. Prints, for the tuning part and the held-out
 * part, how many lines are right (intent and entities), accuracy per intent and per entity, the
 * intents taken for one another, and how often samrad says it does not know. Asserts nothing.
 * `--failures` lists the lines it got wrong.
 */
const clock = { now: () => new Date(CORPUS_NOW) };
const data = await makeDemoData(clock);
const reader = new QuestionReader(data);
const showFailures = process.argv.includes('--failures');

/** Reads a line as handleMessage does: in the light of what its conversation was about. */
function understand(
  text: string,
  topic: ConversationTopic | undefined,
): { intent: Intent; entities: CorpusEntities; topic: ConversationTopic | undefined } {
  const u = continueTopic(reader.read(text, swedishToday(clock.now())), topic);
  const intent: Intent = (INTENTS as string[]).includes(u.intent) ? (u.intent as Intent) : 'unknown';
  const { languageHint: _hint, cost: _cost, period, ...rest } = u.entities;
  return {
    intent,
    entities: { ...rest, ...(period ? { period: { from: period.from, to: period.to } } : {}) },
    topic: topicOf(u),
  };
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

function print(r: Report): void {
  console.log(`\n== ${r.part}: ${r.lines} lines ==`);
  console.log(`right (intent and entities): ${r.right}/${r.lines} = ${pct(r.right, r.lines)}`);
  console.log(`intent right:                ${r.intentRight}/${r.lines} = ${pct(r.intentRight, r.lines)}`);
  console.log(`"I don't know" answers:      ${r.refused} (${pct(r.refused, r.lines)} of lines)`);
  console.log(`out of scope answered with something else: ${r.outOfScopeAnswered} of ${r.outOfScope}`);
  console.log('\nper intent (lines, right):');
  for (const [intent, row] of [...r.perIntent].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(
      `  ${intent.padEnd(20)} ${String(row.lines).padStart(4)} ${pct(row.right, row.lines).padStart(8)}`,
    );
  console.log('\nper entity (checked, right):');
  for (const [kind, row] of r.perEntity)
    console.log(
      `  ${kind.padEnd(20)} ${String(row.checked).padStart(4)} ${pct(row.right, row.checked).padStart(8)}`,
    );
  console.log('\nconfusion (expected → understood, most frequent):');
  for (const [pair, n] of [...r.confusion].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${String(n).padStart(3)}  ${pair}`);
}

for (const part of CORPUS_PARTS) {
  const scored: Scored[] = [];
  for (const conversation of conversations(loadCorpus(part))) {
    let topic: ConversationTopic | undefined;
    for (const line of conversation) {
      const understood = understand(line.text, topic);
      topic = understood.topic;
      scored.push(score(line, understood.intent, understood.entities));
    }
  }
  const r = report(part, scored);
  print(r);
  if (showFailures && part === 'tune') {
    console.log('\nwrong:');
    for (const s of r.failures)
      console.log(
        `  ${s.line.id} ${s.line.text}  [${s.line.intent} → ${s.intent}] ${JSON.stringify(s.entities)}`,
      );
  }
}
