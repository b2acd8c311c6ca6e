// action.yml, the inputs reader, the outputs and the example workflow agree with each other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getInputs } from '../../src/action/inputs.js';
import { repoRoot } from '../cli/bundle.js';

interface Manifest {
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** The expression the runner evaluates to the workflow's token. */
const GITHUB_TOKEN_EXPRESSION = ['$', '{{ github.token }}'].join('');

const manifest = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Manifest;

describe('action.yml', () => {
  it('runs dist/index.js on node24 with branding', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(manifest.branding.icon).toBeTruthy();
  });

  it('has every input in .env.example, as the runner names it (INPUT_ + upper case, hyphens kept)', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^(INPUT_[A-Z0-9_-]+)=/gm)].map((m) => m[1]);
    expect(names.sort()).toEqual(
      Object.keys(manifest.inputs)
        .map((name) => `INPUT_${name.toUpperCase()}`)
        .sort(),
    );
  });

  it('declares exactly the inputs getInputs reads, each described', () => {
    const read = new Set<string>();
    getInputs((name) => {
      read.add(name);
      const value = manifest.inputs[name]?.default ?? '';
      return value === GITHUB_TOKEN_EXPRESSION ? 'token' : value;
    });
    expect([...read].sort()).toEqual(Object.keys(manifest.inputs).sort());
    for (const input of Object.values(manifest.inputs)) expect(input.description.length).toBeGreaterThan(10);
    expect(manifest.inputs['github-token']?.default).toBe(GITHUB_TOKEN_EXPRESSION);
  });

  it('its defaults parse to the documented behaviour', () => {
    const inputs = getInputs((name) => {
      const value = manifest.inputs[name]?.default ?? '';
      return value.startsWith('${{') ? 'token' : value;
    });
    expect(inputs).toMatchObject({
      failOn: 'error',
      comment: 'on-findings',
      sarifFile: 'iam-usage-guard.sarif',
    });
  });

  it('declares the outputs the action sets', () => {
    const main = readFileSync(join(repoRoot, 'src', 'action', 'main.ts'), 'utf8');
    const set = [...main.matchAll(/\.setOutput\('([^']+)'/g)].map((m) => m[1]);
    expect(set.sort()).toEqual(Object.keys(manifest.outputs).sort());
  });

  it('the example workflow only passes declared inputs and grants the documented permissions', () => {
    const workflow = parse(readFileSync(join(repoRoot, 'docs', 'iam-usage-guard-workflow.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { id?: string; with?: Record<string, unknown> }[] }>;
    };
    expect(workflow.permissions).toMatchObject({
      contents: 'read',
      'pull-requests': 'write',
      'id-token': 'write',
      'security-events': 'write',
    });
    const step = Object.values(workflow.jobs)[0]!.steps.find((s) => s.id === 'guard')!;
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(manifest.inputs)).toContain(name);
  });
});
