const { camunda, present, isExecutableProcess } = require('./helper');

/** Every executable process keeps its history for a set time (ParcelDesk: 1095 days). */
module.exports = function() {
  function check(node, reporter) {
    if (isExecutableProcess(node) && !present(camunda(node, 'historyTimeToLive'))) {
      reporter.report(node.id, 'Process has no camunda:historyTimeToLive: set it to 1095 (days)');
    }
  }
  return { check };
};
