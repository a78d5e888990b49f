/*!
 * FAQ bot chat widget: one script tag on a clinic page.
 *   <script src="https://bot.example.org/widget.js" data-title="Questions?" defer></script>
 * Plain modern JavaScript (ES2020), no framework, no build step. Isolated in an open Shadow DOM, styled by
 * widget.css from the same origin as this script. Every message is rendered with textContent (never innerHTML);
 * links come only from reply fields. Speaks English or Spanish: data-lang, else the page's lang, else the language
 * of the visitor's own words (each reply's lang). Wire contract: protocol.md.
 */
(function () {
  'use strict';
  if (window.FaqBotWidget) return; // loaded twice = loaded once
  const api = window.FaqBotWidget = { version: '1' };

  // ---- configuration from our own <script> tag ----------------------------------------------------------------
  const WIDGET_SRC = /widget\.js([?#]|$)/;
  const ownScript = findOwnScript();
  const serverOrigin = originOf(ownScript);
  const openAttribute = dataAttribute('open');
  const config = {
    title: dataAttribute('title') || '',
    color: dataAttribute('color') || '#0b5cad',
    onLeft: dataAttribute('position') === 'left',
    startOpen: openAttribute != null && !/^(false|0|no|off)$/i.test(openAttribute),
    greeting: dataAttribute('greeting') || '',
    pageLanguage: languageOf(dataAttribute('lang')) ?? languageOf(document.documentElement.lang) ?? 'en'
  };
  const SOCKET_URL = `${serverOrigin.replace(/^http/, 'ws')}/ws/chat`;
  const CHAT_API_URL = `${serverOrigin}/api/chat`;
  const STYLESHEET_URL = `${serverOrigin}/widget.css`;
  const STORAGE_KEY = `faqbot:v2:${serverOrigin}`;

  function findOwnScript() {
    const current = document.currentScript;
    if (current && WIDGET_SRC.test(current.src || '')) return current;
    const scripts = Array.from(document.getElementsByTagName('script')).reverse();
    return scripts.find((script) => WIDGET_SRC.test(script.src || '')) ?? null;
  }
  function dataAttribute(name) {
    return ownScript?.getAttribute(`data-${name}`) ?? null;
  }
  function originOf(script) {
    try { return new URL(script.src, location.href).origin; } catch { return location.origin; }
  }
  /** "en" or "es" from a language tag ("es-MX", "en"), or null for anything else. */
  function languageOf(tag) {
    const primary = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : '';
    return primary === 'en' || primary === 'es' ? primary : null;
  }

  // ---- the widget's own words, in English and Spanish (plain ASCII: accents as \u escapes) ---------------------
  const TEXT = {
    en: {
      defaultTitle: 'Questions? Ask us',
      defaultGreeting: 'Hi! Ask me anything about ketamine treatment.',
      defaultDisclaimer: 'General information only, not medical advice.',
      crisisLink: 'In crisis? Call or text 988',
      emergencyLink: 'Emergency: call 911',
      launcherLabel: (open, title, unread) => `${open ? 'Close chat' : 'Open chat'}: ${title}${unread ? ` (${unread} unread)` : ''}`,
      clearConversation: 'Clear conversation',
      closeChat: 'Close chat',
      conversation: 'Conversation',
      yourQuestion: 'Your question',
      placeholder: 'Ask a question\u2026',
      send: 'Send',
      waitingToSend: 'Waiting to send\u2026',
      states: { idle: 'Ready', connecting: 'Connecting\u2026', online: 'Online', reconnecting: 'Reconnecting\u2026', offline: 'Offline, retrying' },
      relatedQuestions: 'Related questions',
      didYouMean: 'Did you mean',
      suggestedQuestions: 'Suggested questions',
      contactOptions: 'Contact options',
      opensInNewTab: (label) => `${label} (opens in a new tab)`,
      crisisHelp: 'Crisis help',
      emergencyHelp: 'Emergency help',
      crisisLead: 'You are not alone. Help is available right now.',
      helpAroundTheClock: 'Help 24/7:',
      call: (number) => `Call ${number}`,
      textNumber: (number) => `Text ${number}`,
      textKeyword: (keyword, number) => `Text ${keyword} to ${number}`,
      chatOnline: 'Chat online',
      website: 'Website',
      withLineInNewTab: (label, line) => `${label} with ${line} (opens in a new tab)`,
      sendFailed: 'Sorry, that message could not be sent.',
      serverError: 'Sorry, something went wrong. Please try again.',
      errors: {}
    },
    es: {
      defaultTitle: '\u00bfPreguntas? Escr\u00edbanos',
      defaultGreeting: '\u00a1Hola! Preg\u00fanteme sobre el tratamiento con ketamina.',
      defaultDisclaimer: 'Informaci\u00f3n general, no es consejo m\u00e9dico. En una emergencia llame al 911; en una crisis llame o env\u00ede un texto al 988.',
      crisisLink: '\u00bfEn crisis? Llame o env\u00ede un texto al 988',
      emergencyLink: 'Emergencia: llame al 911',
      launcherLabel: (open, title, unread) => `${open ? 'Cerrar el chat' : 'Abrir el chat'}: ${title}${unread ? ` (${unread} sin leer)` : ''}`,
      clearConversation: 'Borrar la conversaci\u00f3n',
      closeChat: 'Cerrar el chat',
      conversation: 'Conversaci\u00f3n',
      yourQuestion: 'Su pregunta',
      placeholder: 'Escriba su pregunta\u2026',
      send: 'Enviar',
      waitingToSend: 'Esperando para enviar\u2026',
      states: { idle: 'Listo', connecting: 'Conectando\u2026', online: 'En l\u00ednea', reconnecting: 'Reconectando\u2026', offline: 'Sin conexi\u00f3n, reintentando' },
      relatedQuestions: 'Preguntas relacionadas',
      didYouMean: '\u00bfQuiso decir?',
      suggestedQuestions: 'Preguntas sugeridas',
      contactOptions: 'Opciones de contacto',
      opensInNewTab: (label) => `${label} (se abre en una pesta\u00f1a nueva)`,
      crisisHelp: 'Ayuda en crisis',
      emergencyHelp: 'Ayuda de emergencia',
      crisisLead: 'No tiene que pasar por esto a solas. Hay ayuda disponible ahora mismo.',
      helpAroundTheClock: 'Ayuda las 24 horas:',
      call: (number) => `Llamar al ${number}`,
      textNumber: (number) => `Enviar un texto al ${number}`,
      textKeyword: (keyword, number) => `Enviar ${keyword} al ${number}`,
      chatOnline: 'Chat en l\u00ednea',
      website: 'Sitio web',
      withLineInNewTab: (label, line) => `${label} con ${line} (se abre en una pesta\u00f1a nueva)`,
      sendFailed: 'Lo sentimos, no se pudo enviar ese mensaje.',
      serverError: 'Lo sentimos, algo sali\u00f3 mal. Int\u00e9ntelo de nuevo.',
      // the server's error replies are in English (protocol.md error codes); a Spanish interface shows these instead
      errors: {
        'invalid-json': 'Lo sentimos, no se pudo leer ese mensaje. Env\u00edelo de nuevo.',
        'invalid-message': 'Lo sentimos, ese mensaje ten\u00eda una forma inesperada. Escriba su pregunta de nuevo.',
        'unsupported-type': 'Lo sentimos, ese tipo de mensaje no es compatible. Escriba su pregunta.',
        'empty': 'Escriba una pregunta.',
        'too-long': 'Ese mensaje es demasiado largo. Haga una pregunta corta a la vez.',
        'unknown-intent': 'Lo sentimos, esa sugerencia ya no est\u00e1 disponible. Escriba su pregunta.',
        'binary-not-supported': 'Env\u00ede su pregunta como texto.',
        'rate-limited': 'Est\u00e1 enviando mensajes m\u00e1s r\u00e1pido de lo que puedo responder. Espere un momento e int\u00e9ntelo de nuevo.',
        'internal': 'Lo sentimos, algo sali\u00f3 mal de nuestro lado. Int\u00e9ntelo de nuevo.',
        'server': 'Lo sentimos, algo sali\u00f3 mal. Int\u00e9ntelo de nuevo.'
      }
    }
  };
  /** Replies in these types are in the visitor's own language: the interface follows them. */
  const REPLIES_IN_THE_VISITORS_LANGUAGE = new Set(['answer', 'clarify', 'fallback', 'crisis']);

  // ---- the conversation, kept in sessionStorage so it survives navigation within the tab ---------------------
  const saved = readSavedConversation() ?? {};
  const conversation = {
    history: Array.isArray(saved.history) ? saved.history : [], // {from: 'visitor', text, id} | {from: 'bot', reply}
    outbox: Array.isArray(saved.outbox) ? saved.outbox : [], // messages not yet handed to the server
    messageCount: Number(saved.messageCount) || 0, // for message ids
    httpConversationId: saved.httpConversationId || `w-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`,
    panelOpen: saved.panelOpen === true,
    crisisLines: saved.crisisLines ?? null, // {resources, lang} of the last crisis reply, pinned above the log
    welcome: saved.welcome ?? null, // {text, disclaimer, suggestions, lang} of the server's last welcome
    language: languageOf(saved.language) // the visitor's language as the last reply gave it; null: the page's
  };
  const awaitingReply = new Map(); // id -> message sent on the socket, not yet answered
  const answeredIds = new Set();

  function readSavedConversation() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY)); } catch { return null; }
  }
  function saveConversation() {
    if (conversation.history.length > 80) conversation.history = conversation.history.slice(-80);
    try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(conversation)); } catch { /* storage off: fine */ }
  }
  function interfaceLanguage() {
    return conversation.language ?? config.pageLanguage;
  }
  /** The words for a reply's language, or the interface's when the reply does not say. */
  function wordsFor(lang) {
    return TEXT[languageOf(lang) ?? interfaceLanguage()];
  }

  // ---- small DOM and data helpers (no innerHTML anywhere) -----------------------------------------------------
  function element(tag, className, text, attributes = {}) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }
  function svgIcon(path) {
    const SVG = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(SVG, 'svg');
    const shape = document.createElementNS(SVG, 'path');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    shape.setAttribute('d', path);
    svg.appendChild(shape);
    return svg;
  }
  const textOf = (value) => (typeof value === 'string' ? value : '');
  const intentOptions = (value) => (Array.isArray(value)
    ? value.filter((option) => typeof option?.intent === 'string' && typeof option.title === 'string') : []);
  const crisisResources = (reply) => (Array.isArray(reply.resources)
    ? reply.resources.filter((line) => line && typeof line === 'object') : []);
  const clinicActions = (reply) => (Array.isArray(reply.actions)
    ? reply.actions.filter((action) => action && typeof action === 'object' && textOf(action.label)) : []);
  const dialable = (number) => textOf(number).replace(/[^0-9+*#]/g, '');

  const ICON_CHAT = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z';
  const ICON_DOWN = 'M6.4 8.6 12 14.2l5.6-5.6L19 10l-7 7-7-7z';
  const ICON_CLOSE = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z';
  const ICON_CLEAR = 'M9 3h6l1 2h4v2H4V5h4zm-3 6h12l-1 12H7zm4 2v8h1.5v-8zm3.5 0v8H15v-8z';
  const ICON_SEND = 'M3 20.5 21 12 3 3.5V10l12 2-12 2z';

  // ---- mounting: styles first, then the interface, then the saved conversation ----------------------------------
  const ui = {}; // the widget's elements, by role
  let panelOpen = false;
  let unreadCount = 0;
  let connectionState = 'idle';

  async function mount() {
    const host = document.createElement('faqbot-widget');
    const shadow = host.attachShadow({ mode: 'open' });
    await loadStyles(shadow);
    ui.root = element('div', config.onLeft ? 'fb left' : 'fb', null, { role: 'region' });
    shadow.appendChild(ui.root);
    document.body.appendChild(host);
    applyBrandColor();
    buildInterface();
    applyLanguage();
    conversation.history.forEach((entry) => renderEntry(entry, false));
    renderCrisisPin();
    setConnectionState('idle');
    if (conversation.panelOpen || config.startOpen) openPanel(false);
    else if (conversation.outbox.length) connect();
    window.addEventListener('online', () => retryNow());
    window.addEventListener('offline', () => { if (socket?.readyState !== SOCKET_OPEN) setConnectionState('offline'); });
  }

  /**
   * widget.css from the origin this script came from, as a constructed stylesheet (CSSOM: allowed under a strict
   * style-src CSP; the host page's connect-src already allows this origin for the chat). Where it cannot be fetched
   * or constructed, a link to it (the host's style-src must then allow this origin).
   */
  async function loadStyles(shadow) {
    if ('adoptedStyleSheets' in shadow && window.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
      try {
        const response = await fetch(STYLESHEET_URL, { credentials: 'omit' });
        if (response.ok) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(await response.text());
          shadow.adoptedStyleSheets = [sheet];
          return;
        }
      } catch { /* not readable from this page: link it instead */ }
    }
    await new Promise((resolve) => {
      const link = element('link', null, null, { rel: 'stylesheet', href: STYLESHEET_URL });
      link.addEventListener('load', resolve);
      link.addEventListener('error', resolve);
      shadow.appendChild(link);
    });
  }

  /** The brand colour (data-color) and a text colour that reads on it (white from 4.5:1, else near-black). */
  function applyBrandColor() {
    const brand = window.CSS?.supports?.('color', config.color) ? config.color : '#0b5cad';
    ui.root.style.setProperty('--fb-cfg-brand', brand);
    const probe = element('span');
    probe.style.color = brand;
    ui.root.appendChild(probe);
    const [red, green, blue] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? [11, 92, 173]).map(Number);
    probe.remove();
    const linear = (channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    const luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    const contrastWithWhite = 1.05 / (luminance + 0.05);
    const contrastWithInk = (luminance + 0.05) / 0.0615;
    ui.root.style.setProperty('--fb-cfg-on', contrastWithWhite >= 4.5 || contrastWithWhite > contrastWithInk ? '#fff' : '#0f172a');
  }

  function buildInterface() {
    ui.crisisLink = element('a', 'help', null, { href: 'tel:988' });
    ui.launcher = element('button', 'launcher', null, { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'fb-panel' });
    ui.launcher.appendChild(svgIcon(ICON_CHAT));
    ui.badge = element('span', 'badge', null, { 'aria-hidden': 'true' });
    ui.badge.hidden = true;
    ui.launcher.appendChild(ui.badge);
    ui.launcher.addEventListener('click', () => (panelOpen ? closePanel() : openPanel(true)));

    ui.panel = element('div', 'panel', null, { id: 'fb-panel', role: 'dialog', 'aria-labelledby': 'fb-title' });
    ui.panel.hidden = true;
    const head = element('div', 'head');
    const heading = element('div', 'heading');
    const status = element('div', 'status');
    ui.title = element('h2', null, null, { id: 'fb-title' });
    ui.statusText = element('span', 'stext');
    status.append(element('span', 'status-dot', null, { 'aria-hidden': 'true' }), ui.statusText);
    heading.append(ui.title, status);
    ui.clearButton = element('button', 'icon-button clear', null, { type: 'button' });
    ui.clearButton.appendChild(svgIcon(ICON_CLEAR));
    ui.clearButton.addEventListener('click', clearConversation);
    ui.closeButton = element('button', 'icon-button close', null, { type: 'button' });
    ui.closeButton.appendChild(svgIcon(ICON_CLOSE));
    ui.closeButton.addEventListener('click', closePanel);
    head.append(heading, ui.clearButton, ui.closeButton);

    ui.disclaimer = element('p', 'disc');
    ui.crisisPin = element('div', 'pin', null, { role: 'region' });
    ui.crisisPin.hidden = true;
    ui.log = element('div', 'log', null, { role: 'log', 'aria-live': 'polite', tabindex: '0' });
    ui.typing = element('div', 'typing', null, { 'aria-hidden': 'true' });
    ui.typing.append(element('i'), element('i'), element('i'));
    ui.typing.hidden = true;

    const foot = element('div', 'foot');
    const form = element('form', null, null, { novalidate: '' });
    ui.inputLabel = element('label', 'visually-hidden', null, { for: 'fb-input' });
    ui.input = element('input', null, null, { id: 'fb-input', type: 'text', maxlength: '1000', autocomplete: 'off', enterkeyhint: 'send' });
    ui.sendButton = element('button', 'send', null, { type: 'submit' });
    ui.sendButton.appendChild(svgIcon(ICON_SEND));
    form.append(ui.inputLabel, ui.input, ui.sendButton);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const question = ui.input.value.trim();
      if (!question) return;
      ui.input.value = '';
      ask({ text: question }, question);
    });
    const links = element('div', 'sub');
    ui.crisisLinkInPanel = element('a', 'help-in', null, { href: 'tel:988' });
    ui.emergencyLink = element('a', null, null, { href: 'tel:911' });
    links.append(ui.crisisLinkInPanel, ui.emergencyLink);
    foot.append(form, links);

    ui.panel.append(head, ui.disclaimer, ui.crisisPin, ui.log, foot);
    ui.root.addEventListener('keydown', (event) => {
      if (panelOpen && (event.key === 'Escape' || event.key === 'Esc')) {
        event.preventDefault();
        event.stopPropagation();
        closePanel();
      }
    });
    ui.root.append(ui.crisisLink, ui.panel, ui.launcher);
    followVisualViewport();
  }

  /** On phones the panel fills the visual viewport, so the on-screen keyboard never covers the input. */
  function followVisualViewport() {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const fit = () => {
      ui.root.style.setProperty('--fb-vv-h', `${viewport.height}px`);
      ui.root.style.setProperty('--fb-vv-top', `${viewport.offsetTop}px`);
    };
    viewport.addEventListener('resize', fit);
    viewport.addEventListener('scroll', fit);
    fit();
  }

  /** Puts the interface's own words in its current language (the conversation's own messages stay as sent). */
  function applyLanguage() {
    const lang = interfaceLanguage();
    const words = TEXT[lang];
    const title = config.title || words.defaultTitle;
    ui.root.lang = lang;
    ui.root.setAttribute('aria-label', `${title} (chat)`);
    ui.title.textContent = title;
    ui.crisisLink.textContent = words.crisisLink;
    ui.crisisLinkInPanel.textContent = words.crisisLink;
    ui.emergencyLink.textContent = words.emergencyLink;
    for (const [button, label] of [[ui.clearButton, words.clearConversation], [ui.closeButton, words.closeChat]]) {
      button.setAttribute('aria-label', label);
      button.title = label;
    }
    ui.log.setAttribute('aria-label', words.conversation);
    ui.inputLabel.textContent = words.yourQuestion;
    ui.input.placeholder = words.placeholder;
    ui.sendButton.setAttribute('aria-label', words.send);
    showDisclaimer();
    setConnectionState(connectionState);
    labelLauncher();
  }

  function labelLauncher() {
    ui.launcher.setAttribute('aria-label', wordsFor().launcherLabel(panelOpen, config.title || wordsFor().defaultTitle, unreadCount));
    ui.launcher.replaceChild(svgIcon(panelOpen ? ICON_DOWN : ICON_CHAT), ui.launcher.firstChild);
  }

  function openPanel(moveFocus) {
    if (panelOpen) return;
    panelOpen = conversation.panelOpen = true;
    ui.root.classList.add('open');
    ui.panel.hidden = false;
    ui.launcher.setAttribute('aria-expanded', 'true');
    unreadCount = 0;
    ui.badge.hidden = true;
    labelLauncher();
    if (!conversation.history.length && config.greeting) {
      addEntry({ from: 'bot', reply: { type: 'welcome', text: config.greeting, suggestions: [], lang: interfaceLanguage() } });
    }
    saveConversation();
    connect();
    scrollToEnd();
    if (moveFocus) ui.input.focus();
  }

  function closePanel() {
    if (!panelOpen) return;
    panelOpen = conversation.panelOpen = false;
    ui.root.classList.remove('open');
    ui.panel.hidden = true;
    ui.launcher.setAttribute('aria-expanded', 'false');
    labelLauncher();
    saveConversation();
    ui.launcher.focus();
  }

  function clearConversation() {
    conversation.history = [];
    conversation.outbox = [];
    conversation.crisisLines = null;
    conversation.language = null;
    awaitingReply.clear();
    ui.log.replaceChildren();
    applyLanguage();
    renderCrisisPin();
    showTypingWhileWaiting();
    if (conversation.welcome) addEntry({ from: 'bot', reply: welcomeAsShown() });
    saveConversation();
    ui.input.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------------------------
  function addEntry(entry) {
    conversation.history.push(entry);
    saveConversation();
    return renderEntry(entry, true);
  }

  function renderEntry(entry, live) {
    if (entry.from === 'visitor') {
      const bubble = element('div', 'msg user', entry.text, { 'data-id': entry.id });
      if (isQueued(entry.id)) bubble.appendChild(element('span', 'wait', wordsFor().waitingToSend));
      return appendToLog(bubble);
    }
    return entry.from === 'bot' && entry.reply ? renderReply(entry.reply, live) : null;
  }

  function renderReply(reply, live) {
    const lang = languageOf(reply.lang);
    const words = wordsFor(lang);
    if (reply.type === 'crisis') {
      const card = appendToLog(crisisCard(reply, live, false));
      if (reply.answer && typeof reply.answer === 'object') renderReply({ type: 'answer', ...reply.answer }, live);
      return card;
    }
    if (reply.type === 'error') {
      const note = appendToLog(element('p', 'msg note', errorText(reply)));
      note.lang = interfaceLanguage();
      return note;
    }
    const bubble = appendToLog(element('div', 'msg bot', textOf(reply.text), { 'data-type': textOf(reply.type) || 'answer' }));
    if (textOf(reply.intent)) bubble.setAttribute('data-intent', reply.intent);
    if (lang) bubble.lang = lang;
    if (clinicActions(reply).length) appendToLog(clinicActionLinks(reply));
    if (crisisResources(reply).length) appendToLog(crisisCard({ resources: reply.resources, lang: reply.lang }, false, true));
    if (reply.type === 'answer') appendChips(reply.followUps, words.relatedQuestions, lang);
    else if (reply.type === 'clarify') appendChips(reply.options, words.didYouMean, lang);
    else appendChips(reply.suggestions, words.suggestedQuestions, lang);
    return bubble;
  }

  /** The server's error text, or the widget's own Spanish one when the interface is Spanish (server errors are English). */
  function errorText(reply) {
    const lang = interfaceLanguage();
    if (lang === 'es' && reply.lang !== 'es') return TEXT.es.errors[reply.code] ?? TEXT.es.sendFailed;
    return textOf(reply.text) || TEXT[lang].sendFailed;
  }

  function appendChips(options, label, lang) {
    const valid = intentOptions(options);
    if (!valid.length) return;
    const group = element('div', 'chips', null, { role: 'group', 'aria-label': label });
    if (lang) group.lang = lang;
    for (const option of valid) {
      const chip = element('button', 'chip', option.title, { type: 'button', 'data-intent': option.intent });
      chip.addEventListener('click', () => ask({ intent: option.intent }, option.title));
      group.appendChild(chip);
    }
    appendToLog(group);
  }

  /** An answer's buttons (protocol.md "actions"): tap-to-call, a map link, a web page or an e-mail address. */
  function clinicActionLinks(reply) {
    const words = wordsFor(reply.lang);
    const group = element('div', 'acts cl', null, { role: 'group', 'aria-label': words.contactOptions });
    for (const action of clinicActions(reply)) {
      const webAddress = textOf(action.map) || textOf(action.url);
      if (dialable(action.call)) {
        group.appendChild(element('a', null, action.label, { href: `tel:${dialable(action.call)}` }));
      } else if (/^https?:\/\/\S+$/i.test(webAddress)) {
        group.appendChild(element('a', null, action.label, { href: webAddress, target: '_blank', rel: 'noopener noreferrer',
          'aria-label': words.opensInNewTab(action.label) }));
      } else if (/^mailto:[^\s@]+@\S+$/i.test(webAddress)) {
        group.appendChild(element('a', null, action.label, { href: webAddress }));
      }
    }
    return group;
  }

  /** A crisis line's ways in as links: call, text (with its keyword) and, unless compact, its chat or website. */
  function crisisLineLinks(line, compact, words) {
    const links = element('span', 'acts');
    if (textOf(line.call)) links.appendChild(element('a', null, words.call(line.call), { href: `tel:${dialable(line.call)}` }));
    if (textOf(line.sms)) {
      const keyword = textOf(line.keyword);
      const body = keyword ? `?&body=${encodeURIComponent(keyword)}` : '';
      links.appendChild(element('a', null, keyword ? words.textKeyword(keyword, line.sms) : words.textNumber(line.sms),
        { href: `sms:${dialable(line.sms)}${body}` }));
    }
    if (!compact && /^https:\/\//i.test(textOf(line.url))) {
      const label = /chat/i.test(line.url) ? words.chatOnline : words.website;
      links.appendChild(element('a', null, label, { href: line.url, target: '_blank', rel: 'noopener noreferrer',
        'aria-label': words.withLineInNewTab(label, textOf(line.name)) }));
    }
    return links;
  }

  /** The crisis card: the server's words and its lines, in the reply's language; soft: the emergency box under an answer. */
  function crisisCard(reply, live, soft) {
    const lang = languageOf(reply.lang);
    const words = wordsFor(lang);
    const card = element('div', soft ? 'crisis soft' : 'crisis', null,
      live ? { role: 'alert' } : { role: 'group', 'aria-label': soft ? words.emergencyHelp : words.crisisHelp });
    if (lang) card.lang = lang;
    if (!soft) card.appendChild(element('p', 'lead', textOf(reply.text) || words.crisisLead));
    const list = element('ul');
    for (const line of crisisResources(reply)) {
      const item = element('li');
      item.appendChild(element('strong', null, textOf(line.name) || textOf(line.id)));
      if (textOf(line.detail)) item.appendChild(element('span', 'detail', line.detail));
      item.appendChild(crisisLineLinks(line, false, words));
      list.appendChild(item);
    }
    card.appendChild(list);
    return card;
  }

  /** The last crisis reply's lines, pinned above the conversation until it is cleared. */
  function renderCrisisPin() {
    const pinned = conversation.crisisLines;
    ui.crisisPin.replaceChildren();
    ui.crisisPin.hidden = !pinned;
    if (!pinned) return;
    const words = wordsFor(pinned.lang);
    ui.crisisPin.lang = languageOf(pinned.lang) ?? interfaceLanguage();
    ui.crisisPin.setAttribute('aria-label', words.crisisHelp);
    ui.crisisPin.appendChild(element('b', null, words.helpAroundTheClock));
    for (const line of crisisResources(pinned)) ui.crisisPin.append(...crisisLineLinks(line, true, words).childNodes);
  }

  function appendToLog(node) {
    ui.log.insertBefore(node, ui.typing.parentNode === ui.log ? ui.typing : null);
    scrollToEnd();
    return node;
  }
  function scrollToEnd() {
    if (ui.log) ui.log.scrollTop = ui.log.scrollHeight;
  }

  function showTypingWhileWaiting() {
    const waiting = awaitingReply.size > 0;
    ui.typing.hidden = !waiting;
    if (waiting) {
      ui.log.appendChild(ui.typing);
      scrollToEnd();
    }
  }

  function showDisclaimer() {
    const welcome = conversation.welcome;
    const fromServer = welcome?.lang === interfaceLanguage() ? textOf(welcome.disclaimer) : '';
    ui.disclaimer.textContent = fromServer || wordsFor().defaultDisclaimer;
  }

  /** idle, connecting, online, reconnecting or offline (shown as the panel's status line and as data-state). */
  function setConnectionState(state) {
    connectionState = state;
    ui.root.setAttribute('data-state', state);
    ui.statusText.textContent = wordsFor().states[state];
  }

  // ---- the conversation -----------------------------------------------------------------------------------------
  function isQueued(id) {
    return conversation.outbox.some((message) => message.id === id);
  }

  /** Sends a question ({text}) or a tapped suggestion ({intent}), shown in the log as the visitor's own words. */
  function ask(content, shownText) {
    conversation.messageCount += 1;
    const message = { type: 'ask', id: `c-${conversation.messageCount}`, ...content, lang: interfaceLanguage() };
    conversation.outbox.push(message);
    addEntry({ from: 'visitor', text: shownText, id: message.id });
    sendOutbox();
  }

  function markSent(id) {
    ui.log.querySelector(`[data-id="${id}"] .wait`)?.remove();
  }

  function onReply(reply) {
    if (reply.type === 'welcome') {
      onWelcome(reply);
      return;
    }
    if (reply.replyTo) {
      if (answeredIds.has(reply.replyTo)) return; // a duplicate after a resend
      answeredIds.add(reply.replyTo);
      awaitingReply.delete(reply.replyTo);
    }
    showTypingWhileWaiting();
    followVisitorLanguage(reply);
    if (reply.type === 'crisis') {
      conversation.crisisLines = { resources: crisisResources(reply), lang: languageOf(reply.lang) };
      renderCrisisPin();
    }
    const node = addEntry({ from: 'bot', reply });
    // a long reply is read from its start, not from its last line
    if (node && ui.log.scrollHeight - node.offsetTop + 8 > ui.log.clientHeight) ui.log.scrollTop = node.offsetTop - 8;
    if (!panelOpen) {
      unreadCount += 1;
      ui.badge.textContent = unreadCount;
      ui.badge.hidden = false;
      labelLauncher();
    }
  }

  /** A reply in the visitor's own language (they wrote Spanish, or English) switches the interface to it. */
  function followVisitorLanguage(reply) {
    const lang = languageOf(reply.lang);
    if (!lang || !REPLIES_IN_THE_VISITORS_LANGUAGE.has(reply.type) || lang === interfaceLanguage()) return;
    conversation.language = lang;
    applyLanguage();
  }

  function onWelcome(reply) {
    conversation.welcome = {
      text: textOf(reply.text),
      disclaimer: textOf(reply.disclaimer),
      suggestions: intentOptions(reply.suggestions),
      lang: languageOf(reply.lang) ?? 'en'
    };
    showDisclaimer();
    const history = conversation.history;
    if (!history.length || (history.length === 1 && history[0].reply?.type === 'welcome')) {
      conversation.history = [];
      ui.log.replaceChildren();
      addEntry({ from: 'bot', reply: welcomeAsShown() });
    }
    saveConversation();
  }

  /**
   * The welcome in the interface's language: the page's greeting, else the server's welcome when it is in that
   * language, else the widget's own (the server's WebSocket welcome is English: its suggestions are then left out).
   */
  function welcomeAsShown() {
    const lang = interfaceLanguage();
    const welcome = conversation.welcome;
    const inLanguage = welcome?.lang === lang;
    return {
      type: 'welcome',
      text: config.greeting || (inLanguage && welcome.text) || TEXT[lang].defaultGreeting,
      suggestions: inLanguage ? welcome.suggestions : [],
      lang
    };
  }

  // ---- connection: WebSocket with capped, jittered back-off; POST /api/chat as the fallback ---------------------
  const SOCKET_CONNECTING = 0;
  const SOCKET_OPEN = 1;
  let socket = null;
  let retryTimer = null;
  let failedAttempts = 0;
  let socketEverOpened = false;
  let postInFlight = false;
  let httpMode = !window.WebSocket;

  function connect() {
    if (socket || retryTimer) return;
    if (httpMode && !window.WebSocket) {
      setConnectionState('online');
      sendOutbox();
      return;
    }
    setConnectionState(failedAttempts === 0 ? 'connecting' : failedAttempts >= 4 ? 'offline' : 'reconnecting');
    let opening;
    try {
      opening = socket = new WebSocket(SOCKET_URL);
    } catch {
      socket = null;
      connectionFailed();
      return;
    }
    const handshakeTimeout = setTimeout(() => { // a handshake that never ends
      if (opening.readyState === SOCKET_CONNECTING) opening.close();
    }, 10000);
    opening.onopen = () => {
      clearTimeout(handshakeTimeout);
      socketEverOpened = true;
      failedAttempts = 0;
      httpMode = false;
      setConnectionState('online');
      sendOutbox();
    };
    opening.onmessage = (event) => {
      let reply;
      try { reply = JSON.parse(event.data); } catch { return; }
      if (reply && typeof reply === 'object' && typeof reply.type === 'string') onReply(reply);
    };
    opening.onclose = () => {
      clearTimeout(handshakeTimeout);
      if (socket !== opening) return;
      socket = null;
      // asks sent but not answered go back to the front of the queue
      conversation.outbox = [...awaitingReply.values(), ...conversation.outbox];
      awaitingReply.clear();
      saveConversation();
      showTypingWhileWaiting();
      connectionFailed();
    };
  }

  function connectionFailed() {
    failedAttempts += 1;
    if (!socketEverOpened && failedAttempts >= 2) httpMode = true; // the socket cannot be opened here: use HTTP meanwhile
    const cap = Math.min(30000, 500 * 2 ** (failedAttempts - 1));
    const delay = cap / 2 + Math.random() * cap / 2;
    setConnectionState(navigator.onLine === false || failedAttempts >= 4 ? 'offline' : 'reconnecting');
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect();
    }, delay);
    sendOutbox();
  }

  function retryNow() {
    if (retryTimer) {
      clearTimeout(retryTimer);
      retryTimer = null;
    }
    failedAttempts = Math.min(failedAttempts, 1);
    connect();
  }

  function sendOutbox() {
    if (socket?.readyState === SOCKET_OPEN) {
      while (conversation.outbox.length) {
        const message = conversation.outbox.shift();
        socket.send(JSON.stringify(message));
        awaitingReply.set(message.id, message);
        markSent(message.id);
      }
      saveConversation();
      showTypingWhileWaiting();
      return;
    }
    if (httpMode && !postInFlight && conversation.outbox.length) postNext();
  }

  /** Sends the oldest queued message over HTTP (the socket cannot be opened here), then the next. */
  function postNext() {
    const message = conversation.outbox[0];
    postInFlight = true;
    fetch(CHAT_API_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: conversation.httpConversationId, ...message }),
      credentials: 'omit'
    })
      .then((response) => response.json().catch(() => null))
      .then((reply) => {
        postInFlight = false;
        conversation.outbox = conversation.outbox.filter((queued) => queued.id !== message.id);
        markSent(message.id);
        if (!socket) setConnectionState('online');
        const readable = reply && typeof reply === 'object' && typeof reply.type === 'string';
        onReply(readable ? { ...reply, replyTo: reply.replyTo || message.id }
          : { type: 'error', code: 'server', text: wordsFor().serverError, replyTo: message.id });
        sendOutbox();
      }, () => {
        postInFlight = false;
        if (!socket) setConnectionState('offline');
      });
  }

  // ---- start once the page has a body; the public API waits for the widget to be mounted --------------------------
  const mounted = new Promise((resolve) => {
    const start = () => mount().then(resolve);
    if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
  });
  api.open = () => { mounted.then(() => openPanel(true)); };
  api.close = () => { mounted.then(closePanel); };
  api.clear = () => { mounted.then(clearConversation); };
})();
