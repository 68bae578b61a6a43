const { is } = require('bpmnlint-utils');
const { camunda, present } = require('./helper');

/** Every user task names the groups that may work on it (camunda:candidateGroups). */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!present(camunda(node, 'candidateGroups'))) {
      reporter.report(node.id, 'User task has no candidate group: set camunda:candidateGroups (e.g. complaint-handler)');
    }
  }
  return { check };
};
