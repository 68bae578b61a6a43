/*
 * ParcelDesk case page: the process diagram with the current steps highlighted (bpmn-js viewer,
 * built from npm into /vendor), and the open task's Camunda Form rendered in place with form-js
 * and submitted through Tasklist's own engine API (same session, Camunda's CSRF token), so that
 * the engine's authorizations and ParcelDesk's input checks apply exactly as in Tasklist.
 */
(function () {
  'use strict';
  var config = window.parceldeskWorkbench;
  var t = config.texts;

  /**
   * Camunda's CSRF filter issues the session's token on the first GET under /camunda and names it only
   * in that one response (this page's own script from /camunda/app may be that request, and the token's
   * cookie is scoped to /camunda, out of this page's reach). So ask the staff session for it; if Camunda
   * has not issued it yet, make one harmless GET of the engine API (Camunda issues it) and ask again.
   */
  function sessionToken() {
    return fetch(config.engineToken, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      // a session that ended is sent to the login page (HTML): no token then
      .then(function (r) { return r.ok && /json/.test(r.headers.get('Content-Type') || '') ? r.json() : {}; })
      .then(function (body) { return body.token || null; });
  }

  function csrfToken(taskId) {
    return sessionToken().then(function (token) {
      if (token) {
        return token;
      }
      return engine('/task/' + taskId).then(sessionToken);
    });
  }

  function engine(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (options.body) {
      headers['Content-Type'] = 'application/json';
    }
    if (options.token) {
      headers['X-XSRF-TOKEN'] = options.token;
    }
    return fetch(config.engineApi + path, { method: options.method || 'GET', headers: headers, body: options.body,
      credentials: 'same-origin' });
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
          csrfToken(taskId).then(function (token) {
            if (!token) {
              return Promise.reject(new Error(t.sessionEnded));
            }
            return engine('/task/' + taskId + '/submit-form', { method: 'POST', token: token,
              body: JSON.stringify({ variables: typed(submitted.data) }) });
          }).then(function (r) {
            if (r.ok) {
              window.location.href = config.caseUrl + '?done=' + encodeURIComponent(taskId);
              return;
            }
            return Promise.all([problemText(r), sessionToken()]).then(function (answers) {
              // Camunda ends the session when it refuses a CSRF token: then the user must sign in again
              var message = answers[1] ? answers[0] : t.sessionEnded;
              error.textContent = t.submitFailed + ' (' + r.status + '): ' + message;
              error.hidden = false;
              button.disabled = false;
            });
          }).catch(function (failure) {
            error.textContent = t.submitFailed + ': ' + (failure && failure.message ? failure.message : String(failure));
            error.hidden = false;
            button.disabled = false;
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
