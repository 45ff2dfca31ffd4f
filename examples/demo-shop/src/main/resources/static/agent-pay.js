// Pays an order through the buyer's local Relaypay agent (docs/agent.md), else points to the checkout.
(function () {
  'use strict';
  var box = document.getElementById('agent-checkout');
  var status = document.getElementById('agent-status');
  var pay = document.getElementById('agent-pay');
  var order = box.dataset.order;
  var agent = box.dataset.agent;
  // The agent admits a page only for the merchant key it names: a preflight has no body to name it in.
  var scope = '?merchant=' + encodeURIComponent(box.dataset.merchant) + '&kid=' + encodeURIComponent(box.dataset.kid);

  function show(state, text) {
    box.dataset.state = state;
    status.textContent = text;
  }

  function fallback(why) {
    pay.hidden = true;
    show('fallback', why + ' Pay at the Relaypay checkout below.');
  }

  function withTimeout(ms) {
    var controller = new AbortController();
    setTimeout(function () { controller.abort(); }, ms);
    return controller.signal;
  }

  function detect() {
    fetch(agent + '/v1/status' + scope, { signal: withTimeout(2000) })
      .then(function (r) { if (!r.ok) { throw new Error('agent answered ' + r.status); } return r.json(); })
      .then(function (s) {
        if (!s.enrolled) { fallback('The Relaypay agent on this computer is not enrolled yet.'); return; }
        pay.hidden = false;
        show('ready', 'The Relaypay agent is running on this computer.');
      })
      .catch(function () { fallback('The Relaypay agent is not running on this computer.'); });
  }

  function post(url, type, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body: body });
  }

  pay.addEventListener('click', function () {
    pay.disabled = true;
    show('paying', 'Confirm the payment with your PIN in the Relaypay agent window…');
    post('/orders/' + order + '/agent/token', 'application/x-www-form-urlencoded', '')
      .then(function (r) { if (!r.ok) { throw new Error('the shop could not prepare the payment'); } return r.json(); })
      .then(function (t) {
        return post(agent + '/v1/payments' + scope, 'application/json', JSON.stringify({ token: t.token }));
      })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        var result = answer.body;
        if (!answer.ok) { throw new Error('the agent refused: ' + (result.detail || result.title)); }
        if (result.status === 'canceled') { throw new Error('you canceled the payment'); }
        show('verifying', 'Paid. Checking the receipt…');
        return post('/orders/' + order + '/agent/receipt', 'application/x-www-form-urlencoded',
          new URLSearchParams({ receipt: result.receipt }).toString())
          .then(function (r) { return r.json(); });
      })
      .then(function (done) {
        if (done.status === 'paid') { show('paid', 'Paid.'); location.href = '/orders/' + order; return; }
        throw new Error(done.message);
      })
      .catch(function (e) {
        pay.disabled = false;
        show('failed', 'Not paid: ' + e.message + '.');
      });
  });

  detect();
}());
