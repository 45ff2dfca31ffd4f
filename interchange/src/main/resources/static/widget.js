/*
 * Relaypay widget: opens the hosted checkout in a popup (an iframe overlay when popups are
 * blocked) and tells the page how the payment ended.
 *
 *   <script src="https://pay.example/widget.js" data-payment="pay_…"></script>   (renders a button)
 *   Relaypay.open(checkoutUrl, { onStatus: function (e) { … } })               (from your own button)
 *
 * Each outcome is also dispatched on document as a "relaypay:payment" CustomEvent whose detail is
 * { type: "relaypay.payment", id, status }. Messages are accepted only from the interchange's origin
 * (the origin this script was loaded from). Your server must still check the payment (webhook or
 * GET /v1/payments/{id}) before it delivers anything: a page can be tampered with.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var ORIGIN = new URL(script.src).origin;
  var TERMINAL = ['succeeded', 'failed', 'canceled', 'expired'];

  function overlay(url, close) {
    var shade = document.createElement('div');
    shade.setAttribute('role', 'dialog');
    shade.setAttribute('aria-modal', 'true');
    shade.setAttribute('aria-label', 'Relaypay payment');
    shade.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.55);' +
      'display:flex;align-items:center;justify-content:center';
    var frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'Relaypay payment';
    frame.style.cssText = 'width:100%;max-width:30rem;height:100%;max-height:44rem;border:0;background:#fff;border-radius:.75rem';
    var x = document.createElement('button');
    x.type = 'button';
    x.textContent = 'Close';
    x.style.cssText = 'position:absolute;top:.5rem;right:.5rem;padding:.5rem 1rem;font:inherit';
    x.addEventListener('click', close);
    shade.appendChild(frame);
    shade.appendChild(x);
    document.body.appendChild(shade);
    frame.focus();
    return { window: frame.contentWindow, remove: function () { shade.remove(); } };
  }

  function open(checkoutUrl, options) {
    options = options || {};
    var url = new URL(checkoutUrl, ORIGIN);
    if (url.origin !== ORIGIN || url.pathname.indexOf('/checkout/') !== 0) {
      throw new Error('Relaypay: the checkout URL must be a ' + ORIGIN + '/checkout/ address');
    }
    url.searchParams.set('mode', 'popup');
    var popup = window.open(url.toString(), 'relaypay', 'popup,width=440,height=720');
    var framed = null;
    if (!popup) {
      url.searchParams.set('mode', 'frame');
      framed = overlay(url.toString(), finish);
    }
    var source = popup || framed.window;

    function finish() {
      window.removeEventListener('message', onMessage);
      if (popup && !popup.closed) { popup.close(); }
      if (framed) { framed.remove(); }
    }

    function onMessage(event) {
      if (event.origin !== ORIGIN || event.source !== source) { return; }
      var data = event.data;
      if (!data || data.type !== 'relaypay.payment' || typeof data.status !== 'string') { return; }
      var detail = { type: data.type, id: String(data.id), status: data.status };
      if (typeof options.onStatus === 'function') { options.onStatus(detail); }
      document.dispatchEvent(new CustomEvent('relaypay:payment', { detail: detail }));
      if (TERMINAL.indexOf(data.status) >= 0) { finish(); }
    }

    window.addEventListener('message', onMessage);
    return { close: finish };
  }

  window.Relaypay = { open: open };

  var payment = script.getAttribute('data-payment');
  if (payment && /^pay_[0-9a-z]+$/.test(payment)) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'relaypay-button';
    button.textContent = script.getAttribute('data-label') || 'Pay with your phone';
    button.addEventListener('click', function () { open(ORIGIN + '/checkout/' + payment); });
    script.insertAdjacentElement('afterend', button);
  }
}());
