#!/usr/bin/env node
// Plain NLP.js peer of the clinic FAQ bot: trains one NLP.js model (en + es) on the bot's intent files
// and serves POST /api/chat, so the real bot can be measured against it on the same held-out questions.
//
// Usage: node train-and-serve.js [intentsDir] [port]
//   intentsDir  folder with the intent files (*.yml) and out-of-scope/examples.yml;
//               default ../../intents relative to this script
//   port        default 18099
//
// NLP.js is wired up as its docs show (dockStart with Basic + LangEs, addDocument per locale, train,
// process without a locale so NLP.js guesses en/es) with its defaults: the neural NLU, threshold 0.5.
// Not changed: anything that affects what the model answers. Changed, as the docs' own examples do:
// autoSave off (no model.nlp written) and the per-epoch training log off (stdout stays clean).
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const yaml = require('js-yaml');
const { dockStart } = require('@nlpjs/basic');

const LANGUAGES = ['en', 'es'];
const OUT_OF_SCOPE = '_out-of-scope';
const THRESHOLD = 0.5; // NLP.js's default nlp threshold; below it process() already answers None
const MAX_BODY = 64 * 1024;

function readYaml(file) {
  return yaml.load(fs.readFileSync(file, 'utf8'));
}

function stringList(value, where) {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new Error(`${where}: expected a list of strings`);
  }
  return value.map(String).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Every intent file directly in dir: { id, en: [...], es: [...] }. */
function loadIntents(dir) {
  const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new Error(`no intent files (*.yml) in ${dir}`);
  const seen = new Set();
  return files.map((f) => {
    const file = path.join(dir, f);
    const doc = readYaml(file);
    if (!doc || typeof doc.id !== 'string' || !doc.id) throw new Error(`${file}: missing id`);
    if (seen.has(doc.id)) throw new Error(`${file}: duplicate id ${doc.id}`);
    seen.add(doc.id);
    const en = stringList(doc.examples, `${file}: examples`);
    const es = doc.es && doc.es.examples !== undefined ? stringList(doc.es.examples, `${file}: es.examples`) : [];
    return { id: doc.id, en, es };
  });
}

/**
 * out-of-scope/examples.yml is one list, `examples`, split into sections by comment lines. A section whose
 * comment starts with "Spanish" holds Spanish messages (the file's own marking); every other section is
 * English. Returns { en: [...], es: [...] }.
 */
function loadOutOfScope(file) {
  if (!fs.existsSync(file)) return { en: [], es: [] };
  const text = fs.readFileSync(file, 'utf8');
  const examples = (yaml.load(text) || {}).examples || [];
  stringList(examples, `${file}: examples`); // type check
  // Walk the raw lines to give each list item the language of the comment block above it.
  const langs = [];
  let inList = false;
  let lang = 'en';
  let prevComment = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^examples:\s*$/.test(line)) { inList = true; continue; }
    if (!inList) continue;
    if (/^[^\s#]/.test(line)) break; // next top-level key
    const comment = line.match(/^\s*#\s?(.*)$/);
    if (comment) {
      if (!prevComment) lang = /^spanish\b/i.test(comment[1].trim()) ? 'es' : 'en';
      prevComment = true;
      continue;
    }
    prevComment = false;
    if (/^\s*-\s/.test(line)) langs.push(lang);
  }
  if (langs.length !== examples.length) {
    throw new Error(`${file}: ${langs.length} list lines but ${examples.length} examples (one example per line expected)`);
  }
  const out = { en: [], es: [] };
  examples.forEach((v, i) => {
    const s = String(v).trim();
    if (s) out[langs[i]].push(s);
  });
  return out;
}

async function train(intentsDir) {
  const intents = loadIntents(intentsDir);
  const oos = loadOutOfScope(path.join(intentsDir, 'out-of-scope', 'examples.yml'));

  const dock = await dockStart({ use: ['Basic', 'LangEs'] });
  const nlp = dock.get('nlp');
  nlp.settings.autoSave = false;
  const nluDefaults = dock.getContainer().getConfiguration('nlu-??');
  if (nluDefaults) nluDefaults.log = false;
  nlp.addLanguage(LANGUAGES);

  const counts = { en: 0, es: 0 };
  for (const intent of intents) {
    for (const lang of LANGUAGES) {
      for (const u of intent[lang]) { nlp.addDocument(lang, u, intent.id); counts[lang] += 1; }
    }
  }
  for (const lang of LANGUAGES) {
    for (const u of oos[lang]) { nlp.addDocument(lang, u, OUT_OF_SCOPE); counts[lang] += 1; }
  }

  const t0 = process.hrtime.bigint();
  await nlp.train();
  const trainMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return {
    nlp,
    intentIds: new Set(intents.map((i) => i.id)),
    stats: { intents: intents.length, counts, oos: { en: oos.en.length, es: oos.es.length }, trainMs },
  };
}

async function answer(nlp, intentIds, text) {
  if (!text.trim()) return { type: 'fallback', lang: 'en' };
  // nlp.process(text) guesses the language itself; the guess is made here first only so that a guess
  // outside en/es (NLP.js's guesser can name e.g. 'zh' for an emoji) is reported and processed as en.
  let lang = nlp.guessLanguage(text);
  if (!LANGUAGES.includes(lang)) lang = 'en';
  const r = await nlp.process(lang, text);
  if (r.intent && intentIds.has(r.intent) && r.score >= THRESHOLD) {
    return { type: 'answer', intent: r.intent, confidence: r.score, lang };
  }
  return { type: 'fallback', lang };
}

function send(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(data) });
  res.end(data);
}

function serve(nlp, intentIds, port) {
  const server = http.createServer((req, res) => {
    if (req.url.split('?')[0] !== '/api/chat') return send(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) { send(res, 413, { error: 'body too large' }); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', async () => {
      if (res.writableEnded) return;
      let body;
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch (e) { return send(res, 400, { error: 'invalid JSON' }); }
      if (!body || typeof body.text !== 'string') return send(res, 400, { error: 'expected {"text": "..."}' });
      try {
        send(res, 200, await answer(nlp, intentIds, body.text));
      } catch (e) {
        send(res, 500, { error: String(e && e.message) });
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

async function main() {
  const intentsDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'intents'));
  const port = Number(process.argv[3] || 18099);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`bad port: ${process.argv[3]}`);
  const { nlp, intentIds, stats } = await train(intentsDir);
  const mem = process.memoryUsage();
  const mib = (b) => (b / 1048576).toFixed(0);
  console.error(
    `trained ${stats.intents} intents + ${OUT_OF_SCOPE} from ${intentsDir}: ` +
      `${stats.counts.en} en / ${stats.counts.es} es examples (out-of-scope ${stats.oos.en} en / ${stats.oos.es} es) ` +
      `in ${(stats.trainMs / 1000).toFixed(1)} s; rss ${mib(mem.rss)} MiB, heap used ${mib(mem.heapUsed)} MiB, ` +
      `peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`
  );
  await serve(nlp, intentIds, port);
  console.log('ready');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
