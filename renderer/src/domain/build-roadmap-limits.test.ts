import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { formatProblem } from './problem';
import { syntheticRoadmap } from './synthetic-roadmap';

// Line numbers matter below: Alpha is on line 5, its sub-point 6, its tip 7, phase 1 line 11.
const MD = `# Demo

## 0. Basics

- **Alpha**
  - a1
  - **Important:** tip a

## Phases

- **Phase 1 (Start)**: Sections 0
`;
const SIDECAR = {
  roadmap: 'demo',
  topics: { alpha: { estimateHours: 1, links: [{ title: 'Docs', url: 'https://example.com/' }] } },
};

function problemsOf(md: string, sidecar: unknown = SIDECAR): string[] {
  const result = buildRoadmap({
    markdown: { file: 'demo.md', text: md },
    sidecar: { file: 'demo.json', text: JSON.stringify(sidecar, null, 2) },
  });
  return result.problems.map(formatProblem);
}

describe('buildRoadmap: hidden characters', () => {
  it('builds the demo as it is', () => {
    expect(problemsOf(MD)).toEqual([]);
  });

  it('reports them in titles, sub-points, tips and phases, with file and line, without echoing them', () => {
    const md = MD.replace('**Alpha**', '**Alpha\u202E**')
      .replace('a1', 'a\u200B1')
      .replace('tip a', 'tip\u2066 a\u2069')
      .replace('(Start)', '(St\uFEFFart)')
      .replace('Basics', 'Ba\u2060sics')
      .replace('# Demo', '\n# De\u202Dmo');
    expect(problemsOf(md, { ...SIDECAR, topics: { alpha: SIDECAR.topics.alpha } })).toEqual([
      "demo.md:2: the roadmap's title contains a hidden character U+202D (left-to-right override); remove it",
      'demo.md:4: the title of section 0 contains a hidden character U+2060 (word joiner); remove it',
      'demo.md:6: the title of topic "Alpha" contains a hidden character U+202E (right-to-left override); remove it',
      'demo.md:7: a sub-point of topic "Alpha" contains a hidden character U+200B (zero-width space); remove it',
      'demo.md:8: the tip of topic "Alpha" contains hidden characters U+2066 (left-to-right isolate), U+2069 (pop directional isolate); remove them',
      'demo.md:12: the title of phase 1 contains a hidden character U+FEFF (zero-width no-break space); remove it',
    ]);
  });

  it('reports them in sidecar links at their line', () => {
    const link = { title: 'Do\u202Ecs', url: 'https://example.com/' };
    expect(problemsOf(MD, { ...SIDECAR, topics: { alpha: { estimateHours: 1, links: [link] } } })).toEqual([
      'demo.json:8: the link title of topic "alpha" contains a hidden character U+202E (right-to-left override); remove it',
    ]);
  });

  it('leaves the joiners U+200C and U+200D alone', () => {
    expect(problemsOf(MD.replace('a1', 'a\u200C1\u200D'))).toEqual([]);
  });
});

describe('buildRoadmap: the parse budget', () => {
  it('refuses a bomb before parsing, with only the budget problem', () => {
    const start = performance.now();
    expect(problemsOf(`${MD}\n${'- '.repeat(20_000)}x\n`)).toEqual([
      'demo.md:13: line 13 is 40,001 characters long (the limit is 10,000)',
      'demo.md:13: line 13 opens 20,000 lists or quotes on one line (the limit is 10)',
    ]);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('builds 5,000 topics and refuses 5,001', () => {
    const build = (n: number) => {
      const { markdown, sidecar } = syntheticRoadmap(n);
      return buildRoadmap({
        markdown: { file: 's.md', text: markdown },
        sidecar: { file: 's.json', text: sidecar },
      });
    };
    expect(build(5000).roadmap?.topics).toHaveLength(5000);
    const refused = build(5001);
    expect(refused.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^s\.md:\d+: the roadmap has more than 5,000 topics \(the limit is 5,000\); this is topic 5,001$/,
      ),
    ]);
  });
});
