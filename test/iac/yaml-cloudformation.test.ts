// YAML as CloudFormation reads it (PyYAML's YAML 1.1, as cfn-lint applies it): indentation CloudFormation
// tolerates, and plain scalars resolved by YAML 1.1's rules. Each expected value is what cfn-lint's loader gives.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/iac/yaml-doc.js';
import { relaxIndentation } from '../../src/iac/yaml-relax.js';

describe('indentation CloudFormation accepts and YAML 1.2 refuses', () => {
  it.each<[string, string, unknown]>([
    [
      'a single-quoted !Sub whose closing line sits at its key (serverless-patterns activemq, line 709)',
      'P:\n  - N: x\n    D: !Sub \'{\n      "S": 1\n    }\'\n',
      { P: [{ N: 'x', D: { 'Fn::Sub': '{ "S": 1 }' } }] },
    ],
    [
      'continuation lines of a quoted scalar at column 0',
      'P:\n  - N: x\n    D: \'{\n"S": 1\n}\'\nQ: 2\n',
      { P: [{ N: 'x', D: '{ "S": 1 }' }], Q: 2 },
    ],
    ['a double-quoted scalar continued at column 0', 'P:\n  D: "a\nb"\nQ: 1\n', { P: { D: 'a b' }, Q: 1 }],
    [
      'a flow sequence of a flow map whose lines sit at its key (apigw-lambda-rust, line 36)',
      'P:\n  - N: [{\n    "E": 1,\n    "F": [2,\n  3]\n    }]\n',
      { P: [{ N: [{ E: 1, F: [2, 3] }] }] },
    ],
    [
      "a '' escape and a comment with a quote inside the relaxed scalar's neighbours",
      "P:\n  D: 'it''s\n  x' # don't\n  E: it's\n",
      { P: { D: "it's x", E: "it's" } },
    ],
    [
      'a block scalar with quotes and brackets between relaxed lines',
      "P:\n  B: |\n    '[{\n  D: '{\n  }'\n",
      { P: { B: "'[{\n", D: '{ }' } },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseYaml(text).value).toEqual(expected);
  });

  it('keeps every line number: lines are only indented', () => {
    const text = "A:\n  B: '{\n  }'\n  C: [\n  1]\n";
    const relaxed = relaxIndentation(text)!;
    expect(relaxed.split('\n')).toHaveLength(text.split('\n').length);
    const { lines } = parseYaml(text);
    expect(lines.lineAt(['A', 'C'])).toBe(4);
  });

  it.each<[string, string]>([
    ['a document marker inside a quoted scalar (PyYAML stops there too)', "P:\n  D: 'a\n--- b'\n"],
    ['text after a closing quote (serverless-patterns rds-sns-event-notification)', "D: 'a' (b)\nR: 1\n"],
    [
      'a plain multi-line key (serverless-patterns apigw-custom-domain-edge)',
      'A:\n  B: 1\n\n  C:d\n    T: x\n',
    ],
    ['an under-indented plain scalar', 'P:\n  D: a\n  b\n'],
  ])('still refuses %s', (_name, text) => {
    expect(() => parseYaml(text)).toThrow(/invalid YAML/);
  });

  it('does not touch a document that YAML 1.2 already reads', () => {
    expect(relaxIndentation("A:\n  B: 'x'\n")).toBeNull();
  });
});

describe('plain scalars resolved as YAML 1.1 (cfn-lint) resolves them', () => {
  it.each<[string, unknown]>([
    ['Yes', true],
    ['off', false],
    ['ON', true],
    ['y', 'y'],
    ['N', 'N'],
    ['054676820928', '054676820928'],
    ['0755', 493],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['1:30', 90],
    ['1e5', '1e5'],
    ['1.5e+3', 1500],
    ['.5', 0.5],
    ['e1', 'e1'],
    ['.', '.'],
    ['~', null],
    ['Null', null],
    ['2010-09-09', '2010-09-09'],
    ['2001-12-14t21:59:43.10-05:00', '2001-12-14t21:59:43.10-05:00'],
    ['123456789012345678901', '123456789012345678901'],
    ["'0755'", '0755'],
    ['"Yes"', 'Yes'],
  ])('%s', (scalar, expected) => {
    expect(parseYaml(`v: ${scalar}\n`).value).toEqual({ v: expected });
  });
});
