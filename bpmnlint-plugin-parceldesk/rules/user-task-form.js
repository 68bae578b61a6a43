const { is } = require('bpmnlint-utils');
const { camunda, present } = require('./helper');

/** Every user task has a Camunda Form: camunda:formRef with the "latest" binding. */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const formRef = camunda(node, 'formRef');
    if (!present(formRef)) {
      reporter.report(node.id, 'User task has no form: set camunda:formRef to the id of a form in forms/');
      return;
    }
    const binding = camunda(node, 'formRefBinding');
    if (present(binding) && binding !== 'latest') {
      reporter.report(node.id, `camunda:formRefBinding is "${binding}"; ParcelDesk deploys forms on their own, use "latest"`);
    }
  }
  return { check };
};
