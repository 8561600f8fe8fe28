// The sources page: show only the fields the chosen source type uses; confirm a deletion.
(function () {
  function showFieldsFor(type) {
    document.querySelectorAll('#add-source [data-for]').forEach(function (label) {
      label.hidden = label.getAttribute('data-for').split(' ').indexOf(type) < 0;
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('source-type');
    if (select) {
      showFieldsFor(select.value);
      select.addEventListener('change', function () { showFieldsFor(select.value); });
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
