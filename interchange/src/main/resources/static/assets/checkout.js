/*
 * Relaypay checkout page: follows the payment's status without reloading (server-sent events,
 * else polling), counts the deadline down, and in the widget tells the merchant's page the outcome
 * with postMessage, addressed to the merchant's origin only. The page works without this script.
 */
(function () {
  'use strict';
  var TERMINAL = ['succeeded', 'failed', 'canceled', 'expired'];
  var source = null;
  var pollTimer = null;
  var countdownTimer = null;
  var told = false;

  function root() { return document.getElementById('checkout'); }

  function tellMerchant(status) {
    var el = root();
    var origin = el.getAttribute('data-merchant-origin');
    var mode = el.getAttribute('data-mode');
    var target = mode === 'popup' ? window.opener : (mode === 'frame' ? window.parent : null);
    if (!origin || !target || target === window || told) { return; }
    told = TERMINAL.indexOf(status) >= 0;
    target.postMessage({ type: 'relaypay.payment', id: el.getAttribute('data-payment'), status: status }, origin);
  }

  function startCountdown() {
    var el = root();
    var left = parseInt(el.getAttribute('data-seconds-left') || '0', 10);
    var out = document.getElementById('countdown');
    if (countdownTimer) { clearInterval(countdownTimer); }
    if (!out || left <= 0) { return; }
    var deadline = Date.now() + left * 1000;
    countdownTimer = setInterval(function () {
      var s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      out.textContent = Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2);
      if (s === 0) { clearInterval(countdownTimer); refresh(); }
    }, 1000);
  }

  function pageUrl() {
    var el = root();
    var mode = el.getAttribute('data-mode');
    return '/checkout/' + encodeURIComponent(el.getAttribute('data-payment')) + (mode === 'page' ? '' : '?mode=' + mode);
  }

  // Fetches the server-rendered page and swaps the card in place: one rendering for both paths.
  function refresh() {
    fetch(pageUrl(), { headers: { Accept: 'text/html' }, cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('checkout');
        if (!fresh) { return; }
        root().replaceWith(document.importNode(fresh, true));
        var title = document.getElementById('step-title');
        if (title) { title.focus(); }
        started();
      })
      .catch(function () { /* the next status update tries again */ });
  }

  function onStatus(s) {
    var el = root();
    if (!s || s.status === el.getAttribute('data-status')) { return; }
    tellMerchant(s.status);
    if (s.status === 'succeeded' && s.next_url && el.getAttribute('data-mode') === 'page') {
      window.location.assign(s.next_url);
      return;
    }
    refresh();
  }

  function poll() {
    if (pollTimer) { return; }
    pollTimer = setInterval(function () {
      fetch('/checkout/' + encodeURIComponent(root().getAttribute('data-payment')) + '/status', { cache: 'no-store' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(onStatus)
        .catch(function () {});
    }, 3000);
  }

  function follow() {
    var el = root();
    if (TERMINAL.indexOf(el.getAttribute('data-status')) >= 0) {
      if (source) { source.close(); source = null; }
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
      return;
    }
    if (source || pollTimer) { return; }
    if (window.EventSource) {
      source = new EventSource('/checkout/' + encodeURIComponent(el.getAttribute('data-payment')) + '/events');
      source.addEventListener('status', function (e) { onStatus(JSON.parse(e.data)); });
      source.onerror = function () {
        if (source && source.readyState === EventSource.CLOSED) { source = null; poll(); }
      };
    } else {
      poll();
    }
  }

  function started() {
    var el = root();
    if (!el) { return; }
    var status = el.getAttribute('data-status');
    if (TERMINAL.indexOf(status) >= 0) { tellMerchant(status); }
    startCountdown();
    follow();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', started);
  } else {
    started();
  }
}());
