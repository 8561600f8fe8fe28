// The contact page: an erasure asks for confirmation first (CSP forbids inline handlers).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form.erase').forEach(form => {
    form.addEventListener('submit', event => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
