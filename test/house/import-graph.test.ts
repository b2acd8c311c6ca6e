// No import cycle in src/: between files, over the imports that remain at run time (module evaluation order, the
// bundles' chunks); between first-level folders, over every import, types too (the layers). scripts/import-graph.mjs.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without declarations
import { cyclePath, cycles, folderGraph, folderOf, importGraph } from '../../scripts/import-graph.mjs';

type Graph = Map<string, string[]>;
const graph = importGraph() as Graph;
const runtime = importGraph(undefined, { runtime: true }) as Graph;

describe('the import graph of src/', () => {
  it('is read: every file, with its imports resolved to files of src/', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('pipeline.ts')).toContain('change/index.ts');
    // a dynamic import() is an edge at run time; an `import type` only in the full graph
    expect(runtime.get('usage/collect.ts')).toContain('usage/collect-live.ts');
    expect(graph.get('usage/templates.ts')).toContain('usage/model.ts');
    expect(runtime.get('usage/templates.ts')).not.toContain('usage/model.ts');
  });

  it('has no cycle between files at run time', () => {
    const found = (cycles(runtime) as string[][]).map((c) => cyclePath(runtime, c).join(' → '));
    expect(found).toEqual([]);
  });

  it('has no cycle between folders, counting type imports', () => {
    const folders = folderGraph(graph) as Graph;
    const found = (cycles(folders) as string[][]).map((c) => cyclePath(folders, c).join(' → '));
    expect(found).toEqual([]);
    // only action/ imports the GitHub toolkit's consumers, and no stage imports a front door
    for (const [folder, targets] of folders) {
      if (!['action/', 'cli/', 'cdk-nag/'].includes(folder)) {
        expect(
          targets.filter((t) => ['action/', 'cli/', 'cdk-nag/'].includes(t)),
          folder,
        ).toEqual([]);
      }
    }
  });

  it('the checker finds a cycle when there is one (file and folder)', () => {
    const planted: Graph = new Map([
      ['a/x.ts', ['b/y.ts']],
      ['b/y.ts', ['b/z.ts']],
      ['b/z.ts', ['a/x.ts']],
      ['c.ts', ['c.ts']],
      ['d.ts', ['a/x.ts']],
    ]);
    expect((cycles(planted) as string[][]).map((c) => c.join(','))).toEqual(['a/x.ts,b/y.ts,b/z.ts', 'c.ts']);
    expect(cyclePath(planted, ['a/x.ts', 'b/y.ts', 'b/z.ts'])).toEqual([
      'a/x.ts',
      'b/y.ts',
      'b/z.ts',
      'a/x.ts',
    ]);
    expect(folderOf('usage/arn.ts')).toBe('usage/');
    expect(folderOf('pipeline.ts')).toBe('pipeline.ts');
    expect(cycles(folderGraph(planted))).toEqual([['a/', 'b/']]);
  });
});
