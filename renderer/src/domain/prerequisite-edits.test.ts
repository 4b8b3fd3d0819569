import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { edgesOf, findCycles } from './graph';
import {
  applyPrerequisiteEdits,
  checkNewPrerequisite,
  NO_PREREQUISITE_EDITS,
  prerequisiteEditCount,
  withoutPrerequisite,
  withPrerequisite,
} from './prerequisite-edits';
import type { PrerequisiteEdits } from './prerequisite-edits';
import type { Roadmap } from './roadmap';

const LONG = `Advanced ${'very '.repeat(20)}long topic`;

/** Phase 1: Alpha ← Beta ← Gamma, Delta alone; phase 2: Epsilon needs Gamma, and a long title. */
const MD = `# Edits Roadmap

## 0. Basics

- **Alpha**
- **Beta**
  - after: Alpha
- **Gamma**
  - after: Beta
- **Delta**

## 1. More

- **Epsilon**
  - after: Gamma
- **${LONG}** {#long}

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (End)**: Sections 1
`;

function roadmapOf(markdown: string): Roadmap {
  const built = buildRoadmap({ markdown: { file: 'e.md', text: markdown } });
  if (!built.roadmap) throw new Error(built.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return built.roadmap;
}

const source = roadmapOf(MD);
const edits = (added: [string, string][], removed: [string, string][] = []): PrerequisiteEdits => ({
  added: added.map(([from, to]) => ({ from, to })),
  removed: removed.map(([from, to]) => ({ from, to })),
});
const prerequisitesOf = (roadmap: Roadmap) =>
  Object.fromEntries(roadmap.topics.map((t) => [t.id, t.prerequisites]));

/** What buildRoadmap asks of a roadmap's prerequisites, and the consistency of its indexes. */
function expectValid(roadmap: Roadmap): void {
  expect(roadmap.edges).toEqual(edgesOf(roadmap.topics));
  expect(roadmap.topics).toEqual(roadmap.sections.flatMap((s) => s.topics));
  roadmap.sections
    .flatMap((s) => s.topics)
    .forEach((topic, i) => {
      expect(topic).toBe(roadmap.topics[i]);
      expect(roadmap.topicsById.get(topic.id)).toBe(topic);
    });
  expect(roadmap.topicsById.size).toBe(roadmap.topics.length);
  for (const topic of roadmap.topics) {
    expect(new Set(topic.prerequisites).size).toBe(topic.prerequisites.length);
    for (const pre of topic.prerequisites) {
      const target = roadmap.topicsById.get(pre);
      expect(target, `${topic.id} needs ${pre}`).toBeDefined();
      expect(target!.phaseNumber).toBeLessThanOrEqual(topic.phaseNumber);
    }
  }
  const needs = new Map(roadmap.topics.map((t) => [t.id, t.prerequisites]));
  expect(findCycles([...needs.keys()], needs)).toEqual([]);
}

describe('applyPrerequisiteEdits', () => {
  it('returns the roadmap itself without edits, or when no edit applies', () => {
    expect(applyPrerequisiteEdits(source, NO_PREREQUISITE_EDITS)).toBe(source);
    expect(applyPrerequisiteEdits(source, edits([]))).toBe(source);
    const stale = edits(
      [
        ['gone', 'alpha'],
        ['alpha', 'gone'],
        ['alpha', 'beta'],
      ],
      [
        ['gone', 'beta'],
        ['delta', 'beta'],
      ],
    );
    expect(applyPrerequisiteEdits(source, stale)).toBe(source);
  });

  it('adds and removes prerequisites, with new objects only where they change', () => {
    const applied = applyPrerequisiteEdits(source, edits([['delta', 'gamma']], [['beta', 'gamma']]));
    expect(applied.topicsById.get('gamma')!.prerequisites).toEqual(['delta']);
    expect(applied.edges).toEqual([
      { from: 'alpha', to: 'beta' },
      { from: 'delta', to: 'gamma' },
      { from: 'gamma', to: 'epsilon' },
    ]);
    expectValid(applied);
    expect(applied.topicsById.get('gamma')).not.toBe(source.topicsById.get('gamma'));
    for (const id of ['alpha', 'beta', 'delta', 'epsilon', 'long'])
      expect(applied.topicsById.get(id)).toBe(source.topicsById.get(id));
    expect(applied.sections[0]).not.toBe(source.sections[0]);
    expect(applied.sections[1]).toBe(source.sections[1]);
    expect(applied.phases).toBe(source.phases);
    // The source is untouched.
    expect(source.topicsById.get('gamma')!.prerequisites).toEqual(['beta']);
    expect(source.edges).toEqual(edgesOf(source.topics));
  });

  it('appends additions after the prerequisites the source keeps, in the order they were made', () => {
    const applied = applyPrerequisiteEdits(
      source,
      edits([
        ['delta', 'epsilon'],
        ['alpha', 'epsilon'],
      ]),
    );
    expect(applied.topicsById.get('epsilon')!.prerequisites).toEqual(['gamma', 'delta', 'alpha']);
  });

  it('ignores additions that are no longer valid: a later phase, a cycle, a duplicate, itself', () => {
    const applied = applyPrerequisiteEdits(
      source,
      edits([
        ['epsilon', 'alpha'],
        ['gamma', 'alpha'],
        ['alpha', 'beta'],
        ['delta', 'delta'],
        ['delta', 'alpha'],
        ['delta', 'alpha'],
      ]),
    );
    expect(prerequisitesOf(applied)).toEqual({ ...prerequisitesOf(source), alpha: ['delta'] });
    expectValid(applied);
  });

  it('keeps the first of two additions that together would close a cycle', () => {
    const applied = applyPrerequisiteEdits(
      source,
      edits([
        ['delta', 'alpha'],
        ['gamma', 'delta'],
      ]),
    );
    expect(applied.topicsById.get('alpha')!.prerequisites).toEqual(['delta']);
    expect(applied.topicsById.get('delta')!.prerequisites).toEqual([]);
    expectValid(applied);
  });

  it('allows an addition once a removal has broken the cycle it would close', () => {
    const applied = applyPrerequisiteEdits(source, edits([['gamma', 'alpha']], [['beta', 'gamma']]));
    expect(applied.topicsById.get('alpha')!.prerequisites).toEqual(['gamma']);
    expectValid(applied);
  });

  it('applies edits after a re-import to the topics that remain', () => {
    const reimported = roadmapOf(MD.replace('- **Delta**\n', '').replace('  - after: Alpha\n', ''));
    const applied = applyPrerequisiteEdits(
      reimported,
      edits(
        [
          ['delta', 'gamma'],
          ['alpha', 'epsilon'],
        ],
        [
          ['alpha', 'beta'],
          ['gamma', 'epsilon'],
        ],
      ),
    );
    expect(prerequisitesOf(applied)).toEqual({
      alpha: [],
      beta: [],
      gamma: ['beta'],
      epsilon: ['alpha'],
      long: [],
    });
    expectValid(applied);
  });
});

describe('checkNewPrerequisite', () => {
  it('allows a new prerequisite of the same or an earlier phase', () => {
    expect(checkNewPrerequisite(source, 'delta', 'gamma')).toBeNull();
    expect(checkNewPrerequisite(source, 'delta', 'epsilon')).toBeNull();
    expect(checkNewPrerequisite(source, 'alpha', 'gamma')).toBeNull();
    expect(checkNewPrerequisite(source, 'epsilon', 'long')).toBeNull();
  });

  it('refuses a topic needing itself or a prerequisite it already has', () => {
    expect(checkNewPrerequisite(source, 'beta', 'beta')).toBe('“Beta” cannot need itself');
    expect(checkNewPrerequisite(source, 'alpha', 'beta')).toBe('“Beta” already needs “Alpha”');
  });

  it('refuses a prerequisite from a later phase', () => {
    expect(checkNewPrerequisite(source, 'epsilon', 'delta')).toBe(
      '“Delta” cannot need “Epsilon”: it is in phase 1 and “Epsilon” in phase 2; a topic can only need topics of its own phase or an earlier one',
    );
  });

  it('refuses a cycle, naming its path along the arrows', () => {
    expect(checkNewPrerequisite(source, 'beta', 'alpha')).toBe(
      '“Alpha” cannot need “Beta”: “Beta” already needs “Alpha” (Alpha → Beta)',
    );
    expect(checkNewPrerequisite(source, 'gamma', 'alpha')).toBe(
      '“Alpha” cannot need “Gamma”: “Gamma” already needs “Alpha” (Alpha → Beta → Gamma)',
    );
  });

  it('names the shortest path of a cycle', () => {
    const md = `# Cycles\n\n## 0. All\n\n- **A**\n- **Q**\n  - after: A\n- **P**\n  - after: Q\n- **R**\n  - after: A\n- **X**\n  - after: P, R\n\n## Phases\n\n- **Phase 1 (All)**: Sections 0\n`;
    expect(checkNewPrerequisite(roadmapOf(md), 'x', 'a')).toBe(
      '“A” cannot need “X”: “X” already needs “A” (A → R → X)',
    );
  });

  it('shortens long titles and long paths', () => {
    const short = `${LONG.slice(0, 59)}…`;
    expect(checkNewPrerequisite(source, 'epsilon', 'epsilon')).toBe('“Epsilon” cannot need itself');
    expect(checkNewPrerequisite(source, 'long', 'long')).toBe(`“${short}” cannot need itself`);
    const titles = Array.from({ length: 10 }, (_, i) => `T${i}`);
    const md = `# Chain\n\n## 0. All\n\n${titles.map((t, i) => `- **${t}**${i > 0 ? `\n  - after: T${i - 1}` : ''}`).join('\n')}\n\n## Phases\n\n- **Phase 1 (All)**: Sections 0\n`;
    expect(checkNewPrerequisite(roadmapOf(md), 't9', 't0')).toBe(
      '“T0” cannot need “T9”: “T9” already needs “T0” (T0 → T1 → … 6 more … → T8 → T9)',
    );
  });

  it('names an id that is no topic', () => {
    expect(checkNewPrerequisite(source, 'gone', 'alpha')).toBe('“gone” is not a topic of this roadmap');
    expect(checkNewPrerequisite(source, 'alpha', 'gone\n')).toBe('“gone ” is not a topic of this roadmap');
  });

  it('reads the roadmap with the edits applied', () => {
    const applied = applyPrerequisiteEdits(source, edits([['delta', 'alpha']], [['beta', 'gamma']]));
    expect(checkNewPrerequisite(applied, 'delta', 'alpha')).toBe('“Alpha” already needs “Delta”');
    expect(checkNewPrerequisite(applied, 'gamma', 'alpha')).toBeNull();
    expect(checkNewPrerequisite(applied, 'beta', 'delta')).toBe(
      '“Delta” cannot need “Beta”: “Beta” already needs “Delta” (Delta → Alpha → Beta)',
    );
  });
});

describe('withPrerequisite and withoutPrerequisite', () => {
  const p = (from: string, to: string) => ({ from, to });

  it('adds a new prerequisite once', () => {
    const once = withPrerequisite(NO_PREREQUISITE_EDITS, p('delta', 'gamma'), source);
    expect(once).toEqual(edits([['delta', 'gamma']]));
    expect(withPrerequisite(once, p('delta', 'gamma'), source)).toBe(once);
  });

  it('records nothing for drawing a prerequisite the source has', () => {
    expect(withPrerequisite(NO_PREREQUISITE_EDITS, p('alpha', 'beta'), source)).toBe(NO_PREREQUISITE_EDITS);
  });

  it('cancels a removal when the prerequisite is drawn again', () => {
    const removed = withoutPrerequisite(NO_PREREQUISITE_EDITS, p('alpha', 'beta'), source);
    expect(removed).toEqual(edits([], [['alpha', 'beta']]));
    expect(withoutPrerequisite(removed, p('alpha', 'beta'), source)).toBe(removed);
    expect(withPrerequisite(removed, p('alpha', 'beta'), source)).toEqual(NO_PREREQUISITE_EDITS);
  });

  it('drops an added prerequisite when it is deleted, recording no removal', () => {
    const added = edits([
      ['delta', 'gamma'],
      ['delta', 'epsilon'],
    ]);
    expect(withoutPrerequisite(added, p('delta', 'gamma'), source)).toEqual(edits([['delta', 'epsilon']]));
  });

  it('returns the edits themselves for deleting a prerequisite that exists nowhere', () => {
    const some = edits([['delta', 'gamma']]);
    expect(withoutPrerequisite(some, p('delta', 'epsilon'), source)).toBe(some);
  });

  it('stays right after a re-import moved prerequisites in or out of the source', () => {
    const reimported = roadmapOf(
      MD.replace('  - after: Alpha\n', '').replace('- **Delta**\n', '- **Delta**\n  - after: Gamma\n'),
    );
    expect(reimported.topicsById.get('delta')!.prerequisites).toEqual(['gamma']);
    // The user removed alpha → beta, which the new source no longer has: drawing it adds it.
    const redrawn = withPrerequisite(edits([], [['alpha', 'beta']]), p('alpha', 'beta'), reimported);
    expect(redrawn).toEqual(edits([['alpha', 'beta']]));
    // The user added gamma → delta, which the new source has too: deleting it removes both.
    const deleted = withoutPrerequisite(edits([['gamma', 'delta']]), p('gamma', 'delta'), reimported);
    expect(deleted).toEqual(edits([], [['gamma', 'delta']]));
    expect(applyPrerequisiteEdits(reimported, deleted).topicsById.get('delta')!.prerequisites).toEqual([]);
  });

  it('makes plain JSON that survives storage, and counts edits', () => {
    let made = withPrerequisite(NO_PREREQUISITE_EDITS, p('delta', 'gamma'), source);
    made = withoutPrerequisite(made, p('gamma', 'epsilon'), source);
    expect(JSON.parse(JSON.stringify(made))).toEqual(made);
    expect(prerequisiteEditCount(made)).toBe(2);
    expect(prerequisiteEditCount(NO_PREREQUISITE_EDITS)).toBe(0);
    expect(Object.isFrozen(NO_PREREQUISITE_EDITS.added)).toBe(true);
  });
});

describe('edits over the FastAPI roadmap', () => {
  const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
  const read = (name: string) => ({ file: name, text: readFileSync(path.join(DIR, name), 'utf8') });
  const fastapi = buildRoadmap({ markdown: read('roadmap.md'), sidecar: read('sidecar.json') }).roadmap!;

  it('adds and removes arrows and stays a roadmap buildRoadmap accepts', () => {
    let made = NO_PREREQUISITE_EDITS;
    for (const [from, to] of [
      ['caching', 'logging'],
      ['migrations', 'caching'],
      ['python-foundations', 'web-http-basics'],
    ] as const) {
      expect(checkNewPrerequisite(applyPrerequisiteEdits(fastapi, made), from, to)).toBeNull();
      made = withPrerequisite(made, { from, to }, fastapi);
    }
    made = withoutPrerequisite(made, { from: 'project-setup', to: 'routing-basics' }, fastapi);
    const applied = applyPrerequisiteEdits(fastapi, made);
    expect(applied.edges).toHaveLength(fastapi.edges.length + 3 - 1);
    expect(applied.topicsById.get('logging')!.prerequisites).toEqual(['custom-middleware', 'caching']);
    expect(applied.topicsById.get('routing-basics')!.prerequisites).toEqual(['web-http-basics']);
    expectValid(applied);

    // The same prerequisites written into the sidecar build without a problem.
    const sidecar = JSON.parse(read('sidecar.json').text) as {
      topics: Record<string, { prerequisites: string[] }>;
    };
    for (const topic of applied.topics) sidecar.topics[topic.id]!.prerequisites = topic.prerequisites;
    const rebuilt = buildRoadmap({
      markdown: read('roadmap.md'),
      sidecar: { file: 'sidecar.json', text: JSON.stringify(sidecar) },
    });
    expect(rebuilt.problems).toEqual([]);
    expect(rebuilt.roadmap!.edges).toEqual(applied.edges);

    expect(checkNewPrerequisite(applied, 'routing-basics', 'python-foundations')).toBe(
      '“Python Foundations” cannot need “Routing Basics”: “Routing Basics” already needs “Python Foundations” (Python Foundations → Web & HTTP Basics → Routing Basics)',
    );
  });
});
