// Faire-Avec: warn before the session ends and let the person extend it; keep half-typed forms as drafts in this
// browser, so that nothing typed is lost (session expired, battery, closed tab). No inline script: strict CSP.
(function () {
  'use strict';
  var body = document.body;
  var PREFIX = 'faireavec-draft:';
  var PENDING = 'faireavec-draft-pending';
  var ownerMeta = document.querySelector('meta[name="faireavec-draft-owner"]');
  var owner = ownerMeta ? ownerMeta.getAttribute('content') : null;

  // ---- session warning ----
  var seconds = parseInt(body.getAttribute('data-session-seconds') || '0', 10);
  var warnBefore = parseInt(body.getAttribute('data-session-warn-before') || '120', 10);
  var warning = document.getElementById('session-warning');
  var extend = document.getElementById('session-extend');
  var timer = null;
  var endTimer = null;

  function schedule() {
    if (!seconds || !warning) { return; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(showWarning, Math.max(1, seconds - warnBefore) * 1000);
    // the session's end: this person's drafts leave the device (a shared computer left signed in)
    if (endTimer) { clearTimeout(endTimer); }
    endTimer = setTimeout(function () { clearDrafts(owner); }, seconds * 1000);
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
  // Drafts belong to the person signed in: they are kept under an opaque key of theirs (meta faireavec-draft-owner,
  // never the username), cleared at sign-out, on the sign-in page (data-drafts-signed-out) and at the session's
  // end, and deleted only once the server has accepted the form: the page after the redirect carries a flash
  // message (data-draft-accepted). A form that fails (server error, network) keeps its draft.
  function clearDrafts(who) {
    var prefix = PREFIX + (who ? who + ':' : '');
    try {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var k = localStorage.key(i);
        if (k && k.indexOf(prefix) === 0) { localStorage.removeItem(k); }
      }
      sessionStorage.removeItem(PENDING);
    } catch (e) { /* storage off: nothing kept */ }
  }

  function draftKey(form) {
    return PREFIX + owner + ':' + location.pathname + ':' + (form.getAttribute('action') || '');
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text')) && el.name;
    });
  }

  if (!owner) {
    // the sign-in page: whoever comes next finds no one's drafts; other pages without an owner (an error page) keep
    // them, so that a form the server failed to take is not lost
    if (document.querySelector('[data-drafts-signed-out]')) { clearDrafts(null); }
    return;
  }

  // the form sent from the previous page: accepted (success message) means its draft is done with
  try {
    var pending = sessionStorage.getItem(PENDING);
    if (pending) {
      sessionStorage.removeItem(PENDING);
      if (document.querySelector('[data-draft-accepted]') && pending.indexOf(PREFIX + owner + ':') === 0) {
        localStorage.removeItem(pending);
      }
    }
  } catch (e) { /* storage off */ }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-clears-drafts]'), function (form) {
    form.addEventListener('submit', function () { clearDrafts(null); });
  });

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
      // kept until the next page says the server accepted it; an error page or no answer keeps the draft
      try { sessionStorage.setItem(PENDING, key); } catch (e) { /* nothing to do */ }
    });
  });
})();
