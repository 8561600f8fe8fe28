// The import page: files dropped or chosen, a preview of each (rendered and escaped by the server), then one
// upload per file with its format and column mapping. Text from the user's files (names) only via textContent.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (!form) {
    return;
  }
  var maxBytes = Number(form.dataset.maxBytes);
  var drop = document.getElementById('drop');
  var input = document.getElementById('file');
  var list = document.getElementById('files');
  var template = document.getElementById('file-card');
  var errorBox = document.getElementById('upload-error');
  var start = document.getElementById('start');
  var entries = [];

  function csrfHeaders() {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function sizeLabel(bytes) {
    if (bytes >= 1048576) {
      return (bytes / 1048576).toFixed(1) + ' MB';
    }
    if (bytes >= 1024) {
      return Math.round(bytes / 1024) + ' KB';
    }
    return bytes + ' B';
  }

  function showError(text) {
    errorBox.textContent = text || '';
    errorBox.hidden = !text;
  }

  function formatOf(entry) {
    return entry.card.querySelector('select.format').value;
  }

  // the mapping chosen in the card, as the CLI's --map entries (column=field)
  function mappings(entry) {
    var result = [];
    entry.card.querySelectorAll('select.field').forEach(function (select) {
      if (select.value) {
        result.push(select.dataset.column + '=' + select.value);
      }
    });
    return result;
  }

  function preview(entry, mapped) {
    var data = new FormData();
    data.append('head', entry.file.slice(0, 65536), entry.file.name);
    data.append('name', entry.file.name);
    data.append('size', String(entry.file.size));
    data.append('format', formatOf(entry));
    if (mapped) {
      data.append('mapped', 'true');
      mappings(entry).forEach(function (m) { data.append('map', m); });
    }
    var asked = ++entry.previews;
    fetch(form.dataset.previewUrl, { method: 'POST', body: data, headers: csrfHeaders(), credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        if (asked !== entry.previews) {
          return; // a newer preview was asked for
        }
        // server-rendered by Thymeleaf, every value from the file escaped there (th:text)
        var fragment = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
        var slot = entry.card.querySelector('.preview-slot');
        slot.replaceChildren(document.importNode(fragment, true));
      })
      .catch(function (error) {
        entry.card.querySelector('.status').textContent = form.dataset.msgFailed + ' ' + error.message;
      });
  }

  function add(files) {
    showError('');
    Array.prototype.forEach.call(files, function (file) {
      if (file.size > maxBytes) {
        showError(file.name + ' ' + form.dataset.msgTooLarge);
        return;
      }
      var card = template.content.firstElementChild.cloneNode(true);
      card.querySelector('.name').textContent = file.name;
      card.querySelector('.size').textContent = sizeLabel(file.size);
      var entry = { file: file, card: card, previews: 0 };
      card.querySelector('select.format').addEventListener('change', function () { preview(entry, false); });
      card.querySelector('button.remove').addEventListener('click', function () {
        entries.splice(entries.indexOf(entry), 1);
        card.remove();
      });
      card.addEventListener('change', function (event) {
        if (event.target.matches('select.field')) {
          preview(entry, true);
        }
      });
      list.appendChild(card);
      entries.push(entry);
      preview(entry, false);
    });
    input.value = ''; // the chosen files are kept here; the same file can be chosen again
  }

  function upload(entry, done, fail) {
    var data = new FormData();
    data.append('file', entry.file, entry.file.name);
    data.append('format', formatOf(entry));
    data.append('mapped', 'true');
    mappings(entry).forEach(function (m) { data.append('map', m); });
    var bar = entry.card.querySelector('progress.sending');
    var status = entry.card.querySelector('.status');
    bar.hidden = false;
    status.textContent = form.dataset.msgUploading;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    var headers = csrfHeaders();
    Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        bar.value = Math.round(event.loaded * 100 / event.total);
      }
    });
    xhr.addEventListener('load', function () {
      if (xhr.status >= 200 && xhr.status < 300) {
        bar.value = 100;
        done(xhr.responseURL);
      } else {
        fail(entry, xhr.status === 413 ? entry.file.name + ' ' + form.dataset.msgTooLarge : form.dataset.msgFailed + ' ' + xhr.status);
      }
    });
    xhr.addEventListener('error', function () { fail(entry, form.dataset.msgFailed + ' ' + entry.file.name); });
    xhr.send(data);
  }

  drop.addEventListener('dragover', function (event) {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (event) {
    event.preventDefault();
    drop.classList.remove('over');
    add(event.dataTransfer.files);
  });
  input.addEventListener('change', function () { add(input.files); });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!entries.length) {
      showError(form.dataset.msgNone);
      return;
    }
    if (entries.some(function (entry) { return entry.card.querySelector('.preview[data-ready="false"]'); })) {
      showError(form.dataset.msgMissing);
      return;
    }
    showError('');
    start.disabled = true;
    var pages = [];
    var queue = entries.slice();
    (function next() {
      var entry = queue.shift();
      if (!entry) {
        window.location.href = pages.length === 1 ? pages[0]
          : '/import?workspace=' + encodeURIComponent(form.dataset.workspace);
        return;
      }
      upload(entry, function (page) { pages.push(page); next(); }, function (failed, message) {
        failed.card.querySelector('.status').textContent = message;
        showError(message);
        start.disabled = false;
      });
    })();
  });
})();
