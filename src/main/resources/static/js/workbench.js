/*
 * ParcelDesk workbench: live countdown to each task's due date (warning and breach colours), and
 * the task list's select-all. Served by the application; no library.
 */
(function () {
  'use strict';
  var config = window.parceldeskWorkbench || { texts: {} };
  var t = config.texts;

  function span(ms) {
    var minutes = Math.floor(ms / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor((minutes % 1440) / 60);
    var mins = minutes % 60;
    if (days > 0) {
      return days + t.day + hours + t.hour;
    }
    return hours > 0 ? hours + t.hour + mins + t.minute : mins + t.minute;
  }

  function state(now, warn, due) {
    if (now >= due) {
      return 'breach';
    }
    return warn && now >= warn ? 'warn' : 'ok';
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('.countdown[data-due]').forEach(function (el) {
      var due = Date.parse(el.getAttribute('data-due'));
      if (isNaN(due)) {
        return;
      }
      var warnAttr = el.getAttribute('data-warn');
      var warn = warnAttr ? Date.parse(warnAttr) : NaN;
      var s = state(now, isNaN(warn) ? null : warn, due);
      el.textContent = now >= due ? t.overdue + ' ' + span(now - due) : t.left + ' ' + span(due - now);
      var row = el.closest('tr') || el;
      ['sla-ok', 'sla-warn', 'sla-breach'].forEach(function (c) { row.classList.remove(c); });
      row.classList.add('sla-' + s);
      el.setAttribute('data-state', s);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 1000);
    var all = document.getElementById('select-all');
    if (all) {
      all.addEventListener('change', function () {
        document.querySelectorAll('#tasks input[name=taskId]').forEach(function (box) { box.checked = all.checked; });
      });
    }
    var bulk = document.getElementById('bulk');
    if (bulk) {
      bulk.addEventListener('submit', function (event) {
        var action = event.submitter ? event.submitter.value : '';
        var assignee = document.getElementById('assignee');
        if (action === 'reassign' && assignee && !assignee.value.trim()) {
          event.preventDefault();
          assignee.focus();
          window.alert(t.needAssignee);
        }
      });
    }
  });
})();
