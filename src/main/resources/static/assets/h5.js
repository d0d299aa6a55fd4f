/* Progressive enhancement of the 给代表留言 form: a character counter and photo previews.
   The form works the same without this file. */
(function () {
  'use strict';
  var text = document.querySelector('textarea[data-counter]');
  if (text) {
    var out = document.getElementById(text.getAttribute('data-counter'));
    var max = parseInt(text.getAttribute('maxlength'), 10) || 2000;
    var show = function () {
      var n = text.value.length;
      out.textContent = '已输入 ' + n + ' / ' + max + ' 字';
      out.className = n > max ? 'counter-over' : '';
    };
    text.addEventListener('input', show);
    show();
  }
  var input = document.getElementById('photos');
  var preview = document.getElementById('photo-preview');
  if (input && preview && window.URL && URL.createObjectURL) {
    input.addEventListener('change', function () {
      preview.textContent = '';
      var limit = parseInt(input.getAttribute('data-max'), 10) || 3;
      for (var i = 0; i < input.files.length && i < limit; i++) {
        var img = document.createElement('img');
        img.alt = '';
        img.src = URL.createObjectURL(input.files[i]);
        preview.appendChild(img);
      }
    });
  }
  // after a refused submission: bring the first field with an error into view and focus it
  var firstError = document.querySelector('.has-error input, .has-error textarea, .has-error select, #general-error');
  if (firstError) {
    firstError.scrollIntoView({block: 'center'});
    if (firstError.focus) { firstError.focus(); }
  }
  var form = document.getElementById('opinion-form');
  if (form) {
    form.addEventListener('submit', function () {
      var button = document.getElementById('submit-opinion');
      if (button) { button.disabled = true; button.textContent = '正在提交…'; }
    });
    // coming back with the browser's back button must not leave the button disabled
    window.addEventListener('pageshow', function () {
      var button = document.getElementById('submit-opinion');
      if (button) { button.disabled = false; button.textContent = '提交'; }
    });
  }
})();
