/* The staff page (/staff): signs in with the staff token, kept in memory for this tab only and sent as an
   Authorization header (never a cookie), then fills the insights, try and content-health panels from /api/staff/.
   Everything from the server is rendered with textContent. */
(function () {
  'use strict';

  var token = null;
  var charts = {};
  var healthTimer = null;
  var strings = {};
  Array.prototype.forEach.call(document.querySelectorAll('#strings [data-k]'), function (el) {
    strings[el.getAttribute('data-k')] = el.textContent;
  });
  var lang = document.documentElement.lang || 'en';
  var TYPES = ['answer', 'clarify', 'fallback', 'crisis', 'error'];
  var COLORS = { answer: '#0b5cad', clarify: '#8a5a00', fallback: '#b3261e', crisis: '#6a1b9a', error: '#555555' };

  function $(id) { return document.getElementById(id); }

  function t(key, args) {
    var text = strings[key] || key;
    (args || []).forEach(function (arg, i) { text = text.split('{' + i + '}').join(String(arg)); });
    return text;
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function percent(x) { return (x * 100).toFixed(1) + '%'; }

  function when(iso) { return new Date(iso).toLocaleString(lang); }

  function api(path, options) {
    options = options || {};
    options.headers = Object.assign({ 'Authorization': 'Bearer ' + token }, options.headers || {});
    options.cache = 'no-store';
    return fetch(path, options).then(function (response) {
      if (response.status === 401 || response.status === 429 || response.status === 404) {
        var wait = response.headers.get('Retry-After');
        signOut(response.status === 429 ? t('wait', [wait || 1]) : t('refused'));
        throw new Error('refused');
      }
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response;
    });
  }

  function failed(statusId) {
    return function (error) {
      if (error.message !== 'refused') { $(statusId).textContent = t('error', [error.message]); }
    };
  }

  function signOut(message) {
    token = null;
    clearTimeout(healthTimer);
    $('panels').hidden = true;
    $('sign-out').hidden = true;
    $('login').hidden = false;
    $('login-status').textContent = message || '';
    $('token').value = '';
    $('token').focus();
  }

  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    token = $('token').value.trim();
    $('login-status').textContent = t('loading');
    api('/api/staff/session').then(function () {
      $('login-status').textContent = '';
      $('login').hidden = true;
      $('panels').hidden = false;
      $('sign-out').hidden = false;
      $('main').focus();
      loadInsights();
      loadHealth();
    }).catch(failed('login-status'));
  });

  $('sign-out').addEventListener('click', function () { signOut(''); });

  /* Insights */

  function chart(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options || {});
    charts[id] = new window.Chart($(id), config);
  }

  function fillTable(id, header, rows) {
    var table = $(id);
    if (header) {
      var head = table.tHead.rows[0];
      while (head.cells.length > 1) { head.deleteCell(1); }
      header.forEach(function (h) { var th = el('th', h); th.scope = 'col'; head.appendChild(th); });
    }
    var body = table.tBodies[0];
    body.textContent = '';
    rows.forEach(function (cells) {
      var tr = document.createElement('tr');
      cells.forEach(function (cell, i) {
        var td = el(i === 0 ? 'th' : 'td', cell);
        if (i === 0) { td.scope = 'row'; }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function loadInsights() {
    $('insights-status').textContent = t('loading');
    api('/api/staff/insights?days=' + $('days').value).then(function (r) { return r.json(); }).then(function (data) {
      $('insights-status').textContent = data.from + ' - ' + data.to + ' (UTC)';
      var labels = data.perDay.map(function (d) { return d.day; });
      var types = TYPES.slice();
      data.perDay.forEach(function (d) {
        Object.keys(d.replies).forEach(function (k) { if (types.indexOf(k) < 0) { types.push(k); } });
      });
      chart('per-day-chart', {
        type: 'bar',
        data: {
          labels: labels,
          datasets: types.map(function (type) {
            return { label: t('type.' + type), backgroundColor: COLORS[type] || '#999999',
              data: data.perDay.map(function (d) { return d.replies[type] || 0; }) };
          })
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
      });
      fillTable('per-day-table', types.map(function (type) { return t('type.' + type); }),
        data.perDay.map(function (d) { return [d.day].concat(types.map(function (type) { return d.replies[type] || 0; })); }));

      chart('intents-chart', {
        type: 'bar',
        data: { labels: data.topIntents.map(function (i) { return i.intent; }),
          datasets: [{ label: t('type.answer'), backgroundColor: COLORS.answer, data: data.topIntents.map(function (i) { return i.replies; }) }] },
        options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
      fillTable('intents-table', null, data.topIntents.length
        ? data.topIntents.map(function (i) { return [i.intent, i.replies]; }) : [[t('noIntents'), '']]);

      chart('rate-chart', {
        type: 'line',
        data: { labels: labels, datasets: [{ label: t('type.fallback'), borderColor: COLORS.fallback, backgroundColor: COLORS.fallback,
          data: data.perDay.map(function (d) { return Math.round(d.fallbackRate * 1000) / 10; }) }] },
        options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, suggestedMax: 100,
          ticks: { callback: function (v) { return v + '%'; } } } } }
      });
      fillTable('rate-table', null, data.perDay.map(function (d) { return [d.day, percent(d.fallbackRate)]; }));

      var table = $('unanswered-table');
      if (!data.textStored) {
        $('unanswered-note').textContent = t('noText');
        table.hidden = true;
      } else if (!data.unanswered.length) {
        $('unanswered-note').textContent = t('noUnanswered');
        table.hidden = true;
      } else {
        $('unanswered-note').textContent = '';
        table.hidden = false;
        fillTable('unanswered-table', null, data.unanswered.map(function (g) {
          return [g.count, g.examples.join(' | '), g.closestIntent || '-', g.lang];
        }));
      }
    }).catch(failed('insights-status'));
  }

  $('insights-form').addEventListener('submit', function (event) { event.preventDefault(); loadInsights(); });

  $('csv').addEventListener('click', function () {
    api('/api/insights/unanswered?format=csv&top=500&days=' + $('days').value).then(function (r) { return r.blob(); }).then(function (blob) {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'unanswered-questions.csv';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }).catch(failed('insights-status'));
  });

  /* Try */

  function line(parent, label, value) {
    var p = el('p');
    p.appendChild(el('strong', label + ': '));
    p.appendChild(document.createTextNode(value));
    parent.appendChild(p);
    return p;
  }

  function options(parent, label, list, format) {
    if (!list || !list.length) { return; }
    parent.appendChild(el('h4', label));
    var ul = el('ul');
    list.forEach(function (item) { ul.appendChild(el('li', format(item))); });
    parent.appendChild(ul);
  }

  $('try-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var out = $('try-result');
    out.textContent = t('loading');
    var body = { text: $('try-text').value, lang: $('try-lang').value || null,
      earlier: $('try-earlier').value.split('\n').filter(function (s) { return s.trim(); }) };
    api('/api/staff/try', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); }).then(function (v) {
        out.textContent = '';
        var reply = v.reply;
        line(out, t('replyType'), t('type.' + reply.type) + (reply.intent ? ' (' + reply.intent + ')' : '')
          + (reply.category ? ' (' + reply.category + ')' : '') + (reply.code ? ' (' + reply.code + ')' : '')).id = 'try-type';
        out.appendChild(el('h4', t('replyText')));
        out.appendChild(el('blockquote', reply.text, 'reply-text'));
        options(out, t('resources'), reply.resources, function (r) { return r.name + (r.call ? ', ' + r.call : '') + (r.detail ? ' - ' + r.detail : ''); });
        options(out, t('options'), reply.options || reply.followUps || reply.suggestions, function (o) { return o.title + ' (' + o.intent + ')'; });
        line(out, t('decidedBy'), t('by.' + v.decidedBy)).id = 'try-decided';
        if (v.crisis) {
          line(out, t('crisis'), v.crisis.category + ', ' + t('rule') + ' ' + v.crisis.rule + (v.crisis.negated ? ', ' + t('negated') : ''));
        }
        line(out, t('language'), v.lang);
        line(out, t('thresholds'), t('thresholdLine', [v.thresholds.answer, v.thresholds.clarifyMargin, v.thresholds.learnedCrisis]));
        var table = el('table');
        table.id = 'try-intents';
        table.appendChild(el('caption', t('topIntents')));
        var head = table.createTHead().insertRow();
        [t('topIntents'), t('score')].forEach(function (h) { var th = el('th', h); th.scope = 'col'; head.appendChild(th); });
        var body = table.createTBody();
        v.topIntents.forEach(function (s) {
          var tr = body.insertRow();
          var th = el('th', s.intent); th.scope = 'row'; tr.appendChild(th);
          tr.appendChild(el('td', s.probability.toFixed(3)));
        });
        out.appendChild(table);
      }).catch(function (error) { if (error.message !== 'refused') { out.textContent = t('error', [error.message]); } });
  });

  /* Content health */

  function list(id, items, empty) {
    var ul = $(id);
    ul.textContent = '';
    if (!items.length && empty) { ul.appendChild(el('li', empty)); }
    items.forEach(function (item) { ul.appendChild(el('li', item)); });
  }

  function loadHealth() {
    clearTimeout(healthTimer);
    api('/api/staff/health').then(function (r) { return r.json(); }).then(function (h) {
      $('model-hash').textContent = h.model.contentHash.substring(0, 12);
      $('model-hash').title = h.model.contentHash;
      $('model-loaded').textContent = when(h.model.loadedAt);
      $('model-intents').textContent = h.model.intents;
      $('model-training').textContent = h.model.trainingMillis;
      var reload = $('reload-status');
      reload.textContent = '';
      reload.appendChild(el('strong', h.lastReload.accepted ? t('accepted') : t('rejected'),
        h.lastReload.accepted ? 'ok' : 'bad'));
      reload.appendChild(document.createTextNode(' ' + t('reloadAt', [when(h.lastReload.at)])));
      list('reload-problems', h.lastReload.problems);
      var reviewing = h.staffRuleReview === 'computing';
      list('warnings', reviewing ? h.warnings.concat([t('rulesReviewing')]) : h.warnings, t('noWarnings'));
      var e = h.evaluation;
      var table = $('confusions');
      table.hidden = e.state !== 'ready';
      if (e.state === 'ready') {
        $('evaluation-status').textContent = t('evalSummary', [e.messages, percent(e.accuracy), percent(e.outOfScopeFallback), percent(e.wrongAnswerRate)]);
        fillTable('confusions', null, e.confusions.map(function (c) { return [c.count, c.expected, c.handledAs]; }));
      } else {
        $('evaluation-status').textContent = t(e.state === 'computing' ? 'computing' : e.state === 'off' ? 'evalOff' : 'evalFailed');
        if (e.state === 'computing') { healthTimer = setTimeout(loadHealth, 10000); }
      }
      if (reviewing && e.state !== 'computing') { healthTimer = setTimeout(loadHealth, 10000); }
    }).catch(failed('evaluation-status'));
  }

  $('health-refresh').addEventListener('click', loadHealth);
}());
