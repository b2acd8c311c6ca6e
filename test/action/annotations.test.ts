// Annotations: most severe first, within GitHub's per-type limit, and the rest counted.
import { describe, expect, it } from 'vitest';
import { type AnnotationProperties, annotate } from '../../src/action/annotations.js';
import type { Diagnostic } from '../../src/policy/model.js';
import type { Finding, Severity } from '../../src/rules/model.js';

function finding(severity: Severity, line: number): Finding {
  return {
    rule: 'unused-service',
    severity,
    entity: { id: 'AppRole', kind: 'role', arn: null },
    service: 's3',
    action: null,
    file: 'infra/app.yaml',
    line,
    lastAccessed: null,
    message: `finding at ${line}`,
    suggestion: null,
  };
}

function recorder() {
  const calls: [Severity, string, AnnotationProperties][] = [];
  const sink = {
    error: (m: string, p: AnnotationProperties) => calls.push(['error', m, p]),
    warning: (m: string, p: AnnotationProperties) => calls.push(['warning', m, p]),
    notice: (m: string, p: AnnotationProperties) => calls.push(['notice', m, p]),
  };
  return { calls, sink };
}

describe('annotate', () => {
  it('emits at most 10 per type, most severe first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 3 }, (_, i) => finding('notice', 100 + i)),
      ...Array.from({ length: 14 }, (_, i) => finding('warning', 50 + i)),
      ...Array.from({ length: 12 }, (_, i) => finding('error', 20 - i)),
    ];
    const { calls, sink } = recorder();
    expect(annotate(findings, [], sink)).toEqual({
      annotated: 23,
      unannotated: 6,
      unannotatedDiagnostics: 0,
    });
    expect(calls.map((c) => c[0])).toEqual([
      ...Array(10).fill('error'),
      ...Array(10).fill('warning'),
      ...Array(3).fill('notice'),
    ]);
    // errors sorted by line within the file
    expect(calls[0]![2]).toEqual({ title: 'unused-service', file: 'infra/app.yaml', startLine: 9 });
  });

  it('keeps reserved slots free and puts problems reading the code after findings of the same severity', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', file: 'infra/bad.yaml', line: 3, message: 'not YAML' },
      { severity: 'warning', file: 'infra/odd.yaml', line: null, message: 'odd' },
    ];
    const { calls, sink } = recorder();
    const counts = annotate(
      Array.from({ length: 9 }, (_, i) => finding('error', i + 1)),
      diagnostics,
      sink,
      { reserved: { error: 1, warning: 2 } },
    );
    expect(counts).toEqual({ annotated: 10, unannotated: 0, unannotatedDiagnostics: 1 });
    expect(calls.filter((c) => c[0] === 'error')).toHaveLength(9);
    expect(calls.at(-1)).toEqual(['warning', 'odd', { title: 'iam-usage-guard', file: 'infra/odd.yaml' }]);
  });
});
