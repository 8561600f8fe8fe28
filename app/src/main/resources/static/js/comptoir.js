// Comptoir's only script besides htmx: no inline scripts, so the Content-Security-Policy can forbid them.
(function () {
  // every htmx request carries the CSRF token of the page
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // selects marked data-autosubmit submit their form when changed (the workspace switcher)
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('select[data-autosubmit]')) {
      event.target.form.submit();
    }
  });
})();
