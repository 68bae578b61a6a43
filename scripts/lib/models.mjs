// Reads ParcelDesk's model folders: processes/*.bpmn, processes/*.dmn, forms/*.form.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

/** Files in dir (relative to root) ending with suffix, sorted; none if the folder is missing. */
export async function filesIn(root, dir, suffix) {
  try {
    const names = await readdir(join(root, dir));
    return names.filter(name => name.endsWith(suffix)).sort().map(name => join(dir, name));
  } catch (error) {
    if (error.code === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

export async function readBpmn(root, file) {
  const xml = await readFile(join(root, file), 'utf8');
  const { rootElement, warnings } = await new BpmnModdle({ camunda }).fromXML(xml);
  return { definitions: rootElement, warnings, xml };
}

/** Every element below the definitions' processes, depth first. */
export function* flowElements(container) {
  for (const element of container.flowElements || []) {
    yield element;
    if (element.flowElements) {
      yield* flowElements(element);
    }
  }
}

export function processes(definitions) {
  return (definitions.rootElements || []).filter(element => element.$type === 'bpmn:Process');
}

/** Decisions of a DMN file: id and historyTimeToLive, read from the XML without a DMN parser. */
export function decisions(xml) {
  const found = [];
  for (const match of xml.matchAll(/<(?:[\w-]+:)?decision\b([^>]*)>/g)) {
    const attributes = match[1];
    const id = /\bid="([^"]+)"/.exec(attributes);
    if (id) {
      found.push({ id: id[1], historyTimeToLive: /\b[\w-]+:historyTimeToLive="\s*[^"\s][^"]*"/.test(attributes) });
    }
  }
  return found;
}
