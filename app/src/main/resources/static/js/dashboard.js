// The dashboard's charts. Options come from the server as JSON in data attributes; this script only adds the
// tooltip formatters (every text escaped: author names and topics are untrusted) and the drill-downs.
(function () {
  'use strict';

  function esc(value) {
    return String(value === undefined || value === null ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function data(elementId, name) {
    var element = document.getElementById(elementId);
    return element && element.dataset[name] ? JSON.parse(element.dataset[name]) : null;
  }

  function chart(elementId, tooltip) {
    var element = document.getElementById(elementId);
    var option = data(elementId, 'option');
    if (!element || !option || typeof echarts === 'undefined') {
      return null;
    }
    option.tooltip = option.tooltip || {};
    option.tooltip.formatter = tooltip;
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption(option);
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  function searchUrl(element, extra) {
    var params = new URLSearchParams();
    params.set('workspace', element.dataset.workspace || '');
    ['q', 'topic', 'lang'].forEach(function (key) {
      if (element.dataset[key]) { params.set(key, element.dataset[key]); }
    });
    Object.keys(extra).forEach(function (key) { params.set(key, extra[key]); });
    return (element.dataset.search || '/search') + '?' + params.toString();
  }

  // the page's words for the tooltips (French or English, from the server)
  function label(name) {
    var main = document.querySelector('main[data-label-net]');
    return main ? main.dataset['label' + name.charAt(0).toUpperCase() + name.slice(1)] : name;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var edges = data('volume-chart', 'edges') || [];
    var volume = chart('volume-chart', function (items) {
      var lines = [esc(items[0].axisValueLabel)];
      items.forEach(function (item) { lines.push(esc(item.seriesName) + ' : ' + esc(item.value)); });
      return lines.join('<br>');
    });
    if (volume) {
      var element = document.getElementById('volume-chart');
      volume.on('click', function (event) {
        var i = event.dataIndex;
        if (i >= 0 && i + 1 < edges.length) {
          window.location.href = searchUrl(element, { from: edges[i], to: edges[i + 1] });
        }
      });
    }

    var sov = chart('sov-chart', function (item) {
      return esc(item.name) + '<br>' + esc(item.value) + ' ' + esc(label('posts')) + ' ('
        + esc(Math.round(item.data.share * 1000) / 10) + ' %)' + '<br>' + esc(label('net')) + ' ' + esc(item.data.net);
    });
    if (sov) {
      var sovElement = document.getElementById('sov-chart');
      sov.on('click', function (event) {
        window.location.href = searchUrl(sovElement, { topic: event.name });
      });
    }

    var authors = chart('authors-chart', function (item) {
      return esc(item.name) + (item.data.author ? ' — ' + esc(item.data.author) : '')
        + '<br>' + esc(label('engagement')) + ' ' + esc(item.value) + ' · ' + esc(item.data.posts) + ' ' + esc(label('posts'))
        + ' · ' + esc(item.data.level) + '<br>' + esc(label('followers')) + ' ' + esc(item.data.followers);
    });
    if (authors && volume) {
      // an author's bar opens their posts of the period
      authors.on('click', function (event) {
        if (event.name && event.name.charAt(0) === '@') {
          window.location.href = searchUrl(document.getElementById('volume-chart'),
            { q: 'author:' + event.name, from: edges[0], to: edges[edges.length - 1] });
        }
      });
    }
  });

  // for tests and the curious: the chart instances by element id
  window.comptoirCharts = function (id) {
    var element = document.getElementById(id);
    return element && typeof echarts !== 'undefined' ? echarts.getInstanceByDom(element) : null;
  };
})();
