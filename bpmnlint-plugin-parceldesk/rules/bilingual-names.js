const { isAny } = require('bpmnlint-utils');

const CHINESE = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;

/** Names people read carry Chinese and English: "联系客户 Contact customer". */
module.exports = function() {
  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:FlowNode', 'bpmn:Process', 'bpmn:Participant', 'bpmn:Lane' ])) {
      return;
    }
    const name = (node.name || '').trim();
    if (!name) {
      return;
    }
    if (!CHINESE.test(name) || !LATIN.test(name)) {
      reporter.report(node.id, `Name "${name}" should be Chinese and English, e.g. "联系客户 Contact customer"`);
    }
  }
  return { check };
};
