// npm shows the README on the package page, where a relative link leads nowhere: every link is absolute or an anchor,
// and each link into this repository names a file or folder that exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/bundle.js';

const REPOSITORY = 'https://github.com/iam-usage-guard/iam-usage-guard';
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

describe('README.md as npm renders it', () => {
  it('links only to absolute URLs and to its own anchors', () => {
    expect(targets.length).toBeGreaterThan(20);
    expect(targets.filter((t) => !/^(https?:\/\/|#)/.test(t))).toEqual([]);
  });

  it('links into this repository only to files and folders that exist', () => {
    const own = targets.filter(
      (t) => t.startsWith(`${REPOSITORY}/blob/`) || t.startsWith(`${REPOSITORY}/tree/`),
    );
    expect(own.length).toBeGreaterThan(10);
    for (const target of own) {
      const file = target.replace(/^.*?\/(?:blob|tree)\/main\//, '').replace(/#.*$/, '');
      expect(existsSync(path.join(repoRoot, file)), target).toBe(true);
    }
  });

  it('links to anchors that exist', () => {
    const headings = new Set(
      [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .trim()
          .replace(/\s/g, '-'),
      ),
    );
    for (const anchor of targets.filter((t) => t.startsWith('#')))
      expect(headings, anchor).toContain(anchor.slice(1));
  });
});
