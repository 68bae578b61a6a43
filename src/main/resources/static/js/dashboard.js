/* ParcelDesk dashboard: reads /console/dashboard/data and draws the charts with Apache ECharts. */
(function () {
  'use strict';
  var cfg = window.parceldeskDashboard;
  var T = cfg.texts; // the page's language (console.page.dashboard.js.* of the message bundles)
  var form = document.getElementById('filters');
  var charts = {};
  window.parceldeskCharts = charts;
  var palette = ['#c8102e', '#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#17becf', '#8c564b', '#e377c2', '#7f7f7f'];

  function value(id) { return document.getElementById(id).value; }

  function casesUrl(kind, filter, key, day) {
    var params = new URLSearchParams({ kind: kind, from: day || value('from'), to: day || value('to') });
    if (value('station')) { params.set('station', value('station')); }
    if (filter) { params.set('filter', filter); params.set('value', key == null ? '' : key); }
    return cfg.base + '/cases?' + params.toString();
  }

  function draw(id, option, onClick) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var chart = charts[id] || echarts.init(el);
    charts[id] = chart;
    option.color = palette;
    option.tooltip = option.tooltip || { trigger: 'item' };
    chart.setOption(option, true);
    chart.off('click');
    if (onClick) { chart.on('click', onClick); }
  }

  function bar(id, points, seriesName, kind, filter, horizontal) {
    var labels = points.map(function (p) { return p.label; });
    var values = points.map(function (p) { return Number(p.value); });
    var category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
    draw(id, {
      grid: { left: horizontal ? 140 : 50, right: 20, bottom: horizontal ? 30 : 90, top: 20 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? { type: 'value', minInterval: 1 } : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : { type: 'value', minInterval: 1 },
      series: [{ name: seriesName, type: 'bar', data: values, itemStyle: { color: '#c8102e' } }]
    }, function (e) { window.location.href = casesUrl(kind, filter, points[e.dataIndex].key); });
  }

  function pie(id, points, seriesName, kind, filter) {
    draw(id, {
      legend: { bottom: 0 },
      series: [{ name: seriesName, type: 'pie', radius: ['35%', '65%'],
        label: { formatter: '{b}\n¥{c}' },
        data: points.map(function (p) { return { name: p.label, value: Number(p.value) }; }) }]
    }, function (e) { window.location.href = casesUrl(kind, filter, points[e.dataIndex].key); });
  }

  function slaTrend(days) {
    function pct(v) { return v == null ? null : Math.round(Number(v) * 1000) / 10; }
    draw('chart-sla-trend', {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 50, right: 60, bottom: 60, top: 45 },
      xAxis: { type: 'category', data: days.map(function (d) { return d.day.substring(5); }) },
      yAxis: [{ type: 'value', name: T.rate, min: 0, max: 100 }, { type: 'value', name: T.closed, minInterval: 1 }],
      series: [
        { name: T.resolution7d, type: 'line', connectNulls: true, data: days.map(function (d) { return pct(d.resolutionCompliance); }) },
        { name: T.firstContact, type: 'line', connectNulls: true, data: days.map(function (d) { return pct(d.firstContactCompliance); }) },
        { name: T.closed, type: 'bar', yAxisIndex: 1, data: days.map(function (d) { return d.closed; }), itemStyle: { opacity: 0.35 } }
      ]
    }, function (e) { window.location.href = casesUrl('complaint-closed', null, null, days[e.dataIndex].day); });
  }

  function health(h) {
    var statuses = Object.keys(h.outbox);
    var labels = { PENDING: T.pending, SENDING: T.sending, SENT: T.sent, FAILED: T.failed };
    bar('chart-health', statuses.map(function (s) { return { key: s, label: labels[s] || s, value: h.outbox[s] }; })
      .concat([{ key: 'incidents', label: T.incidents, value: h.openIncidents }]), T.count, null, null, true);
    charts['chart-health'].off('click');
  }

  function load() {
    var params = new URLSearchParams({ from: value('from'), to: value('to') });
    if (value('station')) { params.set('station', value('station')); }
    var error = document.getElementById('dashboard-error');
    fetch(cfg.base + '/data?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) {
        if (!r.ok) {
          error.textContent = (r.body.errors && r.body.errors.length ? r.body.errors[0].field + ' ' + r.body.errors[0].message : r.body.detail);
          error.hidden = false;
          return;
        }
        error.hidden = true;
        var d = r.body;
        if (d.complaints) {
          bar('chart-complaint-category', d.complaints.byCategory, T.received, 'complaint', 'category');
          bar('chart-complaint-station', d.complaints.byStation, T.received, 'complaint', 'station');
          slaTrend(d.complaints.slaTrend);
        }
        if (d.claims) {
          pie('chart-payout-loss', d.claims.byLossType, T.payout, 'claim-paid', 'lossType');
          bar('chart-payout-party', d.claims.byResponsibleParty, T.payoutCny, 'claim-paid', 'party');
        }
        if (d.violations) {
          bar('chart-violation-station', d.violations.byStation, T.violations, 'violation', 'station', true);
          bar('chart-violation-courier', d.violations.byCourier, T.violations, 'violation', 'courier', true);
        }
        if (d.health) { health(d.health); }
        document.body.setAttribute('data-loaded', 'true');
      })
      .catch(function (e) { error.textContent = T.loadFailed + ' ' + e; error.hidden = false; });
  }

  function iso(date) {
    var m = String(date.getMonth() + 1).padStart(2, '0');
    var d = String(date.getDate()).padStart(2, '0');
    return date.getFullYear() + '-' + m + '-' + d;
  }

  document.querySelectorAll('[data-range]').forEach(function (button) {
    button.addEventListener('click', function () {
      var today = new Date(cfg.today + 'T00:00:00');
      var from, to;
      var weekday = (today.getDay() + 6) % 7; // Monday 0
      switch (button.getAttribute('data-range')) {
        case 'this-week': from = new Date(today); from.setDate(today.getDate() - weekday); to = today; break;
        case 'last-week': to = new Date(today); to.setDate(today.getDate() - weekday - 1);
          from = new Date(to); from.setDate(to.getDate() - 6); break;
        case 'this-month': from = new Date(today.getFullYear(), today.getMonth(), 1); to = today; break;
        case 'last-month': from = new Date(today.getFullYear(), today.getMonth() - 1, 1);
          to = new Date(today.getFullYear(), today.getMonth(), 0); break;
        default: from = new Date(today); from.setDate(today.getDate() - 29); to = today;
      }
      document.getElementById('from').value = iso(from);
      document.getElementById('to').value = iso(to);
      form.submit();
    });
  });
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  load();
})();
