const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

/** Lints a fixture with the given rule config, as the bpmnlint CLI does with ParcelDesk's .bpmnlintrc. */
async function lint(fixture, config) {
  const xml = readFileSync(join(__dirname, 'fixtures', fixture), 'utf8');
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  const { rootElement } = await moddle.fromXML(xml);
  const linter = new Linter({ resolver: new NodeResolver() });
  return linter.lint(rootElement, config);
}

/** Only the reports of one rule, as [id, message]. */
async function reportsOf(fixture, rule) {
  const results = await lint(fixture, { rules: { [rule]: 'error' } });
  return (results[rule] || []).map(({ id, message }) => [ id, message ]);
}

module.exports = { lint, reportsOf };
