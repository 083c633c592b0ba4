import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles } from './find-cycles';
import { importGraph } from './import-graph';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds nothing in a tree', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('names every file of a circle, once', () => {
    const found = findCycles(graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: [] }));
    expect(found).toEqual([['a', 'b', 'c']]);
  });

  it('counts a file that imports itself', () => {
    expect(findCycles(graph({ a: ['a'] }))).toEqual([['a']]);
  });
});

describe('importGraph', () => {
  it('follows `import type` too, so a circle made only of types is caught', () => {
    const root = mkdtempSync(join(tmpdir(), 'cycles-'));
    mkdirSync(join(root, 'lib'));
    mkdirSync(join(root, 'dataset'));
    writeFileSync(
      join(root, 'dataset/schema.ts'),
      "import { span } from '../lib/date';\nexport type Site = { d: string };\nexport const s = span;\n",
    );
    writeFileSync(
      join(root, 'lib/date.ts'),
      "import type { Site } from '../dataset/schema';\nexport const span = (s: Site) => s.d;\n",
    );
    writeFileSync(join(root, 'lib/date.test.ts'), "import { span } from './date';\n");
    const built = importGraph(root);
    expect(built.get('lib/date.ts')).toEqual(['dataset/schema.ts']);
    expect(built.has('lib/date.test.ts')).toBe(false);
    expect(findCycles(built)).toEqual([['dataset/schema.ts', 'lib/date.ts']]);
  });
});
