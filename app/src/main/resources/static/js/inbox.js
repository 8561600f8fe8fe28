// Keyboard shortcuts of the inbox (no inline scripts: the Content-Security-Policy forbids them).
// List: j/k move the selection, Enter or o opens, a assigns to me, e resolves.
// Conversation: a assigns to me, e resolves (or reopens), r goes to the reply box.
(function () {
  function typing(event) {
    var t = event.target;
    return event.ctrlKey || event.metaKey || event.altKey
      || (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('tr.conversation'));
  }

  function select(index) {
    var all = rows();
    if (all.length === 0) {
      return;
    }
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) { row.classList.toggle('selected', i === index); });
    all[index].scrollIntoView({block: 'nearest'});
  }

  function selectedIndex() {
    return rows().findIndex(function (row) { return row.classList.contains('selected'); });
  }

  function quick(row, field, value) {
    var form = document.getElementById('quick');
    if (!form || !row) {
      return;
    }
    form.action = row.dataset.update;
    var input = form.querySelector('input[name="' + field + '"]');
    input.disabled = false;
    input.value = value;
    form.submit();
  }

  function click(id) {
    var element = document.getElementById(id);
    if (element) {
      element.click();
    }
  }

  document.addEventListener('keydown', function (event) {
    if (typing(event)) {
      return;
    }
    var list = rows().length > 0;
    var row = list ? rows()[selectedIndex()] : null;
    switch (event.key) {
      case 'j':
        if (list) { select(selectedIndex() + 1); }
        break;
      case 'k':
        if (list) { select(selectedIndex() < 0 ? 0 : selectedIndex() - 1); }
        break;
      case 'Enter':
      case 'o':
        if (row) { window.location.href = row.dataset.href; }
        break;
      case 'a':
        if (list) { quick(row, 'assignee', 'me'); } else { click('assign-me'); }
        break;
      case 'e':
        if (list) { quick(row, 'status', 'resolved'); } else { click('resolve'); }
        break;
      case 'r':
        var box = document.getElementById('reply-text');
        if (box) { event.preventDefault(); box.focus(); }
        break;
      default:
        return;
    }
  });

  document.addEventListener('click', function (event) {
    var row = event.target.closest && event.target.closest('tr.conversation');
    if (row && !event.target.closest('a')) {
      window.location.href = row.dataset.href;
    }
  });
})();
