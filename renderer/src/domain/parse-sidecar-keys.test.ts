import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { MAX_JSON_DEPTH } from './json-depth';
import { parseSidecar } from './parse-sidecar';
import { formatProblem } from './problem';

// Bounds and hostile keys in a roadmap's sidecar (issue 12), through the parser and the build.

const MD = `# Demo Roadmap

## 1. Basics

- **Alpha**
  - a1
- **constructor**
  - c1

## Phases

- **Phase 1 (Start)**: Sections 1
`;
// Alpha: line 5, constructor: line 7.

const sidecar = (topics: string) => `{
  "roadmap": "demo",
  "topics": {
${topics}
  }
}
`;

const problemsOf = (text: string) => parseSidecar('s.json', text).problems.map(formatProblem);

const build = (text: string) =>
  buildRoadmap({ markdown: { file: 'demo.md', text: MD }, sidecar: { file: 's.json', text } });

describe('parseSidecar: bounds', () => {
  it('refuses an estimate over 1,000 hours at its line (1e300 was accepted)', () => {
    expect(problemsOf(sidecar('    "alpha": { "estimateHours": 1e300 }'))).toEqual([
      's.json:4: topics.alpha.estimateHours: at most 1000 hours',
    ]);
    expect(problemsOf(sidecar('    "alpha": { "estimateHours": 1000 }'))).toEqual([]);
  });

  it('refuses JSON nested too deeply with its line, before the parser recurses', () => {
    const deep = sidecar(`    "alpha": { "links": ${'['.repeat(8000)}${']'.repeat(8000)} }`);
    const parsed = parseSidecar('s.json', deep);
    expect(parsed.sidecar).toBeNull();
    expect(parsed.problems.map(formatProblem)).toEqual([
      `s.json:4: invalid JSON: nested too deeply at column ${25 + MAX_JSON_DEPTH - 3} (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`,
    ]);
  });
});

describe('parseSidecar: keys that are Object.prototype’s names', () => {
  it('refuses a topic "__proto__" by name at its line, rather than dropping it', () => {
    const text = sidecar('    "alpha": { "estimateHours": 1 },\n    "__proto__": { "estimateHours": 2 }');
    expect(problemsOf(text)).toEqual(['s.json:5: topics.__proto__: "__proto__" cannot be a topic id']);
  });

  it('looks up only own topics: one titled constructor with no entry is missing, not Object’s', () => {
    const result = build(sidecar('    "alpha": { "estimateHours": 1 }'));
    expect(result.problems.map(formatProblem)).toEqual([
      's.json:3: topic "constructor" (demo.md:7) is missing: it needs an estimate',
    ]);
  });

  it('reads a topic titled constructor from its own entry like any other', () => {
    const result = build(
      sidecar('    "alpha": { "estimateHours": 1 },\n    "constructor": { "estimateHours": 2.5 }'),
    );
    expect(result.problems).toEqual([]);
    expect(result.roadmap?.topicsById.get('constructor')?.estimateHours).toBe(2.5);
  });

  it('reports toString as an unknown topic (ids are lowercase), not as a method', () => {
    const text = sidecar(
      '    "alpha": { "estimateHours": 1 },\n    "constructor": { "estimateHours": 1 },\n    "toString": { "estimateHours": 1 }',
    );
    expect(build(text).problems.map(formatProblem)).toEqual([
      's.json:6: unknown topic "toString": no topic in demo.md has this id',
    ]);
  });
});
