#!/usr/bin/env node
// npm run lint: bpmnlint (.bpmnlintrc: bpmnlint's recommended rules, Camunda 7.24 compatibility,
// ParcelDesk's own rules) on processes/*.bpmn, then the checks between files (forms, decisions,
// called processes). Exits non-zero on any error. No models yet is a pass.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { checkReferences } from './lib/references.mjs';

// the repository root: npm runs scripts there
const root = process.cwd();
const require = createRequire(import.meta.url);

const { bpmnFiles, dmnFiles, formFiles, problems } = await checkReferences(root);

let bpmnlintFailed = false;
if (bpmnFiles.length > 0) {
  const cli = require.resolve('bpmnlint/bin/bpmnlint.js');
  const run = spawnSync(process.execPath, [ cli, ...bpmnFiles ], { cwd: root, stdio: 'inherit' });
  bpmnlintFailed = run.status !== 0;
}

for (const { file, id, message } of problems) {
  console.log(`${file}  ${id}  error  ${message}  parceldesk/references`);
}

console.log(`lint: ${bpmnFiles.length} BPMN, ${dmnFiles.length} DMN, ${formFiles.length} form file(s); `
  + `${bpmnlintFailed ? 'bpmnlint found errors' : 'bpmnlint passed'}; ${problems.length} reference problem(s)`);
process.exit(bpmnlintFailed || problems.length > 0 ? 1 : 0);
