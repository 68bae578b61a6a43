import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

describe('render-diagrams', { skip: !existsSync(chromium) && `no Chromium at ${chromium}` }, () => {
  it('renders a model to an SVG with every element and label, the same each time', () => {
    const out = mkdtempSync(join(tmpdir(), 'diagrams-'));
    const model = join(root, 'bpmnlint-plugin-parceldesk', 'test', 'fixtures', 'good.bpmn');
    const render = () => spawnSync(process.execPath, [ join(root, 'scripts', 'render-diagrams.mjs'), '--out', out, model ],
      { encoding: 'utf8' });

    const first = render();
    assert.equal(first.status, 0, first.stderr);
    const svg = readFileSync(join(out, 'good.svg'), 'utf8');
    assert.match(svg, /^<\?xml|^<svg/);
    for (const id of [ 'Start_Received', 'Task_ContactCustomer', 'Gateway_Satisfied', 'Flow_NotSatisfied', 'End_Escalated' ]) {
      assert.ok(svg.includes(`data-element-id="${id}"`), id);
    }
    assert.ok(svg.includes('联系客户'), 'Chinese label');

    assert.equal(render().status, 0);
    assert.equal(readFileSync(join(out, 'good.svg'), 'utf8'), svg, 'rendering is deterministic');
  });
});
