'use strict';
/*
 * Baseline: a plain NLP.js bot trained on the same intents/ files, scored on the regression suites
 * (src/test/resources/nlu/regression-intents*.tsv).
 *
 * Run from the repository root:  node src/bench/nlpjs/compare.js
 * (after `npm install --no-package-lock` in src/bench/nlpjs/).
 *
 * Variants
 *   plain    every intents/*.yml -> one NLP.js intent (id), utterances = examples + title. Nothing else.
 *   with-oos plain + intents/out-of-scope/examples.yml added as NLP.js's own fallback intent "None".
 *
 * Decision: NLP.js returns { intent, score }. Fallback = intent "None" (NLP.js itself maps any score below
 * its default threshold 0.5 to "None"; we also check score < 0.5 explicitly). Anything else is an answer.
 *
 * Metrics (same definitions as dev.faqbot.nlu.DevSetScore):
 *   in-scope top-1          = in-scope messages answered with the right intent / in-scope messages
 *   out-of-scope -> fallback = out-of-scope messages given the fallback / out-of-scope messages
 *   wrong answers           = (in-scope answered with a wrong intent + out-of-scope answered at all) / all messages
 *   (a fallback on an in-scope message is unhelpful, not wrong.)
 */
const fs = require('fs');
const path = require('path');
const { requireRepositoryRoot, loadIntents, loadOutOfScope, train, isFallback, THRESHOLD } = require('./bot');

const ROOT = process.cwd();
// regression suites: each was tuned after it was first measured, so they compare the two bots on equal terms but
// overstate both on messages nobody has seen
const DEV_SETS = [1, 2, 3, 4].map((n) => `src/test/resources/nlu/regression-intents${n === 1 ? '' : '-' + n}.tsv`);
const SHOW_MISTAKES = process.argv.includes('--mistakes');

requireRepositoryRoot();

function readTsv(file) {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error(`${file}: line without a TAB: ${line}`);
      return { label: line.slice(0, tab).trim(), text: line.slice(tab + 1).trim() };
    });
}

async function score(nlp, messages) {
  let inScope = 0, correct = 0, oos = 0, fallback = 0, wrong = 0;
  const mistakes = [];
  for (const m of messages) {
    const out = await nlp.process('en', m.text);
    const gotFallback = isFallback(out);
    const got = gotFallback ? 'fallback' : `answer ${out.intent} ${out.score.toFixed(2)}`;
    if (m.label === 'out-of-scope') {
      oos++;
      if (gotFallback) fallback++;
      else { wrong++; mistakes.push(`out-of-scope -> ${got} | ${m.text}`); }
    } else {
      inScope++;
      if (!gotFallback && out.intent === m.label) correct++;
      else {
        if (!gotFallback) wrong++;
        mistakes.push(`${m.label} -> ${got} | ${m.text}`);
      }
    }
  }
  return { inScope, correct, oos, fallback, wrong, mistakes };
}

const pct = (a, b) => (b === 0 ? 0 : (100 * a) / b).toFixed(1) + '%';

async function main() {
  const intents = loadIntents();
  const oos = loadOutOfScope();
  const pkg = (name) => require(`${name}/package.json`).version;
  console.log(`node ${process.version}, @nlpjs/basic ${pkg('@nlpjs/basic')}, @nlpjs/nlp ${pkg('@nlpjs/nlp')}, `
    + `@nlpjs/neural ${pkg('@nlpjs/neural')}, yaml ${pkg('yaml')}`);
  console.log(`${intents.length} intents, ${intents.reduce((n, i) => n + i.utterances.length, 0)} utterances `
    + `(examples + title); ${oos.length} out-of-scope examples; threshold ${THRESHOLD}`);
  const variants = [
    ['plain (intents only)', null],
    ['with out-of-scope as "None"', oos],
  ];
  const devSets = DEV_SETS.map((f) => ({ file: f, messages: readTsv(f) }));
  for (const [name, extra] of variants) {
    const t0 = Date.now();
    const nlp = await train(intents, extra);
    console.log(`\n== ${name}: trained in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    for (const ds of devSets) {
      const s = await score(nlp, ds.messages);
      console.log(`${path.basename(ds.file)}: in-scope top-1 ${pct(s.correct, s.inScope)} (${s.correct}/${s.inScope}), `
        + `out-of-scope -> fallback ${pct(s.fallback, s.oos)} (${s.fallback}/${s.oos}), `
        + `wrong answers ${pct(s.wrong, s.inScope + s.oos)} (${s.wrong}/${s.inScope + s.oos})`);
      if (SHOW_MISTAKES) for (const line of s.mistakes) console.log('  ' + line);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
