const { is } = require('bpmnlint-utils');

/** Camunda attributes, whether the camunda moddle extension is loaded or not. */
function camunda(node, name) {
  const value = node.get ? node.get('camunda:' + name) : undefined;
  return typeof value === 'string' ? value.trim() : value;
}

function present(value) {
  return typeof value === 'string' ? value.trim().length > 0 : value != null;
}

/** A process that the engine deploys (non-executable pools are documentation). */
function isExecutableProcess(node) {
  return is(node, 'bpmn:Process') && node.isExecutable === true;
}

module.exports = { camunda, present, isExecutableProcess };
