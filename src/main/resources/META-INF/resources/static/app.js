// Quota Ledger: the only script. A table that scrolls sideways on a narrow screen must be reachable with the
// keyboard (WCAG 2.1.1), so it becomes focusable and names itself after its section's heading.
(function () {
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
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', markScrollable);
  } else {
    markScrollable();
  }
  window.addEventListener('resize', markScrollable);
})();
