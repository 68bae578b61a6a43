const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { lint, reportsOf } = require('./lint');

const ids = reports => reports.map(([ id ]) => id);

describe('parceldesk/user-task-candidate-group', () => {
  it('reports a user task without candidate groups, and only that one', async () => {
    const reports = await reportsOf('user-tasks.bpmn', 'parceldesk/user-task-candidate-group');
    assert.deepEqual(ids(reports), [ 'Task_NoGroup' ]);
    assert.match(reports[0][1], /camunda:candidateGroups/);
  });
});

describe('parceldesk/user-task-form', () => {
  it('reports user tasks without a Camunda Form and forms not bound to the latest version', async () => {
    const reports = await reportsOf('user-tasks.bpmn', 'parceldesk/user-task-form');
    assert.deepEqual(ids(reports), [ 'Task_NoForm', 'Task_FormKeyOnly', 'Task_PinnedForm' ]);
    assert.match(reports[2][1], /"deployment"/);
  });
});

describe('parceldesk/history-time-to-live', () => {
  it('reports executable processes without historyTimeToLive, not sketches', async () => {
    assert.deepEqual(ids(await reportsOf('history.bpmn', 'parceldesk/history-time-to-live')), [ 'lint_no_ttl' ]);
  });
});

describe('parceldesk/meaningful-ids', () => {
  it('reports ids the Modeler or other tools generated', async () => {
    assert.deepEqual(ids(await reportsOf('ids.bpmn', 'parceldesk/meaningful-ids')), [
      'Process_0abc123',
      'StartEvent_1',
      'Flow_1',
      'Activity_1x9f0ab',
      'Gateway_0abc',
      'sid-8A3F2C1B-7D4E-4F5A-9B6C-1D2E3F4A5B6C'
    ]);
  });

  it('leaves meaningful ids alone', async () => {
    const reported = ids(await reportsOf('ids.bpmn', 'parceldesk/meaningful-ids'));
    for (const meaningful of [ 'Flow_ToGateway', 'Task_ContactCustomer', 'Timer_FirstContactBreach' ]) {
      assert.ok(!reported.includes(meaningful), meaningful);
    }
  });
});

describe('parceldesk/named-elements', () => {
  it('reports an unnamed executable process and sub-process', async () => {
    assert.deepEqual(ids(await reportsOf('names.bpmn', 'parceldesk/named-elements')), [ 'lint_unnamed', 'Sub_Unnamed' ]);
  });
});

describe('parceldesk/bilingual-names', () => {
  it('reports names in one language only', async () => {
    assert.deepEqual(ids(await reportsOf('names.bpmn', 'parceldesk/bilingual-names')),
      [ 'Task_EnglishOnly', 'Task_ChineseOnly' ]);
  });
});

describe('the project configuration (.bpmnlintrc)', () => {
  const config = JSON.parse(readFileSync(join(__dirname, '..', '..', '.bpmnlintrc'), 'utf8'));

  it('passes a model that follows every rule', async () => {
    const results = await lint('good.bpmn', config);
    const problems = Object.entries(results).flatMap(([ rule, reports ]) =>
      reports.filter(report => report.category === 'error' || report.category === 'warn')
        .map(report => `${rule}: ${report.id} ${report.message}`));
    assert.deepEqual(problems, []);
  });

  it('fails a model that breaks ParcelDesk rules', async () => {
    const results = await lint('user-tasks.bpmn', config);
    assert.ok(results['parceldesk/user-task-form'].length > 0);
    assert.ok(results['parceldesk/user-task-candidate-group'].length > 0);
  });
});
