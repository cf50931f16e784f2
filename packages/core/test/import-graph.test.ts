/**
 * No import circles in packages/core/src, type-only imports included: each type lives in the layer that owns it
 * (text model, rule engine, resources, tagger, readability result), and layers import downwards only.
 */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import madge from 'madge';
import {describe, expect, it} from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));
// Type-only imports count: a circle of types still ties two layers together.
const options = {fileExtensions: ['ts'], detectiveOptions: {ts: {skipTypeImports: false}, es6: {skipTypeImports: false}}};

describe('import graph of the core', () => {
  it('has no circles', async () => {
    const graph = await madge(src, options);
    // The walk must see the whole core, type-only imports among them, or an empty result would prove nothing.
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(40);
    expect(graph.obj()['readability/finite-verbs.ts']).toContain('readability/tags.ts');
    expect(graph.circular()).toEqual([]);
  }, 60_000);

  it('finds a circle made of type-only imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-circle-'));
    writeFileSync(join(dir, 'model.ts'), "import type {Rule} from './engine.js';\nexport interface Sentence {rules: Rule[]}\n");
    writeFileSync(join(dir, 'engine.ts'), "import type {Sentence} from './model.js';\nexport interface Rule {sentence: Sentence}\n");
    const graph = await madge(dir, options);
    expect(graph.circular()).toEqual([['engine.ts', 'model.ts']]);
  }, 60_000);
});
