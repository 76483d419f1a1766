import { makeDemoData } from '../app-context.js';
import {
  CORPUS_NOW,
  CORPUS_PARTS,
  loadCorpus,
  loadCorpusFile,
  report,
  runCorpus,
  type CorpusPart,
  type Report,
  type Scored,
} from './understanding-corpus.js';

/**
 * `npm run eval:understanding`: every line of the corpus (test/corpus) through samrad's question
 * reader, on the demo data at the corpus's moment. Prints, for the tuning part and the held-out
 * part, how many lines are right (intent and entities), accuracy per intent and per entity, the
 * intents taken for one another, and how often samrad says it does not know. Asserts nothing.
 * `--failures` lists the lines it got wrong; `--file F.jsonl` scores a file of the same format
 * instead (a probe set written apart from the corpus).
 */
const clock = { now: () => new Date(CORPUS_NOW) };
const data = await makeDemoData(clock);
const showFailures = process.argv.includes('--failures');
const fileIndex = process.argv.indexOf('--file');
const extraFile = fileIndex > 0 ? process.argv[fileIndex + 1] : undefined;

async function run(part: CorpusPart | { file: string }): Promise<Scored[]> {
  const lines = typeof part === 'string' ? loadCorpus(part) : loadCorpusFile(part.file);
  return runCorpus(lines, data, clock, typeof part === 'string' ? part : 'file');
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

function print(r: Report): void {
  console.log(`\n== ${r.part}: ${r.lines} lines ==`);
  console.log(`right (intent and entities): ${r.right}/${r.lines} = ${pct(r.right, r.lines)}`);
  console.log(`intent right:                ${r.intentRight}/${r.lines} = ${pct(r.intentRight, r.lines)}`);
  console.log(`"I don't know" answers:      ${r.refused} (${pct(r.refused, r.lines)} of lines)`);
  console.log(`out of scope answered with something else: ${r.outOfScopeAnswered} of ${r.outOfScope}`);
  console.log(
    `answered in the language asked in:          ${r.inLanguage}/${r.lines} = ${pct(r.inLanguage, r.lines)}`,
  );
  console.log(
    `replies showing what was expected:          ${r.answersRight}/${r.answersChecked} = ${pct(r.answersRight, r.answersChecked)}`,
  );
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

const parts: (CorpusPart | { file: string })[] = extraFile ? [{ file: extraFile }] : [...CORPUS_PARTS];
for (const part of parts) {
  const r = report(typeof part === 'string' ? part : part.file, await run(part));
  print(r);
  if (showFailures && part !== 'holdout') {
    console.log('\nwrong:');
    for (const s of r.failures)
      console.log(
        `  ${s.line.id} ${s.line.text}  [${s.line.intent} → ${s.intent}] ${JSON.stringify(s.entities)}`,
      );
    console.log('\nreplies lacking what was expected:');
    for (const s of r.scored.filter((x) => (x.answerMisses?.length ?? 0) > 0))
      console.log(`  ${s.line.id} ${s.line.text}  [lacks ${s.answerMisses?.join(', ')}]`);
    console.log('\nanswered in the other language:');
    for (const s of r.scored.filter((x) => x.replyLang !== x.line.lang))
      console.log(`  ${s.line.id} ${s.line.text}  [${s.line.lang} → ${s.replyLang}]`);
  }
}
