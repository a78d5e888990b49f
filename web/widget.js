/*!
 * FAQ bot chat widget: one script tag on a clinic page.
 *   <script src="https://bot.example.org/widget.js" data-title="Questions?" defer></script>
 * Vanilla JS, no build step. Isolated in an open Shadow DOM; every message is rendered with
 * textContent (never innerHTML); links come only from reply fields. Wire contract: protocol.md.
 */
(function () {
  'use strict';
  if (window.FaqBotWidget) return; // loaded twice = loaded once
  var api = window.FaqBotWidget = { version: '1' };

  // ---- configuration from our own <script> tag ----------------------------------------------
  var me = document.currentScript;
  if (!me || !/widget\.js([?#]|$)/.test(me.src || '')) {
    me = null;
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/widget\.js([?#]|$)/.test(all[i].src || '')) { me = all[i]; break; }
    }
  }
  function data(name, def) {
    var v = me && me.getAttribute('data-' + name);
    return v == null ? def : v;
  }
  var origin;
  try { origin = new URL(me.src, location.href).origin; } catch (e) { origin = location.origin; }
  var openAttr = data('open', null);
  var cfg = {
    title: data('title', '') || 'Questions? Ask us',
    color: data('color', '') || '#0b5cad',
    left: data('position', 'right') === 'left',
    open: openAttr != null && !/^(false|0|no|off)$/i.test(openAttr),
    greeting: data('greeting', '')
  };
  var WS_URL = origin.replace(/^http/, 'ws') + '/ws/chat';
  var API_URL = origin + '/api/chat';
  var KEY = 'faqbot:v1:' + origin;
  var DEFAULT_DISCLAIMER = 'General information only, not medical advice.';

  // ---- state, kept in sessionStorage so it survives navigation within the tab ----------------
  var st = load() || {};
  st.h = st.h || [];       // history: {k:'u', t, id} | {k:'b', r:reply}
  st.q = st.q || [];       // outbox: messages not yet handed to the server
  st.n = st.n || 0;        // message counter for ids
  st.cid = st.cid || 'w-' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10); // HTTP conversation
  var inflight = {}, answered = {}, lastWelcome = st.w || null;
  function load() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
  }
  function save() {
    if (st.h.length > 80) st.h = st.h.slice(-80);
    try { sessionStorage.setItem(KEY, JSON.stringify(st)); } catch (e) { /* storage off: fine */ }
  }

  // ---- small DOM helpers (no innerHTML anywhere) ----------------------------------------------
  function el(tag, cls, text, attrs) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function icon(d) {
    var ns = 'http://www.w3.org/2000/svg', s = document.createElementNS(ns, 'svg'), p = document.createElementNS(ns, 'path');
    s.setAttribute('viewBox', '0 0 24 24'); s.setAttribute('aria-hidden', 'true'); s.setAttribute('focusable', 'false');
    p.setAttribute('d', d); s.appendChild(p);
    return s;
  }
  function str(v) { return typeof v === 'string' ? v : ''; }
  function list(v) { return Array.isArray(v) ? v.filter(function (o) { return o && typeof o.intent === 'string' && typeof o.title === 'string'; }) : []; }
  function dial(n) { return str(n).replace(/[^0-9+*#]/g, ''); }

  var STYLE = [
    // Important declarations of the shadow tree beat the host page's, even its inline !important ones.
    ':host{all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important;top:auto!important;left:auto!important;right:0!important;bottom:0!important;width:0!important;height:0!important;overflow:visible!important;visibility:visible!important}',
    '.fb{--fb-brand:var(--faqbot-color,var(--fb-cfg-brand));--fb-on:var(--faqbot-on-color,var(--fb-cfg-on));--fb-ink:var(--faqbot-ink,#0f172a);--fb-bg:var(--faqbot-bg,#fff);--fb-muted:#475569;--fb-focus:var(--faqbot-focus,#1d4ed8);--fb-r:var(--faqbot-radius,14px);',
    'font:15px/1.45 var(--faqbot-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif);color:var(--fb-ink);text-align:left;direction:ltr;-webkit-text-size-adjust:100%}',
    '.fb *,.fb *::before,.fb *::after{box-sizing:border-box}',
    '[hidden]{display:none!important}',
    '.sr{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    'button,input{font:inherit;color:inherit;margin:0}',
    'svg{width:24px;height:24px;fill:currentColor}',
    ':focus{outline:none}',
    ':focus-visible{outline:3px solid var(--fb-focus);outline-offset:2px;box-shadow:0 0 0 2px #fff}',
    '.launcher{position:fixed;bottom:calc(20px + env(safe-area-inset-bottom));right:calc(20px + env(safe-area-inset-right));width:60px;height:60px;border:0;border-radius:50%;background:var(--fb-brand);color:var(--fb-on);cursor:pointer;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 16px rgba(0,0,0,.28);padding:0}',
    '.launcher svg{width:30px;height:30px}',
    '.badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#b91c1c;color:#fff;font-size:13px;font-weight:700;line-height:22px;text-align:center;border:2px solid #fff}',
    '.help{position:fixed;bottom:calc(34px + env(safe-area-inset-bottom));right:calc(92px + env(safe-area-inset-right));background:#fff;color:#991b1b;border:1px solid #991b1b;border-radius:16px;padding:5px 12px;font-size:13px;font-weight:600;text-decoration:none;box-shadow:0 2px 8px rgba(0,0,0,.18);white-space:nowrap}',
    '.help:hover{text-decoration:underline}',
    '.left .launcher{right:auto;left:calc(20px + env(safe-area-inset-left))}',
    '.left .help{right:auto;left:calc(92px + env(safe-area-inset-left))}',
    '.left .panel{right:auto;left:calc(20px + env(safe-area-inset-left))}',
    '.open .help{display:none}',
    '.panel{position:fixed;bottom:calc(92px + env(safe-area-inset-bottom));right:calc(20px + env(safe-area-inset-right));width:380px;max-width:calc(100vw - 40px);height:600px;max-height:calc(100vh - 112px);background:var(--fb-bg);border-radius:var(--fb-r);box-shadow:0 10px 40px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden;border:1px solid #cbd5e1;animation:fb-in .16s ease-out}',
    '@keyframes fb-in{from{opacity:0;transform:translateY(12px)}}',
    '.head{background:var(--fb-brand);color:var(--fb-on);padding:10px 8px 10px 16px;display:flex;align-items:center;gap:4px}',
    '.head :focus-visible{outline-color:currentColor;box-shadow:none}',
    '.ttl{flex:1;min-width:0}',
    'h2{margin:0;font-size:17px;font-weight:700;line-height:1.3;color:inherit;overflow-wrap:anywhere}',
    '.status{font-size:13px;display:flex;align-items:center;gap:6px}',
    '.dot{width:9px;height:9px;border-radius:50%;background:#fbbf24;border:1px solid #fff;flex:none}',
    '[data-state=online] .dot{background:#22c55e}',
    '[data-state=offline] .dot{background:#ef4444}',
    '.ib{width:44px;height:44px;border:0;border-radius:8px;background:transparent;color:inherit;cursor:pointer;display:flex;align-items:center;justify-content:center;padding:0;flex:none}',
    '.ib:hover{background:rgba(127,127,127,.25)}',
    '.disc{margin:0;padding:6px 16px;font-size:13px;color:var(--fb-muted);background:#f8fafc;border-bottom:1px solid #e2e8f0}',
    '.pin{padding:6px 14px;background:#fef2f2;border-bottom:2px solid #b91c1c;color:#7f1d1d;font-size:13px;display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 12px}',
    '.pin b{font-weight:700}',
    '.pin a{color:#991b1b;font-weight:700;padding:4px 0}',
    '.log{flex:1;overflow-y:auto;padding:14px 12px;display:flex;flex-direction:column;gap:10px;position:relative;overscroll-behavior:contain}',
    '.msg{max-width:88%;padding:9px 13px;border-radius:var(--fb-r);white-space:pre-wrap;overflow-wrap:anywhere}',
    '.bot{align-self:flex-start;background:#f1f5f9;color:var(--fb-ink);border-bottom-left-radius:4px}',
    '.user{align-self:flex-end;background:var(--fb-brand);color:var(--fb-on);border-bottom-right-radius:4px}',
    '.note{align-self:center;font-size:13px;color:var(--fb-muted);text-align:center}',
    '.wait{display:block;font-size:12px;opacity:.9;margin-top:2px}',
    '.chips{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start;max-width:100%}',
    '.chip{border:1px solid var(--fb-brand);background:#fff;color:var(--fb-ink);border-radius:18px;padding:6px 12px;min-height:36px;cursor:pointer;font-size:14px;text-align:left;line-height:1.3}',
    '.chip:hover{background:#f1f5f9}',
    '.crisis{align-self:stretch;border:2px solid #b91c1c;border-left-width:6px;border-radius:10px;background:#fff;padding:12px;color:#1f2937}',
    '.soft{border-width:1px 1px 1px 4px}',
    '.crisis .lead{margin:0 0 10px;white-space:pre-wrap}',
    '.crisis ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}',
    '.crisis li{margin:0;padding:0}',
    '.crisis strong{display:block;color:#7f1d1d}',
    '.crisis .det{display:block;font-size:13px;color:#374151}',
    '.acts{display:flex;flex-wrap:wrap;gap:6px;margin-top:4px}',
    '.acts a{display:inline-flex;align-items:center;min-height:40px;padding:6px 14px;border-radius:20px;background:#b91c1c;color:#fff;border:1px solid #b91c1c;font-weight:700;text-decoration:none;font-size:14px}',
    '.acts a:hover{text-decoration:underline}',
    '.acts.cl{align-self:flex-start;max-width:100%;margin-top:-4px}',
    '.acts.cl a{background:var(--fb-brand);color:var(--fb-on);border-color:var(--fb-brand)}',
    '.typing{align-self:flex-start;background:#f1f5f9;border-radius:var(--fb-r);padding:12px 14px;display:flex;gap:4px}',
    '.typing i{width:7px;height:7px;border-radius:50%;background:#64748b;animation:fb-b 1s infinite ease-in-out}',
    '.typing i:nth-child(2){animation-delay:.15s}.typing i:nth-child(3){animation-delay:.3s}',
    '@keyframes fb-b{0%,80%,100%{opacity:.3;transform:translateY(0)}40%{opacity:1;transform:translateY(-3px)}}',
    '.foot{border-top:1px solid #e2e8f0;padding:8px 10px calc(6px + env(safe-area-inset-bottom));background:var(--fb-bg)}',
    'form{display:flex;gap:6px;margin:0}',
    'input{flex:1;min-width:0;height:44px;border:1px solid #64748b;border-radius:22px;padding:0 16px;font-size:16px;background:#fff;color:var(--fb-ink)}',
    'input::placeholder{color:#64748b;opacity:1}',
    '.send{width:44px;height:44px;border:0;border-radius:50%;background:var(--fb-brand);color:var(--fb-on);cursor:pointer;display:flex;align-items:center;justify-content:center;padding:0;flex:none}',
    '.sub{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:2px 10px;margin-top:4px;font-size:13px}','.sub>*{white-space:nowrap}',
    '.sub a{color:#991b1b;font-weight:600}',
    '@media (max-width:639.98px),(max-height:520px){',
    '.panel,.left .panel{top:var(--fb-vv-top,0);left:0;right:0;bottom:auto;width:100%;max-width:none;height:var(--fb-vv-h,100%);max-height:none;border-radius:0;border:0;padding-top:env(safe-area-inset-top);padding-left:env(safe-area-inset-left);padding-right:env(safe-area-inset-right)}',
    '.open .launcher{display:none}',
    '.help{right:calc(88px + env(safe-area-inset-right))}}',
    '@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}',
    '@media (forced-colors:active){.launcher,.send,.chip,.acts a,.panel{border:1px solid CanvasText}}'
  ].join('\n');

  var ICON_CHAT = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z';
  var ICON_DOWN = 'M6.4 8.6 12 14.2l5.6-5.6L19 10l-7 7-7-7z';
  var ICON_X = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z';
  var ICON_CLEAR = 'M9 3h6l1 2h4v2H4V5h4zm-3 6h12l-1 12H7zm4 2v8h1.5v-8zm3.5 0v8H15v-8z';
  var ICON_SEND = 'M3 20.5 21 12 3 3.5V10l12 2-12 2z';

  var host, root, launcher, badge, panel, statusText, disc, pin, log, typing, input, isOpen = false, unread = 0, state;

  function ready(fn) {
    if (document.body) fn(); else document.addEventListener('DOMContentLoaded', fn);
  }

  ready(function () {
    host = document.createElement('faqbot-widget');
    var shadow = host.attachShadow({ mode: 'open' });
    if (shadow.adoptedStyleSheets && window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet(); // CSSOM: allowed under a strict style-src CSP
      sheet.replaceSync(STYLE);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      shadow.appendChild(el('style', null, STYLE));
    }
    root = el('div', 'fb' + (cfg.left ? ' left' : ''), null, { role: 'region', 'aria-label': cfg.title + ' (chat)' });
    shadow.appendChild(root);
    document.body.appendChild(host);
    theme();
    build();
    for (var i = 0; i < st.h.length; i++) renderEntry(st.h[i], false);
    renderPin();
    setDisclaimer(lastWelcome && lastWelcome.disclaimer);
    setState('idle');
    if (st.o || cfg.open) open(false);
    else if (st.q.length) connect();
    window.addEventListener('online', function () { retryNow(); });
    window.addEventListener('offline', function () { if (!(ws && ws.readyState === 1)) setState('offline'); });
  });

  function theme() {
    var c = cfg.color, probe = el('span');
    if (!(window.CSS && CSS.supports && CSS.supports('color', c))) c = '#0b5cad';
    root.style.setProperty('--fb-cfg-brand', c);
    probe.style.color = c;
    root.appendChild(probe);
    var m = (getComputedStyle(probe).color.match(/[\d.]+/g) || [11, 92, 173]).map(Number);
    root.removeChild(probe);
    var lum = [m[0], m[1], m[2]].map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    var L = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    // white text when it reaches 4.5:1, else near-black (the better of the two)
    root.style.setProperty('--fb-cfg-on', 1.05 / (L + 0.05) >= 4.5 || 1.05 / (L + 0.05) > (L + 0.05) / 0.0615 ? '#fff' : '#0f172a');
  }

  function build() {
    var help = el('a', 'help', 'In crisis? Call or text 988', { href: 'tel:988' });
    launcher = el('button', 'launcher', null, { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'fb-panel' });
    launcher.appendChild(icon(ICON_CHAT));
    badge = el('span', 'badge', null, { 'aria-hidden': 'true' });
    badge.hidden = true;
    launcher.appendChild(badge);
    launcher.addEventListener('click', function () { if (isOpen) close(); else open(true); });
    labelLauncher();

    panel = el('div', 'panel', null, { id: 'fb-panel', role: 'dialog', 'aria-labelledby': 'fb-title' });
    panel.hidden = true;
    var head = el('div', 'head'), ttl = el('div', 'ttl'), st1 = el('div', 'status');
    ttl.appendChild(el('h2', null, cfg.title, { id: 'fb-title' }));
    st1.appendChild(el('span', 'dot', null, { 'aria-hidden': 'true' }));
    statusText = el('span', 'stext');
    st1.appendChild(statusText);
    ttl.appendChild(st1);
    var clear = el('button', 'ib clear', null, { type: 'button', 'aria-label': 'Clear conversation', title: 'Clear conversation' });
    clear.appendChild(icon(ICON_CLEAR));
    clear.addEventListener('click', clearAll);
    var x = el('button', 'ib close', null, { type: 'button', 'aria-label': 'Close chat', title: 'Close chat' });
    x.appendChild(icon(ICON_X));
    x.addEventListener('click', close);
    head.appendChild(ttl); head.appendChild(clear); head.appendChild(x);
    disc = el('p', 'disc');
    pin = el('div', 'pin', null, { role: 'region', 'aria-label': 'Crisis help' });
    pin.hidden = true;
    log = el('div', 'log', null, { role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
    typing = el('div', 'typing', null, { 'aria-hidden': 'true' });
    typing.appendChild(el('i')); typing.appendChild(el('i')); typing.appendChild(el('i'));
    typing.hidden = true;

    var foot = el('div', 'foot'), form = el('form', null, null, { novalidate: '' });
    form.appendChild(el('label', 'sr', 'Your question', { 'for': 'fb-input' }));
    input = el('input', null, null, { id: 'fb-input', type: 'text', maxlength: '1000', autocomplete: 'off', enterkeyhint: 'send', placeholder: 'Ask a question\u2026' });
    var send = el('button', 'send', null, { type: 'submit', 'aria-label': 'Send' });
    send.appendChild(icon(ICON_SEND));
    form.appendChild(input); form.appendChild(send);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var t = input.value.trim();
      if (!t) return;
      input.value = '';
      ask({ text: t }, t);
    });
    var sub = el('div', 'sub');
    sub.appendChild(el('a', 'help-in', 'In crisis? Call or text 988', { href: 'tel:988' }));
    sub.appendChild(el('a', null, 'Emergency: call 911', { href: 'tel:911' }));
    foot.appendChild(form); foot.appendChild(sub);

    panel.appendChild(head); panel.appendChild(disc); panel.appendChild(pin); panel.appendChild(log); panel.appendChild(foot);
    root.addEventListener('keydown', function (e) {
      if (isOpen && (e.key === 'Escape' || e.key === 'Esc')) { e.preventDefault(); e.stopPropagation(); close(); }
    });
    root.appendChild(help); root.appendChild(panel); root.appendChild(launcher);
    if (window.visualViewport) {
      var fit = function () {
        root.style.setProperty('--fb-vv-h', visualViewport.height + 'px');
        root.style.setProperty('--fb-vv-top', visualViewport.offsetTop + 'px');
      };
      visualViewport.addEventListener('resize', fit);
      visualViewport.addEventListener('scroll', fit);
      fit();
    }
  }

  function labelLauncher() {
    launcher.setAttribute('aria-label', (isOpen ? 'Close chat: ' : 'Open chat: ') + cfg.title + (unread ? ' (' + unread + ' unread)' : ''));
    launcher.replaceChild(icon(isOpen ? ICON_DOWN : ICON_CHAT), launcher.firstChild);
  }

  function open(focus) {
    if (isOpen) return;
    isOpen = st.o = true;
    root.classList.add('open');
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    unread = 0; badge.hidden = true;
    labelLauncher();
    if (!st.h.length && cfg.greeting) addEntry({ k: 'b', r: { type: 'welcome', text: cfg.greeting, suggestions: [] } });
    save();
    connect();
    scrollEnd();
    if (focus) input.focus();
  }

  function close() {
    if (!isOpen) return;
    isOpen = st.o = false;
    root.classList.remove('open');
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    labelLauncher();
    save();
    launcher.focus();
  }

  function clearAll() {
    st.h = []; st.q = []; st.c = null; inflight = {};
    while (log.firstChild) log.removeChild(log.firstChild);
    renderPin();
    showTyping();
    if (lastWelcome) addEntry({ k: 'b', r: { type: 'welcome', text: cfg.greeting || lastWelcome.text, suggestions: lastWelcome.suggestions } });
    save();
    input.focus();
  }

  api.open = function () { ready(function () { open(true); }); };
  api.close = function () { ready(close); };
  api.clear = function () { ready(clearAll); };

  // ---- rendering ------------------------------------------------------------------------------
  function addEntry(entry) {
    st.h.push(entry);
    save();
    return renderEntry(entry, true);
  }

  function renderEntry(e, live) {
    var node;
    if (e.k === 'u') {
      node = el('div', 'msg user', e.t);
      node.setAttribute('data-id', e.id);
      if (isQueued(e.id)) node.appendChild(el('span', 'wait', 'Waiting to send\u2026'));
      append(node);
    } else if (e.k === 'b') {
      node = renderReply(e.r, live);
    }
    return node;
  }

  function renderReply(r, live) {
    var t = str(r.text), first;
    switch (r.type) {
      case 'crisis':
        first = crisisCard(r, live);
        append(first);
        if (r.answer && typeof r.answer === 'object') renderReply(r.answer.type ? r.answer : Object.assign({ type: 'answer' }, r.answer), live);
        return first;
      case 'error':
        return append(el('p', 'msg note', t || 'Sorry, that message could not be sent.'));
      case 'welcome':
      case 'answer':
      case 'clarify':
      case 'fallback':
      default:
        first = append(el('div', 'msg bot', t, { 'data-type': str(r.type) || 'answer' }));
        if (str(r.intent)) first.setAttribute('data-intent', r.intent);
        if (r.type === 'fallback' && str(r.phone)) {
          var acts = el('div', 'acts');
          acts.appendChild(el('a', null, 'Call ' + r.phone, { href: 'tel:' + dial(r.phone) }));
          append(acts);
        }
        if (actions(r).length) append(clinicActions(r));
        if (resources(r).length) append(crisisCard({ resources: r.resources }, false, true));
        chips(r.type === 'answer' ? r.followUps : r.type === 'clarify' ? r.options : r.suggestions,
          r.type === 'answer' ? 'Related questions' : r.type === 'clarify' ? 'Did you mean' : 'Suggested questions');
        return first;
    }
  }

  function chips(items, label) {
    items = list(items);
    if (!items.length) return;
    var g = el('div', 'chips', null, { role: 'group', 'aria-label': label });
    items.forEach(function (o) {
      var b = el('button', 'chip', o.title, { type: 'button', 'data-intent': o.intent });
      b.addEventListener('click', function () { ask({ intent: o.intent }, o.title); });
      g.appendChild(b);
    });
    append(g);
  }

  function links(res, compact) {
    var box = el('span', 'acts'), a;
    if (str(res.call)) box.appendChild(el('a', null, 'Call ' + res.call, { href: 'tel:' + dial(res.call) }));
    if (str(res.sms)) {
      var kw = str(res.keyword);
      box.appendChild(el('a', null, kw ? 'Text ' + kw + ' to ' + res.sms : 'Text ' + res.sms,
        { href: 'sms:' + dial(res.sms) + (kw ? '?&body=' + encodeURIComponent(kw) : '') }));
    }
    if (!compact && /^https:\/\//i.test(str(res.url))) {
      a = el('a', null, /chat/i.test(res.url) ? 'Chat online' : 'Website', { href: res.url, target: '_blank', rel: 'noopener noreferrer' });
      a.setAttribute('aria-label', a.textContent + ' with ' + str(res.name) + ' (opens in a new tab)');
      box.appendChild(a);
    }
    return box;
  }

  // an answer's buttons (protocol.md "actions"): tap-to-call, a map link, a web page or an e-mail address
  function actions(r) {
    return Array.isArray(r.actions) ? r.actions.filter(function (a) { return a && typeof a === 'object' && str(a.label); }) : [];
  }

  function clinicActions(r) {
    var es = r.lang === 'es', box = el('div', 'acts cl', null, { role: 'group', 'aria-label': es ? 'Opciones de contacto' : 'Contact options' });
    actions(r).forEach(function (a) {
      var web = str(a.map) || str(a.url), link = null;
      if (dial(a.call)) {
        link = el('a', null, a.label, { href: 'tel:' + dial(a.call) });
      } else if (/^https?:\/\/\S+$/i.test(web)) {
        link = el('a', null, a.label, { href: web, target: '_blank', rel: 'noopener noreferrer',
          'aria-label': a.label + (es ? ' (se abre en una pesta\u00f1a nueva)' : ' (opens in a new tab)') });
      } else if (/^mailto:[^\s@]+@\S+$/i.test(web)) {
        link = el('a', null, a.label, { href: web });
      }
      if (link) box.appendChild(link);
    });
    return box;
  }

  function resources(r) {
    return Array.isArray(r.resources) ? r.resources.filter(function (x) { return x && typeof x === 'object'; }) : [];
  }

  function crisisCard(r, live, soft) {
    var card = el('div', soft ? 'crisis soft' : 'crisis', null, live ? { role: 'alert' } : { role: 'group', 'aria-label': soft ? 'Emergency help' : 'Crisis help' });
    if (!soft) card.appendChild(el('p', 'lead', str(r.text) || 'You are not alone. Help is available right now.'));
    var ul = el('ul');
    resources(r).forEach(function (res) {
      var li = el('li');
      li.appendChild(el('strong', null, str(res.name) || str(res.id)));
      if (str(res.detail)) li.appendChild(el('span', 'det', res.detail));
      li.appendChild(links(res, false));
      ul.appendChild(li);
    });
    card.appendChild(ul);
    return card;
  }

  function renderPin() {
    while (pin.firstChild) pin.removeChild(pin.firstChild);
    pin.hidden = !st.c;
    if (!st.c) return;
    pin.appendChild(el('b', null, 'Help 24/7:'));
    resources(st.c).forEach(function (res) {
      var l = links(res, true);
      while (l.firstChild) pin.appendChild(l.firstChild);
    });
  }

  function append(node) {
    log.insertBefore(node, typing.parentNode === log ? typing : null);
    scrollEnd();
    return node;
  }
  function scrollEnd() { if (log) log.scrollTop = log.scrollHeight; }

  function showTyping() {
    var waiting = Object.keys(inflight).length > 0;
    typing.hidden = !waiting;
    if (waiting) { log.appendChild(typing); scrollEnd(); }
  }

  function setDisclaimer(t) { disc.textContent = str(t) || DEFAULT_DISCLAIMER; }

  function setState(s) {
    state = s;
    root.setAttribute('data-state', s);
    statusText.textContent = { idle: 'Ready', connecting: 'Connecting\u2026', online: 'Online', reconnecting: 'Reconnecting\u2026', offline: 'Offline, retrying' }[s];
  }

  // ---- conversation ---------------------------------------------------------------------------
  function isQueued(id) { return st.q.some(function (m) { return m.id === id; }); }

  function ask(body, shown) {
    var m = { type: 'ask', id: 'c-' + (++st.n) };
    if (body.intent) m.intent = body.intent; else m.text = body.text;
    st.q.push(m);
    addEntry({ k: 'u', t: shown, id: m.id });
    flush();
  }

  function markSent(id) {
    var n = log.querySelector('[data-id="' + id + '"] .wait');
    if (n) n.parentNode.removeChild(n);
  }

  function onReply(r) {
    if (r.type === 'welcome') return onWelcome(r);
    if (r.replyTo) {
      if (answered[r.replyTo]) return; // a duplicate after a resend
      answered[r.replyTo] = 1;
      delete inflight[r.replyTo];
    }
    showTyping();
    if (r.type === 'crisis') { st.c = { resources: resources(r) }; renderPin(); }
    var node = addEntry({ k: 'b', r: r });
    // a long reply is read from its start, not from its last line
    if (node && log.scrollHeight - node.offsetTop + 8 > log.clientHeight) log.scrollTop = node.offsetTop - 8;
    if (!isOpen) { unread++; badge.textContent = unread; badge.hidden = false; labelLauncher(); }
  }

  function onWelcome(w) {
    lastWelcome = st.w = { text: str(w.text), disclaimer: str(w.disclaimer), suggestions: list(w.suggestions) };
    setDisclaimer(w.disclaimer);
    var h = st.h;
    if (!h.length || (h.length === 1 && h[0].r && h[0].r.type === 'welcome')) {
      st.h = [];
      while (log.firstChild) log.removeChild(log.firstChild);
      addEntry({ k: 'b', r: { type: 'welcome', text: cfg.greeting || lastWelcome.text, suggestions: lastWelcome.suggestions } });
    }
    save();
  }

  // ---- connection: WebSocket with capped, jittered back-off; POST /api/chat as the fallback ---
  var ws = null, timer = null, attempts = 0, everOpened = false, posting = false;
  var httpMode = !window.WebSocket;

  function connect() {
    if (ws || timer) return;
    if (httpMode && !window.WebSocket) { setState('online'); flush(); return; }
    setState(attempts === 0 ? 'connecting' : attempts >= 4 ? 'offline' : 'reconnecting');
    var sock;
    try { sock = ws = new WebSocket(WS_URL); } catch (e) { ws = null; return failed(); }
    var hung = setTimeout(function () { if (sock.readyState === 0) sock.close(); }, 10000); // a handshake that never ends
    sock.onopen = function () {
      clearTimeout(hung);
      everOpened = true; attempts = 0; httpMode = false;
      setState('online');
      flush();
    };
    sock.onmessage = function (ev) {
      var r;
      try { r = JSON.parse(ev.data); } catch (e) { return; }
      if (r && typeof r === 'object' && typeof r.type === 'string') onReply(r);
    };
    sock.onclose = function () {
      clearTimeout(hung);
      if (ws !== sock) return;
      ws = null;
      // asks sent but not answered go back to the front of the queue
      var back = Object.keys(inflight).map(function (k) { return inflight[k]; });
      inflight = {};
      st.q = back.concat(st.q);
      save();
      showTyping();
      failed();
    };
  }

  function failed() {
    attempts++;
    if (!everOpened && attempts >= 2) httpMode = true; // the socket cannot be opened here: use HTTP meanwhile
    var cap = Math.min(30000, 500 * Math.pow(2, attempts - 1));
    var delay = cap / 2 + Math.random() * cap / 2;
    setState(navigator.onLine === false || attempts >= 4 ? 'offline' : 'reconnecting');
    timer = setTimeout(function () { timer = null; connect(); }, delay);
    flush();
  }

  function retryNow() {
    if (timer) { clearTimeout(timer); timer = null; }
    attempts = Math.min(attempts, 1);
    connect();
  }

  function flush() {
    if (ws && ws.readyState === 1) {
      while (st.q.length) {
        var m = st.q.shift();
        ws.send(JSON.stringify(m));
        inflight[m.id] = m;
        markSent(m.id);
      }
      save();
      showTyping();
      return;
    }
    if (!httpMode || posting || !st.q.length) return;
    var q = st.q[0];
    posting = true;
    fetch(API_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(Object.assign({ conversationId: st.cid }, q)), credentials: 'omit' })
      .then(function (res) {
        return res.json().catch(function () { return { type: 'error', code: 'server', text: 'Sorry, something went wrong. Please try again.' }; });
      })
      .then(function (r) {
        posting = false;
        st.q = st.q.filter(function (m) { return m.id !== q.id; });
        markSent(q.id);
        if (!ws) setState('online');
        r.replyTo = r.replyTo || q.id;
        onReply(r);
        flush();
      }, function () {
        posting = false;
        if (!ws) setState('offline');
      });
  }
})();
