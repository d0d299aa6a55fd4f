// The station naming rule as the user types: asks the same check the server applies on save
// (GET /admin/registry/stations/name-check) and shows the answer under the name field. Without
// JavaScript the form still works: a refused name comes back next to the field after submit.
(function () {
  'use strict';
  var name = document.getElementById('name');
  if (!name || !name.dataset.checkUrl) {
    return;
  }
  var tier = document.getElementById('tier');
  var level = document.getElementById('administrativeLevel');
  var hint = document.getElementById('name-hint');
  var field = name.closest('.field');
  var timer = null;
  var latest = 0;

  function show(ok, text) {
    hint.textContent = text;
    hint.classList.toggle('field-error', !ok);
    hint.classList.toggle('hint', ok);
    hint.classList.toggle('name-ok', ok);
    field.classList.toggle('has-error', !ok);
  }

  function check() {
    if (!name.value.trim()) {
      return;
    }
    var asked = ++latest;
    var params = new URLSearchParams({
      name: name.value, tier: tier ? tier.value : '', level: level ? level.value : '',
      code: name.dataset.ownCode || ''
    });
    fetch(name.dataset.checkUrl + '?' + params.toString(), {
      headers: {Accept: 'application/json'}, credentials: 'same-origin'
    }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (answer) {
      if (answer && asked === latest) {
        show(answer.ok, answer.ok ? '✓ ' + answer.reason : answer.reason);
      }
    }).catch(function () { /* the server checks again on save */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  }

  name.addEventListener('input', later);
  if (tier) { tier.addEventListener('change', later); }
  if (level) { level.addEventListener('change', later); }
}());
