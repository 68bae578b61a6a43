const { is } = require('bpmnlint-utils');
const { isExecutableProcess } = require('./helper');

/**
 * Executable processes and sub-processes have names; bpmnlint's label-required covers tasks,
 * events, forking gateways and conditional flows but leaves these two out.
 */
module.exports = function() {
  function check(node, reporter) {
    if ((isExecutableProcess(node) || is(node, 'bpmn:SubProcess')) && !(node.name || '').trim()) {
      reporter.report(node.id, 'Element has no name: give it a Chinese and English name, e.g. "投诉处理 Complaint handling"');
    }
  }
  return { check };
};
