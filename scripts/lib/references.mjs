// Checks between files that bpmnlint cannot see: every formRef names a form in forms/, every
// decisionRef a decision in processes/*.dmn, every calledElement a process in processes/*.bpmn,
// and every DMN decision has a historyTimeToLive. The deploy-time checks in the application
// enforce the same at deployment; this finds it before.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decisions, filesIn, flowElements, processes, readBpmn } from './models.mjs';

const isExpression = value => /[$#]\{/.test(value);

export async function checkReferences(root) {
  const problems = [];
  const bpmnFiles = await filesIn(root, 'processes', '.bpmn');
  const dmnFiles = await filesIn(root, 'processes', '.dmn');
  const formFiles = await filesIn(root, 'forms', '.form');

  const formIds = new Set();
  for (const file of formFiles) {
    try {
      const form = JSON.parse(await readFile(join(root, file), 'utf8'));
      if (typeof form.id !== 'string' || !form.id) {
        problems.push({ file, id: '-', message: 'Form has no "id": user tasks reference forms by it' });
      } else {
        formIds.add(form.id);
      }
    } catch (error) {
      problems.push({ file, id: '-', message: `Form is not valid JSON: ${error.message}` });
    }
  }

  const decisionIds = new Set();
  for (const file of dmnFiles) {
    for (const decision of decisions(await readFile(join(root, file), 'utf8'))) {
      decisionIds.add(decision.id);
      if (!decision.historyTimeToLive) {
        problems.push({ file, id: decision.id, message: 'Decision has no camunda:historyTimeToLive: set it to 1095 (days)' });
      }
    }
  }

  const models = [];
  const processIds = new Set();
  for (const file of bpmnFiles) {
    const { definitions } = await readBpmn(root, file);
    models.push({ file, definitions });
    processes(definitions).forEach(process => processIds.add(process.id));
  }

  for (const { file, definitions } of models) {
    for (const process of processes(definitions)) {
      for (const element of flowElements(process)) {
        const formRef = element.get && element.get('camunda:formRef');
        if (formRef && !isExpression(formRef) && !formIds.has(formRef)) {
          problems.push({ file, id: element.id, message: `formRef "${formRef}" names no form in forms/ (no .form file with that "id")` });
        }
        const decisionRef = element.$type === 'bpmn:BusinessRuleTask' && element.get('camunda:decisionRef');
        if (decisionRef && !isExpression(decisionRef) && !decisionIds.has(decisionRef)) {
          problems.push({ file, id: element.id, message: `decisionRef "${decisionRef}" names no decision in processes/*.dmn` });
        }
        const calledElement = element.$type === 'bpmn:CallActivity' && element.calledElement;
        if (calledElement && !isExpression(calledElement) && !processIds.has(calledElement)) {
          problems.push({ file, id: element.id, message: `calledElement "${calledElement}" names no process in processes/*.bpmn` });
        }
      }
    }
  }
  return { bpmnFiles, dmnFiles, formFiles, problems };
}
