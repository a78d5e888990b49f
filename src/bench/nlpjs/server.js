'use strict';
/*
 * The plain NLP.js bot (bot.js, with the out-of-scope examples as "None") serving the product's chat protocol over
 * WebSocket, so the product's own load client can drive both the same way and compare server CPU per reply.
 *
 * Run from the repository root:  node src/bench/nlpjs/server.js --port=8095
 * then:  mvn -Pbench test-compile exec:exec -Dbench.main=dev.faqbot.bench.LoadClient \
 *          -Dbench.args="--url=ws://127.0.0.1:8095/ws/chat --pid=<the pid it prints> ..."
 *
 * Frames: a welcome on connect; each {"type":"ask","text":...,"id":...} gets {"type":"answer",...} with the intent's
 * curated answer, or {"type":"fallback",...}, with "replyTo" set to the ask's id. No crisis screening, no
 * conversation, no Spanish: it is the floor of what a keyword-and-n-gram bot costs, not a product.
 */
const { WebSocketServer } = require('ws');
const { requireRepositoryRoot, loadIntents, loadOutOfScope, train, isFallback } = require('./bot');

const PORT = Number((process.argv.find((a) => a.startsWith('--port=')) || '--port=8095').slice('--port='.length));
const FALLBACK_TEXT = "I'm not sure I can answer that. I can help with common questions about ketamine treatment.";

async function main() {
  requireRepositoryRoot();
  const intents = loadIntents();
  const answers = new Map(intents.map((i) => [i.id, i.answer]));
  const t0 = Date.now();
  const nlp = await train(intents, loadOutOfScope());
  const server = new WebSocketServer({ port: PORT, path: '/ws/chat', maxPayload: 8192 });
  server.on('connection', (socket) => {
    socket.send(JSON.stringify({ v: 1, type: 'welcome', text: 'Hi! Ask me about ketamine treatment.' }));
    socket.on('message', async (data) => {
      let ask;
      try {
        ask = JSON.parse(data);
      } catch (e) {
        socket.send(JSON.stringify({ v: 1, type: 'error', code: 'bad-request', message: 'not JSON' }));
        return;
      }
      const out = await nlp.process('en', String(ask.text || ''));
      const reply = isFallback(out)
        ? { type: 'fallback', text: FALLBACK_TEXT }
        : { type: 'answer', intent: out.intent, text: answers.get(out.intent), confidence: out.score };
      socket.send(JSON.stringify({ v: 1, ...reply, replyTo: ask.id }));
    });
  });
  console.log(`NLP.js peer trained in ${((Date.now() - t0) / 1000).toFixed(1)} s; ws://127.0.0.1:${PORT}/ws/chat (pid ${process.pid})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
