// Quota Ledger: the only script. A table that scrolls sideways on a narrow screen must be reachable with the
// keyboard (WCAG 2.1.1), so it becomes focusable and names itself after its section's heading. A section marked
// data-follow-seconds (a running bulk job) is fetched again and swapped in place, rather than reloading the whole page
// under the reader's focus (WCAG 2.2.1, axe's meta-refresh rule); the page reloads once, when the job has finished.
// A long list of checkboxes (a facility for each site of a big installation) gets its filter field, which the page
// carries hidden so that without this script nothing offers a filter that does not work: typing hides the labels that
// do not match. A hidden box stays in the form, so a ticked one is still sent.
(function () {
  function follow(section) {
    var seconds = Number(section.getAttribute('data-follow-seconds')) || 2;
    setTimeout(function () {
      fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(section.id);
          if (!fresh) {
            return;
          }
          if (!fresh.hasAttribute('data-follow-seconds')) {
            window.location.reload();
            return;
          }
          section.replaceWith(fresh);
          markScrollable();
          follow(fresh);
        })
        .catch(function () { follow(section); });
    }, seconds * 1000);
  }

  function markScrollable() {
    document.querySelectorAll('table, .scroll').forEach(function (el) {
      var scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (scrolls && !el.hasAttribute('tabindex')) {
        el.setAttribute('tabindex', '0');
        var heading = el.closest('section, .card, main');
        heading = heading && heading.querySelector('h1, h2, h3');
        if (heading && !el.hasAttribute('aria-label')) {
          el.setAttribute('role', 'region');
          el.setAttribute('aria-label', heading.textContent.trim());
        }
      }
    });
  }
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function filterChecks(box) {
    var list = document.getElementById(box.getAttribute('data-filter-for'));
    var input = box.querySelector('input[type=search]');
    var status = box.querySelector('[data-words]');
    if (!list || !input) {
      return;
    }
    var labels = Array.prototype.slice.call(list.querySelectorAll('label'));
    function apply() {
      var wanted = fold(input.value.trim());
      var shown = 0;
      labels.forEach(function (label) {
        var match = wanted === '' || fold(label.textContent).indexOf(wanted) >= 0;
        label.hidden = !match;
        if (match) {
          shown++;
        }
      });
      if (status) {
        // Says how many ticked boxes there are, since some may be out of view; nothing until the reader filters.
        status.textContent = wanted === '' ? '' : status.getAttribute('data-words')
          .replace('%shown', shown).replace('%total', labels.length)
          .replace('%ticked', list.querySelectorAll('input[type=checkbox]:checked').length);
      }
    }
    input.addEventListener('input', apply);
    // Enter in the filter would send the whole form half filled in.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
      }
    });
    box.hidden = false;
    apply();
  }

  function start() {
    markScrollable();
    document.querySelectorAll('[data-filter-for]').forEach(filterChecks);
    document.querySelectorAll('[data-follow-seconds][id]').forEach(follow);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
  window.addEventListener('resize', markScrollable);
})();
