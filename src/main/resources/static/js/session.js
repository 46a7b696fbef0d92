// Faire-Avec: warn before the session ends and let the person extend it; keep half-typed forms as drafts in this
// browser, so that nothing typed is lost (session expired, battery, closed tab). No inline script: strict CSP.
(function () {
  'use strict';
  var body = document.body;

  // ---- session warning ----
  var seconds = parseInt(body.getAttribute('data-session-seconds') || '0', 10);
  var warnBefore = parseInt(body.getAttribute('data-session-warn-before') || '120', 10);
  var warning = document.getElementById('session-warning');
  var extend = document.getElementById('session-extend');
  var timer = null;

  function schedule() {
    if (!seconds || !warning) { return; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(showWarning, Math.max(1, seconds - warnBefore) * 1000);
  }

  function showWarning() {
    warning.hidden = false;
    extend.focus();
  }

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) { headers[header.getAttribute('content')] = token.getAttribute('content'); }
    return headers;
  }

  if (extend) {
    extend.addEventListener('click', function () {
      fetch('/session/keepalive', { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' })
        .then(function (response) {
          if (response.ok) { warning.hidden = true; schedule(); }
        });
    });
  }
  // lets tests (and assistive tools) show the warning now
  document.addEventListener('faireavec:session-warning', showWarning);
  schedule();

  // ---- drafts of forms with text areas ----
  function draftKey(form) {
    return 'faireavec-draft:' + location.pathname + ':' + (form.getAttribute('action') || '');
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text')) && el.name;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[method="post"]'), function (form) {
    if (!form.querySelector('textarea')) { return; }
    var key = draftKey(form);
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { saved = null; }
    var list = fields(form);
    var empty = list.every(function (el) { return !el.value; });
    if (saved && empty) {
      var restored = false;
      list.forEach(function (el) {
        if (saved[el.name]) { el.value = saved[el.name]; restored = true; }
      });
      var notice = document.getElementById('draft-restored');
      if (restored && notice) { notice.hidden = false; }
    }
    form.addEventListener('input', function () {
      var data = {};
      fields(form).forEach(function (el) { if (el.value) { data[el.name] = el.value; } });
      try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full or off: no draft */ }
    });
    form.addEventListener('submit', function () {
      // the server keeps what was typed if the form comes back with an error; a draft is for lost sessions
      try { localStorage.removeItem(key); } catch (e) { /* nothing to do */ }
    });
  });
})();
