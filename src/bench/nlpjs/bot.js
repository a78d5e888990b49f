'use strict';
/*
 * The plain NLP.js bot both benchmarks use: every intents/*.yml becomes one NLP.js intent (id), its utterances the
 * file's examples and title; intents/out-of-scope/examples.yml can be added as NLP.js's own fallback intent "None".
 * Read from the repository root (process.cwd()).
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { containerBootstrap, Nlp, LangEn } = require('@nlpjs/basic');

const ROOT = process.cwd();
const INTENTS = path.join(ROOT, 'intents');
const OOS_FILE = path.join(INTENTS, 'out-of-scope', 'examples.yml');
const THRESHOLD = 0.5; // NLP.js default settings.threshold
const FALLBACK_INTENT = 'None';

function requireRepositoryRoot() {
  if (!fs.existsSync(INTENTS)) {
    console.error(`No intents/ under ${ROOT}: run this from the repository root.`);
    process.exit(2);
  }
}

/** Every intent file as { id, utterances, answer }. */
function loadIntents() {
  const files = fs.readdirSync(INTENTS).filter((f) => f.endsWith('.yml')).sort();
  return files.map((f) => {
    const doc = YAML.parse(fs.readFileSync(path.join(INTENTS, f), 'utf8'));
    const utterances = [...(doc.examples || [])];
    if (doc.title) utterances.push(doc.title);
    return { id: doc.id, utterances: utterances.map(String), answer: String(doc.answer || '') };
  });
}

function loadOutOfScope() {
  const doc = YAML.parse(fs.readFileSync(OOS_FILE, 'utf8'));
  return (doc.examples || []).map(String);
}

async function train(intents, outOfScope) {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.addLanguage('en');
  for (const intent of intents) {
    for (const u of intent.utterances) nlp.addDocument('en', u, intent.id);
  }
  for (const u of outOfScope || []) nlp.addDocument('en', u, FALLBACK_INTENT);
  // NLP.js prints one "Epoch ..." line per training epoch to console.log; mute it during training only
  // (output noise, not a model setting).
  const log = console.log;
  console.log = () => {};
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  return nlp;
}

/** NLP.js's own fallback: intent "None", no intent, or a score below its default threshold. */
function isFallback(out) {
  return !out.intent || out.intent === FALLBACK_INTENT || out.score < THRESHOLD;
}

module.exports = { requireRepositoryRoot, loadIntents, loadOutOfScope, train, isFallback, THRESHOLD };
