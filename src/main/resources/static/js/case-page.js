/*
 * ParcelDesk case page: the process diagram with the current steps highlighted (bpmn-js viewer,
 * built from npm into /vendor), and the open task's Camunda Form rendered in place with form-js
 * and submitted through Tasklist's own engine API (same session, Camunda's CSRF header), so that
 * the engine's authorizations and ParcelDesk's input checks apply exactly as in Tasklist.
 */
(function () {
  'use strict';
  var config = window.parceldeskWorkbench;
  var t = config.texts;

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  // Camunda's CSRF token: the session's (given by the page), or a fresh one the filter announces in a
  // response header; its cookie is scoped to Camunda's paths and not readable from this page
  var csrfToken = config.engineCsrf || null;

  function engine(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (options.body) {
      headers['Content-Type'] = 'application/json';
    }
    var token = csrfToken || cookie('XSRF-TOKEN');
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    return fetch(config.engineApi + path, { method: options.method || 'GET', headers: headers, body: options.body,
      credentials: 'same-origin' }).then(function (response) {
      var announced = response.headers.get('X-XSRF-TOKEN');
      if (announced && announced !== 'Required') {
        csrfToken = announced;
      }
      return response;
    });
  }

  function showDiagram() {
    var holder = document.getElementById('diagram');
    if (!holder) {
      return;
    }
    if (typeof window.BpmnJS !== 'function') {
      document.getElementById('diagram-missing').hidden = false;
      return;
    }
    fetch(holder.getAttribute('data-url'), { credentials: 'same-origin' }).then(function (r) { return r.json(); })
      .then(function (data) {
        var viewer = new window.BpmnJS({ container: holder });
        return viewer.importXML(data.xml).then(function () {
          var canvas = viewer.get('canvas');
          canvas.zoom('fit-viewport');
          (data.active || []).forEach(function (id) { canvas.addMarker(id, 'wb-current'); });
          holder.setAttribute('data-active', (data.active || []).join(','));
          holder.setAttribute('data-loaded', 'true');
        });
      }).catch(function (e) {
        holder.setAttribute('data-error', String(e));
      });
  }

  /** form-variables answers {name: {type, value}}; form-js wants plain values. */
  function plain(variables) {
    var data = {};
    Object.keys(variables || {}).forEach(function (name) {
      data[name] = variables[name].value;
    });
    return data;
  }

  /** As Tasklist does: primitives go untyped (the engine infers), objects as JSON. */
  function typed(data) {
    var variables = {};
    Object.keys(data).forEach(function (name) {
      var value = data[name];
      if (value !== null && typeof value === 'object') {
        variables[name] = { type: 'Json', value: JSON.stringify(value) };
      } else {
        variables[name] = { value: value };
      }
    });
    return variables;
  }

  function problemText(response) {
    return response.text().then(function (body) {
      try {
        var json = JSON.parse(body);
        return json.message || json.detail || json.title || body;
      } catch (e) {
        return body || String(response.status);
      }
    });
  }

  function showForm(holder) {
    var taskId = holder.getAttribute('data-task');
    var box = holder.parentNode;
    var error = box.querySelector('.wb-form-error');
    var button = box.querySelector('.wb-submit');
    if (!window.FormViewer || !window.FormViewer.Form) {
      error.textContent = t.formMissing;
      error.hidden = false;
      button.disabled = true;
      return;
    }
    // the GETs also give the session Camunda's CSRF cookie for the submit
    // one after the other: the first call may be the one that makes Camunda issue the session's token
    var schema;
    engine('/task/' + taskId + '/deployed-form').then(function (r) { return r.ok ? r.json() : Promise.reject(r); })
      .then(function (json) {
        schema = json;
        return engine('/task/' + taskId + '/form-variables').then(function (r) { return r.ok ? r.json() : Promise.reject(r); });
      }).then(function (variables) { return [schema, variables]; })
      .then(function (results) {
      var form = new window.FormViewer.Form({ container: holder });
      return form.importSchema(results[0], plain(results[1])).then(function () {
        holder.setAttribute('data-loaded', 'true');
        button.addEventListener('click', function () {
          var submitted = form.submit();
          if (Object.keys(submitted.errors).length) {
            error.textContent = t.invalid;
            error.hidden = false;
            return;
          }
          button.disabled = true;
          error.hidden = true;
          engine('/task/' + taskId + '/submit-form', { method: 'POST',
            body: JSON.stringify({ variables: typed(submitted.data) }) }).then(function (r) {
            if (r.ok) {
              window.location.href = config.caseUrl + '?done=' + encodeURIComponent(taskId);
              return;
            }
            return problemText(r).then(function (message) {
              error.textContent = t.submitFailed + ' (' + r.status + '): ' + message;
              error.hidden = false;
              button.disabled = false;
            });
          });
        });
      });
    }).catch(function (failure) {
      var show = function (message) {
        error.textContent = t.submitFailed + ': ' + message;
        error.hidden = false;
      };
      if (failure && typeof failure.text === 'function') {
        problemText(failure).then(show);
      } else {
        show(String(failure));
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    showDiagram();
    document.querySelectorAll('.wb-form[data-task]').forEach(showForm);
  });
})();
