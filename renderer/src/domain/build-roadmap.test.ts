import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import type { BuildResult } from './build-roadmap';
import { formatProblem } from './problem';
import type { Roadmap } from './roadmap';

// Line numbers matter below: they are given in the comments on the right.
const MD = `# Demo Roadmap

## 0. Basics

- **Alpha**
  - a1
  - **Important:** tip a
- **Beta**
  - b1

## 1. More

- **Gamma**
  - g1

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (End)**: Sections 1
`;
// Alpha: line 5, Beta: 8, section 1: 11, Gamma: 13, "## Phases": 16, phase 1: 18, phase 2: 19.

const SIDECAR = `{
  "roadmap": "demo",
  "topics": {
    "alpha": { "estimateHours": 1 },
    "beta": { "estimateHours": 2, "prerequisites": ["alpha"] },
    "gamma": { "estimateHours": 3, "prerequisites": ["beta", "alpha"] }
  }
}
`;

/** `text` with `from` replaced; throws if `from` is not there, so fixtures cannot rot silently. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

function build(md: string, sidecar: string | null = SIDECAR): BuildResult {
  return buildRoadmap({
    markdown: { file: 'demo.md', text: md },
    sidecar: sidecar === null ? undefined : { file: 'demo.json', text: sidecar },
  });
}

function problemsOf(md: string, sidecar: string | null = SIDECAR): string[] {
  const result = build(md, sidecar);
  expect(result.roadmap).toBeNull();
  return result.problems.map(formatProblem);
}

function valid(md: string, sidecar: string | null = SIDECAR): Roadmap {
  const result = build(md, sidecar);
  expect(result.problems).toEqual([]);
  if (!result.roadmap) throw new Error('no roadmap');
  return result.roadmap;
}

describe('buildRoadmap on a valid roadmap', () => {
  const roadmap = valid(MD);

  it('takes the id from the sidecar and the title from the Markdown', () => {
    expect(roadmap.id).toBe('demo');
    expect(roadmap.title).toBe('Demo Roadmap');
  });

  it('gives sections and topics their phase', () => {
    expect(roadmap.sections.map((s) => [s.number, s.phaseNumber])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(roadmap.topics.map((t) => [t.id, t.sectionNumber, t.phaseNumber])).toEqual([
      ['alpha', 0, 1],
      ['beta', 0, 1],
      ['gamma', 1, 2],
    ]);
    expect(roadmap.phases.map((p) => [p.number, p.title, p.sections])).toEqual([
      [1, 'Start', [0]],
      [2, 'End', [1]],
    ]);
  });

  it('joins the sidecar’s estimates and prerequisites to the topics', () => {
    expect(roadmap.topicsById.get('gamma')).toMatchObject({
      title: 'Gamma',
      estimateHours: 3,
      prerequisites: ['beta', 'alpha'],
      links: [],
      line: 13,
    });
    expect(roadmap.topicsById.get('alpha')).toMatchObject({ tip: 'tip a', tipSpans: [{ text: 'tip a' }] });
    expect(roadmap.topicsById.get('beta')?.tip).toBeNull();
  });

  it('lists prerequisite edges in roadmap order', () => {
    expect(roadmap.edges).toEqual([
      { from: 'alpha', to: 'beta' },
      { from: 'beta', to: 'gamma' },
      { from: 'alpha', to: 'gamma' },
    ]);
  });

  it('keeps the same object in sections, topics and topicsById', () => {
    expect(roadmap.sections.flatMap((s) => s.topics)).toEqual(roadmap.topics);
    for (const topic of roadmap.topics) expect(roadmap.topicsById.get(topic.id)).toBe(topic);
  });

  it('gives checklist items ids unique within their topic', () => {
    const md = edit(MD, '  - b1\n', '  - Same text\n  - Same text!\n  - ***\n  - Other\n');
    const items = valid(md).topicsById.get('beta')?.items ?? [];
    expect(items.map((i) => [i.id, i.text, i.line])).toEqual([
      ['same-text', 'Same text', 9],
      ['same-text-2', 'Same text!', 10],
      ['other', 'Other', 12],
    ]);
  });

  it('merges a prerequisite listed twice', () => {
    const sidecar = edit(SIDECAR, '"prerequisites": ["alpha"]', '"prerequisites": ["alpha", "alpha"]');
    expect(valid(MD, sidecar).topicsById.get('beta')?.prerequisites).toEqual(['alpha']);
  });

  it('names a roadmap without sidecar by its fallback id', () => {
    const result = buildRoadmap({
      markdown: {
        file: 'x.md',
        text: '# X\n\n## 0. One\n\n- **Only**\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0\n',
      },
      fallbackId: 'from-file-name',
    });
    expect(result.roadmap?.id).toBe('from-file-name');
  });

  it('refuses a roadmap with sections but no topics, and a binary file, saying where', () => {
    const empty = buildRoadmap({
      markdown: {
        file: 'x.md',
        text: '# X\n\n## 0. Empty\n\nProse.\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0\n',
      },
    });
    expect(empty.problems).toEqual([
      {
        file: 'x.md',
        line: 3,
        message:
          'the roadmap has no topics: write each topic as a list item with a bold title ("- **Topic**") under its section',
      },
    ]);
    const binary = buildRoadmap({ markdown: { file: 'p.md', text: '\u0089PNG\n\u0000\u0001' } });
    expect(binary.problems).toEqual([
      {
        file: 'p.md',
        line: 2,
        message: 'not a Markdown file: it holds binary data (choose a .md text file)',
      },
    ]);
  });
});

describe('buildRoadmap validation', () => {
  it('reports a topic outside any section at its line in the Markdown', () => {
    const md = edit(MD, '## 0. Basics\n', '- **Stray**\n\n## 0. Basics\n');
    expect(problemsOf(md)).toEqual([
      expect.stringMatching(/^demo\.md:3: topic "Stray" is outside any section/),
    ]);
  });

  it('reports a duplicate topic id at the second topic, naming the first', () => {
    const md = edit(MD, '- **Gamma**\n', '- **alpha!**\n- **Gamma**\n');
    expect(problemsOf(md)).toEqual([
      'demo.md:13: duplicate topic id "alpha" (also at line 5); topic titles must differ in letters or digits',
    ]);
  });

  it('gives a topic title without letters or digits a stable fallback id', () => {
    const md = edit(MD, '- **Gamma**\n', '- **→ ✓**\n- **Gamma**\n');
    const topic = valid(md, null).topics[2]!;
    expect(topic.title).toBe('→ ✓');
    expect(topic.id).toMatch(/^topic-[0-9a-z]+$/);
    expect(valid(md, null).topics[2]!.id).toBe(topic.id);
    // With a sidecar, that id is the one its entry needs.
    expect(problemsOf(md)).toEqual([
      `demo.json:3: topic "${topic.id}" (demo.md:13) is missing: it needs an estimate`,
    ]);
  });

  it('reports an unknown prerequisite at its line in the sidecar', () => {
    const sidecar = edit(SIDECAR, '["beta", "alpha"]', '["beta",\n      "alfa"]');
    expect(problemsOf(MD, sidecar)).toEqual([
      'demo.json:7: topic "gamma" has an unknown prerequisite "alfa"',
    ]);
  });

  it('reports a cycle naming its path, at the first edge of the cycle', () => {
    const sidecar = edit(
      SIDECAR,
      '"alpha": { "estimateHours": 1 }',
      '"alpha": { "estimateHours": 1, "prerequisites": ["beta"] }',
    );
    expect(problemsOf(MD, sidecar)).toEqual([
      'demo.json:4: prerequisite cycle: alpha needs beta needs alpha',
    ]);
  });

  it('reports a longer cycle with every topic on it', () => {
    const sidecar = `{
  "roadmap": "demo",
  "topics": {
    "alpha": { "estimateHours": 1, "prerequisites": ["gamma"] },
    "beta": { "estimateHours": 2, "prerequisites": ["alpha"] },
    "gamma": { "estimateHours": 3, "prerequisites": ["beta"] }
  }
}
`;
    const problems = problemsOf(MD, sidecar);
    expect(problems).toContain('demo.json:4: prerequisite cycle: alpha needs gamma needs beta needs alpha');
  });

  it('reports a prerequisite from a later phase', () => {
    const withLater = edit(SIDECAR, '"prerequisites": ["alpha"]', '"prerequisites": ["alpha", "gamma"]');
    const sidecar = edit(withLater, '["beta", "alpha"]', '["alpha"]');
    expect(problemsOf(MD, sidecar)).toEqual([
      'demo.json:5: topic "beta" (phase 1) needs "gamma" from a later phase (2)',
    ]);
  });

  it('reports a phases list that leaves a section out, at the "Phases" heading', () => {
    const md = edit(MD, '- **Phase 2 (End)**: Sections 1\n', '');
    expect(problemsOf(md)).toEqual(['demo.md:16: the phases list leaves out section 1 ("More")']);
  });

  it('reports a section named by two phases, at the later phase', () => {
    const md = edit(MD, '- **Phase 2 (End)**: Sections 1', '- **Phase 2 (End)**: Sections 0–1');
    expect(problemsOf(md)).toEqual(['demo.md:19: section 0 is named twice: in phase 1 and in phase 2']);
  });

  it('reports a phase naming a section that does not exist', () => {
    const md = edit(MD, '- **Phase 2 (End)**: Sections 1', '- **Phase 2 (End)**: Sections 1–2');
    expect(problemsOf(md)).toEqual(['demo.md:19: phase 2 names section 2, which does not exist']);
  });

  it('reports a phase listed twice', () => {
    const md = edit(MD, '- **Phase 2 (End)**: Sections 1', '- **Phase 1 (End)**: Sections 1');
    expect(problemsOf(md)).toEqual(['demo.md:19: phase 1 is listed twice']);
  });

  it('reports a missing phases list at the first section', () => {
    const md = MD.slice(0, MD.indexOf('## Phases'));
    expect(problemsOf(md)).toEqual([expect.stringMatching(/^demo\.md:3: no "## Phases" list/)]);
  });

  it('reports a section numbered twice', () => {
    const md = edit(MD, '## 1. More', '## 0. More');
    expect(problemsOf(md)).toContain('demo.md:11: section 0 is numbered twice (also at line 3)');
  });

  it('reports a topic missing from the sidecar at its "topics" key, naming the Markdown line', () => {
    const sidecar = edit(SIDECAR, '    "alpha": { "estimateHours": 1 },\n', '');
    expect(problemsOf(MD, sidecar)).toEqual([
      'demo.json:3: topic "alpha" (demo.md:5) is missing: it needs an estimate',
    ]);
  });

  it('reports a missing estimate at the topic’s entry', () => {
    const sidecar = edit(SIDECAR, '"beta": { "estimateHours": 2, ', '"beta": { ');
    expect(problemsOf(MD, sidecar)).toEqual(['demo.json:5: topic "beta" has no estimateHours']);
  });

  it.each([0, -1])('reports an estimate of %s hours at its line', (hours) => {
    const sidecar = edit(SIDECAR, '"estimateHours": 3', `"estimateHours": ${hours}`);
    expect(problemsOf(MD, sidecar)).toEqual([
      `demo.json:6: topic "gamma" has a non-positive estimate (${hours}); estimates are hours > 0`,
    ]);
  });

  it('builds without a sidecar: 1 h per checklist item (the tip not counted), no prerequisites', () => {
    const roadmap = valid(edit(MD, '  - b1\n', '  - b1\n  - b2\n  - b3\n'), null);
    expect(roadmap.id).toBe('demo-roadmap');
    expect(roadmap.topics.map((t) => [t.id, t.estimateHours, t.prerequisites])).toEqual([
      ['alpha', 1, []],
      ['beta', 3, []],
      ['gamma', 1, []],
    ]);
    // A topic with no sub-points at all still takes an hour.
    expect(valid(edit(MD, '  - g1\n', ''), null).topics[2]!.estimateHours).toBe(1);
  });

  it('reports a sidecar entry for a topic the Markdown does not have', () => {
    const sidecar = edit(SIDECAR, '    "alpha": {', '    "delta": { "estimateHours": 1 },\n    "alpha": {');
    expect(problemsOf(MD, sidecar)).toEqual([
      'demo.json:4: unknown topic "delta": no topic in demo.md has this id',
    ]);
  });

  it('reports a topic listed twice in the sidecar', () => {
    const sidecar = edit(SIDECAR, '    "beta": {', '    "alpha": { "estimateHours": 5 },\n    "beta": {');
    expect(problemsOf(MD, sidecar)).toEqual(['demo.json:5: topics: duplicate key "alpha" (also at line 4)']);
  });

  it('reports invalid sidecar JSON with its line, and no follow-on estimate problems', () => {
    const sidecar = edit(SIDECAR, '"roadmap": "demo",', '"roadmap": "demo"');
    expect(problemsOf(MD, sidecar)).toEqual(['demo.json:3: invalid JSON: comma expected at column 3']);
  });

  it('reports a sidecar schema error with its line', () => {
    const sidecar = edit(SIDECAR, '"estimateHours": 2', '"estimateHours": "2"');
    expect(problemsOf(MD, sidecar)).toEqual([
      expect.stringMatching(/^demo\.json:5: topics\.beta\.estimateHours: .*expected number/),
    ]);
  });

  it('reports all problems at once, Markdown first, each file by line', () => {
    const md = `- **Stray**

# Broken Roadmap

## 0. Basics

- **Alpha**
- **Beta**
- **ALPHA**

## 1. More

- **Gamma**

## 2. Forgotten

- **Delta**

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (End)**: Sections 0–1
`;
    const sidecar = `{
  "roadmap": "broken",
  "topics": {
    "alpha": { "estimateHours": 1, "prerequisites": ["gamma"] },
    "beta": { "estimateHours": 0, "prerequisites": ["nope"] },
    "gamma": { "estimateHours": 3, "prerequisites": ["delta"] },
    "delta": { "prerequisites": ["gamma"] }
  }
}
`;
    expect(problemsOf(md, sidecar)).toEqual([
      expect.stringMatching(/^demo\.md:1: topic "Stray" is outside any section/),
      'demo.md:9: duplicate topic id "alpha" (also at line 7); topic titles must differ in letters or digits',
      'demo.md:19: the phases list leaves out section 2 ("Forgotten")',
      'demo.md:22: section 0 is named twice: in phase 1 and in phase 2',
      'demo.json:4: topic "alpha" (phase 1) needs "gamma" from a later phase (2)',
      'demo.json:5: topic "beta" has a non-positive estimate (0); estimates are hours > 0',
      'demo.json:5: topic "beta" has an unknown prerequisite "nope"',
      'demo.json:6: prerequisite cycle: gamma needs delta needs gamma',
      'demo.json:7: topic "delta" has no estimateHours',
    ]);
  });

  it('reports problems in a file with CRLF line endings at the same lines', () => {
    const md = edit(MD, '- **Gamma**\n', '- **alpha!**\n- **Gamma**\n').replace(/\n/g, '\r\n');
    const sidecar = edit(SIDECAR, '["beta", "alpha"]', '["beta",\n      "alfa"]').replace(/\n/g, '\r\n');
    expect(problemsOf(md, sidecar)).toEqual([
      'demo.md:13: duplicate topic id "alpha" (also at line 5); topic titles must differ in letters or digits',
      'demo.json:7: topic "gamma" has an unknown prerequisite "alfa"',
    ]);
  });
});

describe('phase numbering', () => {
  it('reports phases not numbered 1, 2, 3 … in order', () => {
    const result = buildRoadmap({
      markdown: {
        file: 'r.md',
        text: '# T\n\n## 0. A\n\n- **One**\n\n## 1. B\n\n- **Two**\n\n## Phases\n\n- **Phase 2 (Later)**: Sections 1\n- **Phase 1 (First)**: Sections 0\n',
      },
      sidecar: {
        file: 's.json',
        text: JSON.stringify({
          roadmap: 't',
          topics: { one: { estimateHours: 1 }, two: { estimateHours: 1, prerequisites: ['one'] } },
        }),
      },
    });
    expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toContain(
      'r.md:13: phase 2 is listed in place 1: number phases 1, 2, 3 … in order',
    );
  });
});
