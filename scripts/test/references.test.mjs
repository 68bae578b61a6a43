import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReferences } from '../lib/references.mjs';
import { decisions } from '../lib/models.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('references between processes, decisions and forms', () => {
  it('accepts a repository whose references all resolve (expressions are left to run time)', async () => {
    const { bpmnFiles, problems } = await checkReferences(join(fixtures, 'good'));
    assert.equal(bpmnFiles.length, 2);
    assert.deepEqual(problems, []);
  });

  it('names every element whose reference does not resolve', async () => {
    const { problems } = await checkReferences(join(fixtures, 'broken'));
    assert.deepEqual(problems.map(({ file, id }) => `${file} ${id}`).sort(), [
      'forms/no-id.form -',
      'processes/limit.dmn ref-limit-no-ttl',
      'processes/main.bpmn Call_Gone',
      'processes/main.bpmn Task_Decide',
      'processes/main.bpmn Task_Lost'
    ]);
    assert.match(problems.find(p => p.id === 'Task_Lost').message, /formRef "ref-missing"/);
  });

  it('passes a repository without models', async () => {
    const { problems, bpmnFiles } = await checkReferences(join(fixtures, 'nothing-here'));
    assert.equal(bpmnFiles.length, 0);
    assert.deepEqual(problems, []);
  });
});

describe('decisions in DMN XML', () => {
  it('reads ids and whether historyTimeToLive is set, with or without a namespace prefix', () => {
    assert.deepEqual(decisions('<dmn:decision id="a" camunda:historyTimeToLive="1095"><x/></dmn:decision><decision id="b" name="B">'), [
      { id: 'a', historyTimeToLive: true },
      { id: 'b', historyTimeToLive: false }
    ]);
  });
});
