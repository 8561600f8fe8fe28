// The topics page: query highlighting in the editor, the error column from the lint, the preview chart,
// delete confirmation. Plain script (the Content-Security-Policy forbids inline ones); every piece of
// user text goes into the page through textContent only.
(function () {
  'use strict';

  // One token of the query dialect, for colouring only (the server's parser decides what is valid).
  var RULES = [
    { cls: 'hl-comment', re: /<<<[\s\S]*?(>>>|$)/y },
    { cls: 'hl-phrase', re: /("[^"]*("(~\d+)?|$)|“[^”"]*([”"](~\d+)?|$)|«[^»]*(»(~\d+)?|$))/y },
    { cls: 'hl-exact', re: /\{[^}]*(\}|$)/y },
    { cls: 'hl-paren', re: /[()]/y },
    { cls: 'hl-op', re: /(AND|OR|NOT|O?NEAR\/\d+f?)(?=[\s()"“«{]|$)/y },
    { cls: 'hl-op', re: /-(?=\S)/y },
    { cls: 'hl-field', re: /[A-Za-z_]+:(?!\/\/)/y },
    { cls: 'hl-range', re: /[\[{][^\]}]*[\]}]/y },
    { cls: 'hl-space', re: /\s+/y },
    { cls: 'word', re: /[^\s()"“«{}]+/y },
    { cls: 'hl-other', re: /[\s\S]/y }
  ];

  function tokens(text) {
    var out = [];
    var pos = 0;
    while (pos < text.length) {
      for (var i = 0; i < RULES.length; i++) {
        var rule = RULES[i];
        rule.re.lastIndex = pos;
        var m = rule.re.exec(text);
        if (m && m[0].length > 0) {
          var cls = rule.cls;
          if (cls === 'word') {
            cls = /[*?]/.test(m[0]) ? 'hl-wild' : /^[#@]/.test(m[0]) ? 'hl-tag' : '';
          }
          out.push({ text: m[0], cls: cls, start: pos });
          pos += m[0].length;
          break;
        }
      }
    }
    return out;
  }

  // UTF-16 index of a 1-based column counted in code points (as the server counts), -1 for none.
  function indexOfColumn(text, column) {
    if (!column || column < 1) {
      return -1;
    }
    var index = 0;
    for (var c = 1; c < column && index < text.length; c++) {
      var code = text.charCodeAt(index);
      index += code >= 0xD800 && code <= 0xDBFF ? 2 : 1;
    }
    return index;
  }

  function appendPiece(parent, text, cls) {
    if (!text) {
      return;
    }
    if (cls) {
      var span = document.createElement('span');
      span.className = cls;
      span.textContent = text;
      parent.appendChild(span);
    } else {
      parent.appendChild(document.createTextNode(text));
    }
  }

  function render(editor) {
    var area = editor.querySelector('textarea');
    var pre = editor.querySelector('pre.highlight');
    var text = area.value;
    var errorAt = indexOfColumn(text, Number(editor.dataset.errorColumn || 0));
    pre.textContent = '';
    tokens(text).forEach(function (token) {
      var end = token.start + token.text.length;
      if (errorAt >= token.start && errorAt < end) {
        var width = text.codePointAt(errorAt) > 0xFFFF ? 2 : 1;
        appendPiece(pre, token.text.slice(0, errorAt - token.start), token.cls);
        appendPiece(pre, token.text.slice(errorAt - token.start, errorAt - token.start + width), 'hl-error ' + token.cls);
        appendPiece(pre, token.text.slice(errorAt - token.start + width), token.cls);
      } else {
        appendPiece(pre, token.text, token.cls);
      }
    });
    if (errorAt >= text.length) {
      appendPiece(pre, ' ', 'hl-error');
    }
    // a final newline in a textarea needs a character after it in the <pre> to take up its line
    appendPiece(pre, '\n', '');
    pre.scrollTop = area.scrollTop;
  }

  function setUp(editor) {
    if (editor.dataset.ready) {
      return;
    }
    editor.dataset.ready = 'yes';
    editor.classList.add('js-highlight');
    var area = editor.querySelector('textarea');
    area.addEventListener('input', function () {
      delete editor.dataset.errorColumn; // the lint answers again after the pause
      render(editor);
    });
    area.addEventListener('scroll', function () {
      editor.querySelector('pre.highlight').scrollTop = area.scrollTop;
    });
    render(editor);
  }

  function drawCharts(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('.day-chart[data-dates]').forEach(function (el) {
      if (el.dataset.drawn) {
        return;
      }
      el.dataset.drawn = 'yes';
      var dates = el.dataset.dates.split(',');
      var counts = el.dataset.counts.split(',').map(Number);
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        grid: { left: 40, right: 10, top: 10, bottom: 24 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: dates.map(function (d) { return d.slice(5); }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: counts, itemStyle: { color: '#9a3412' } }]
      });
    });
  }

  function init(root) {
    root.querySelectorAll('.query-editor').forEach(setUp);
    drawCharts(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    init(document);
  });
  window.addEventListener('load', function () {
    drawCharts(document); // echarts is loaded with defer too; draw once it is there
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.id === 'lint') {
      var result = target.querySelector('[data-error-column]');
      var editor = document.querySelector('.query-editor');
      if (editor) {
        editor.dataset.errorColumn = result ? result.dataset.errorColumn : '0';
        render(editor);
      }
    }
    init(target || document);
  });

  // forms marked data-confirm ask before they submit (deleting a topic)
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
