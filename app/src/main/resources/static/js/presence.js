// Live presence on a conversation page (no inline scripts: the Content-Security-Policy forbids them).
// Says every few seconds that this page is viewing (or typing a reply in) the conversation, listens to the
// conversation's server-sent events and shows who else is there; before a second reply it asks for a confirmation.
// Names come from the server as JSON and are written with textContent only, never as HTML.
(function () {
  var page = document.querySelector('main[data-presence]');
  var panel = document.getElementById('presence');
  if (!page || !panel || !window.EventSource || !window.fetch) {
    return;
  }
  var url = page.dataset.presence;
  var canType = page.dataset.canType === 'true';
  var others = [];
  var answeredBy = null;
  var confirmed = false;
  var lastTyping = 0;

  function headers() {
    var all = {'Content-Type': 'application/json'};
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      all[header.content] = token.content;
    }
    return all;
  }

  function beat(state) {
    return fetch(url, {method: 'POST', headers: headers(), credentials: 'same-origin', keepalive: state === 'left',
      body: JSON.stringify({state: state})}).catch(function () { /* the next beat tries again */ });
  }

  function say(template, user) {
    return template.split('{0}').join(user);
  }

  function typists() {
    return others.filter(function (p) { return p.state === 'typing'; }).map(function (p) { return p.user; });
  }

  function render() {
    var list = document.getElementById('presence-people');
    list.textContent = '';
    others.forEach(function (p) {
      var item = document.createElement('li');
      item.className = 'present ' + (p.state === 'typing' ? 'typing' : 'viewing');
      item.dataset.user = p.user;
      item.textContent = say(p.state === 'typing' ? panel.dataset.typing : panel.dataset.viewing, p.user);
      list.appendChild(item);
    });
    var answered = document.getElementById('presence-answered');
    if (answeredBy !== null) {
      answered.textContent = say(panel.dataset.answered, answeredBy);
      answered.hidden = false;
    }
  }

  var source = new EventSource(url, {withCredentials: true});
  source.addEventListener('presence', function (event) {
    others = JSON.parse(event.data).others || [];
    render();
  });
  source.addEventListener('answered', function (event) {
    answeredBy = JSON.parse(event.data).user;
    render();
  });

  beat('viewing');
  window.setInterval(function () {
    beat(Date.now() - lastTyping < 5000 ? 'typing' : 'viewing');
  }, 10000);
  window.addEventListener('pagehide', function () {
    source.close();
    beat('left');
  });

  var box = document.getElementById('reply-text');
  if (box && canType) {
    box.addEventListener('input', function () {
      var now = Date.now();
      if (now - lastTyping > 3000) {
        beat('typing');
      }
      lastTyping = now;
    });
  }

  // Before a reply: someone else typing right now asks for a second click (an answer already sent is the
  // server's guard, which shows it).
  var form = box ? box.form : null;
  if (form) {
    form.addEventListener('submit', function (event) {
      var typing = typists();
      if (confirmed || typing.length === 0) {
        return;
      }
      event.preventDefault();
      confirmed = true;
      var warning = document.getElementById('live-collision');
      warning.textContent = say(panel.dataset.warnTyping, typing.join(', '));
      warning.hidden = false;
      if (!form.querySelector('input[name="confirm"]')) {
        var confirm = document.createElement('input');
        confirm.type = 'hidden';
        confirm.name = 'confirm';
        confirm.value = 'true';
        form.appendChild(confirm);
      }
      var button = document.getElementById('send-reply');
      if (button) {
        button.textContent = panel.dataset.sendAnyway;
      }
    });
  }
})();
