#!/usr/bin/env node
// npm run diagrams: renders every processes/*.bpmn to docs/processes/<name>.svg with bpmn-js (the
// Modeler's own renderer) in headless Chromium. Usage: node scripts/render-diagrams.mjs [--out dir] [file.bpmn ...]
// Chromium: /usr/bin/chromium (Debian package), or the CHROMIUM environment variable.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { filesIn } from './lib/models.mjs';

// the repository root: npm runs scripts there
const root = process.cwd();
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'docs', 'processes');
const given = args.filter((arg, i) => arg !== '--out' && i !== outIndex + 1);
const files = given.length ? given.map(file => resolve(file)) : (await filesIn(root, 'processes', '.bpmn')).map(f => join(root, f));

if (files.length === 0) {
  console.log('diagrams: no processes/*.bpmn to render');
  process.exit(0);
}

const viewerScript = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [ '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run' ]
});

let failed = 0;
try {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="canvas" style="width:1600px;height:900px"></div></body></html>');
  await page.addScriptTag({ path: viewerScript });
  await mkdir(outDir, { recursive: true });
  for (const file of files) {
    const xml = await readFile(file, 'utf8');
    const result = await page.evaluate(async diagram => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      try {
        const { warnings } = await viewer.importXML(diagram);
        const { svg } = await viewer.saveSVG();
        return { svg, warnings: warnings.map(warning => warning.message) };
      } catch (error) {
        return { error: error.message };
      } finally {
        viewer.destroy();
      }
    }, xml);
    const target = join(outDir, basename(file, '.bpmn') + '.svg');
    if (result.error) {
      failed++;
      console.error(`${file}: cannot render: ${result.error}`);
      continue;
    }
    result.warnings.forEach(warning => console.warn(`${file}: ${warning}`));
    await writeFile(target, stable(result.svg) + '\n');
    console.log(`${file} -> ${target}`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);

/** bpmn-js gives arrow markers random ids; number them so that an unchanged model renders to the same file. */
function stable(svg) {
  const ids = new Map();
  for (const [ , id ] of svg.matchAll(/id="([^"]*marker[^"]*|[^"]*-[a-z0-9]{20,})"/g)) {
    if (!ids.has(id)) {
      ids.set(id, `marker-${ids.size + 1}`);
    }
  }
  let result = svg;
  for (const [ from, to ] of ids) {
    result = result.split(from).join(to);
  }
  return result;
}
