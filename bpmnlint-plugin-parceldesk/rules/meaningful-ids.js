const { isAny } = require('bpmnlint-utils');

/**
 * Ids say what an element is (Task_ContactCustomer, Gateway_Satisfied), not what the Modeler made
 * up (Activity_1x9f0ab, Gateway_0abc, Flow_1, StartEvent_1): logs, incidents, migrations and
 * tests all speak in ids.
 */
const GENERATED = /^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]+$/;
const FOREIGN_GENERATED = /^(sid-|id-)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-|^sid-/;

module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, [
      'bpmn:FlowElement',
      'bpmn:Process',
      'bpmn:Participant',
      'bpmn:Lane',
      'bpmn:Message',
      'bpmn:Signal',
      'bpmn:Error',
      'bpmn:Escalation'
    ])) {
      return;
    }
    const id = node.id || '';
    if (GENERATED.test(id) || FOREIGN_GENERATED.test(id)) {
      reporter.report(id, `Id "${id}" is generated: name it for what it is, e.g. Task_ContactCustomer, Gateway_Satisfied, Flow_ToReview`);
    }
  }
  return { check };
};

module.exports.GENERATED = GENERATED;
