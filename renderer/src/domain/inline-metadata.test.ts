import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import type { BuildResult } from './build-roadmap';
import { readEstimate, resolveAfter, topicIdOf, topicNames } from './inline-metadata';
import { formatProblem } from './problem';
import type { Roadmap } from './roadmap';

const MD = `# Kube Roadmap

## 0. Basics

- **Containers**
  - Images
  - Registries
  - estimate: 2 h
- **Linux Networking Basics** {#net}
  - Interfaces
  - **Important:** Know your routes.

## 1. Cluster

- **Pods & Deployments** {#pods}
  - Pods
  - after: Containers, Linux Networking Basics
  - Estimate: 1.5 h
- **Path, Query, Header**
  - after: pods

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (End)**: Sections 1
`;

/** The line of the first line of `text` holding `needle`, so fixtures can change freely. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  return index + 1;
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

function build(md: string, sidecar?: string): BuildResult {
  return buildRoadmap({
    markdown: { file: 'k.md', text: md },
    sidecar: sidecar === undefined ? undefined : { file: 'k.json', text: sidecar },
  });
}

function valid(md: string, sidecar?: string): Roadmap {
  const result = build(md, sidecar);
  expect(result.problems.map(formatProblem)).toEqual([]);
  return result.roadmap!;
}

function problemsOf(md: string, sidecar?: string): string[] {
  const result = build(md, sidecar);
  expect(result.roadmap).toBeNull();
  return result.problems.map(formatProblem);
}

describe('inline metadata in the Markdown', () => {
  it('reads estimate: and after: sub-points, which are not checklist items', () => {
    const roadmap = valid(MD);
    expect(roadmap.topics.map((t) => [t.id, t.estimateHours, t.prerequisites])).toEqual([
      ['containers', 2, []],
      ['net', 1, []],
      ['pods', 1.5, ['containers', 'net']],
      ['path-query-header', 1, ['pods']],
    ]);
    expect(roadmap.topicsById.get('containers')!.items.map((i) => i.text)).toEqual(['Images', 'Registries']);
    expect(roadmap.topicsById.get('pods')!.items.map((i) => i.text)).toEqual(['Pods']);
    expect(roadmap.topicsById.get('net')!.tip).toBe('Know your routes.');
  });

  it('reads estimates written in several ways', () => {
    for (const [text, hours] of [
      ['4 h', 4],
      ['4h', 4],
      ['1.5 h', 1.5],
      ['.5 hours', 0.5],
      ['3 hrs', 3],
      ['2', 2],
      ['1000 h', 1000],
    ] as const)
      expect(readEstimate(text)).toEqual({ hours });
  });

  it('reports an estimate that is not a positive number of hours, at its line', () => {
    for (const bad of ['four', '0 h', '-1 h', '1,5 h', '2 days', ''])
      expect(problemsOf(edit(MD, 'estimate: 2 h', `estimate: ${bad}`))).toEqual([
        `k.md:8: topic "containers": estimate "${bad}" is not a positive number of hours (write "estimate: 4 h" or "estimate: 1.5 h")`,
      ]);
    expect(problemsOf(edit(MD, 'estimate: 2 h', 'estimate: 1001 h'))).toEqual([
      'k.md:8: topic "containers": estimate 1001 h is more than 1000 hours',
    ]);
    const twice = edit(MD, '  - estimate: 2 h\n', '  - estimate: 2 h\n  - estimate: 3 h\n');
    expect(problemsOf(twice)).toEqual([
      'k.md:9: topic "containers" has a second estimate (the first is at line 8)',
    ]);
  });

  it('finds after: names by title in any case, by id, and titles with commas', () => {
    const names = topicNames(valid(MD).topics);
    expect(resolveAfter('containers , NET, pods & deployments', names)).toEqual({
      ids: ['containers', 'net', 'pods'],
      unknown: [],
    });
    expect(resolveAfter('Path, Query, Header, Containers', names)).toEqual({
      ids: ['path-query-header', 'containers'],
      unknown: [],
    });
    expect(resolveAfter('Pods, Nope,', names)).toEqual({ ids: ['pods'], unknown: ['Nope'] });
  });

  it('reports an unknown name in after:, at its line', () => {
    const md = edit(MD, 'after: pods', 'after: pods, Helm Charts');
    expect(problemsOf(md)).toEqual([
      `k.md:${lineOf(md, 'Helm')}: topic "path-query-header" is after "Helm Charts", which is no topic's title or id`,
    ]);
  });

  it('reports a cycle with its path, at the after: line that closes it', () => {
    const md = edit(MD, '  - Pods\n', '  - Pods\n  - after: Path, Query, Header\n');
    expect(problemsOf(md)).toEqual([
      `k.md:${lineOf(md, 'after: Path')}: prerequisite cycle: pods needs path-query-header needs pods`,
    ]);
    const self = edit(MD, 'after: pods', 'after: pods, path-query-header');
    expect(problemsOf(self)).toEqual([
      `k.md:${lineOf(self, 'after: pods')}: prerequisite cycle: path-query-header needs path-query-header`,
    ]);
  });

  it('reports a prerequisite in a later phase, at its line', () => {
    const withHelm = `${MD.slice(0, MD.indexOf('## Phases'))}- **Helm**\n\n${MD.slice(MD.indexOf('## Phases'))}`;
    const md = edit(withHelm, '  - Interfaces\n', '  - Interfaces\n  - after: Helm\n');
    expect(problemsOf(md)).toEqual([
      `k.md:${lineOf(md, 'after: Helm')}: topic "net" (phase 1) needs "helm" from a later phase (2)`,
    ]);
  });

  it('keeps the checklist of a topic whose sub-point only starts like metadata', () => {
    const md = edit(MD, '  - Images\n', '  - Estimates of image size\n  - After-hours rollouts\n');
    expect(
      valid(md)
        .topicsById.get('containers')!
        .items.map((i) => i.text),
    ).toEqual(['Estimates of image size', 'After-hours rollouts', 'Registries']);
  });

  it('reports a hidden character in an after: line', () => {
    const md = edit(MD, 'after: pods', 'after: po\u200bds');
    expect(problemsOf(md)).toContain(
      'k.md:20: the "after:" of topic "Path, Query, Header" contains a hidden character U+200B (zero-width space); remove it',
    );
  });
});

describe('{#id} after a topic title', () => {
  it('fixes the id: the title can change and the id stays', () => {
    const renamed = valid(
      edit(MD, '**Pods & Deployments** {#pods}', '**Pods, ReplicaSets and Deployments** {#pods}'),
    );
    expect(renamed.topicsById.get('pods')!.title).toBe('Pods, ReplicaSets and Deployments');
    expect(renamed.topicsById.get('path-query-header')!.prerequisites).toEqual(['pods']);
  });

  it('reports an {#id} that is not an id, and a duplicate id, at the topic line', () => {
    expect(problemsOf(edit(MD, '{#pods}', '{#Pods Deploy}'))).toEqual([
      'k.md:15: the id {#Pods Deploy} of topic "Pods & Deployments" is not an id: use lowercase letters, digits and single hyphens (like {#pods-deploy})',
      'k.md:20: topic "path-query-header" is after "pods", which is no topic\'s title or id',
    ]);
    expect(problemsOf(edit(MD, '{#pods}', '{#net}'))).toEqual([
      'k.md:15: duplicate topic id "net" (also at line 9); give each topic its own {#id}',
      'k.md:20: topic "path-query-header" is after "pods", which is no topic\'s title or id',
    ]);
  });
});

describe('titles in other scripts', () => {
  it('builds roadmaps in Cyrillic, Greek, Japanese and Arabic, after: by title', () => {
    for (const [first, second, ids] of [
      ['Основы Linux', 'Сети и маршрутизация', ['основы-linux', 'сети-и-маршрутизация']],
      ['Εισαγωγή', 'Δίκτυα', ['εισαγωγή', 'δίκτυα']],
      ['コンテナ入門', 'ネットワーク', ['コンテナ入門', 'ネットワーク']],
      ['مقدمة', 'الشبكات', ['مقدمة', 'الشبكات']],
    ] as const) {
      const md = `# R\n\n## 0. S\n\n- **${first}**\n  - a\n- **${second}**\n  - after: ${first}\n\n## Phases\n\n- **Phase 1**: Sections 0\n`;
      const roadmap = valid(md);
      expect(roadmap.topics.map((t) => t.id)).toEqual(ids);
      expect(roadmap.topics[1]!.prerequisites).toEqual([ids[0]]);
    }
  });
});

describe('a sidecar beside inline metadata', () => {
  it('wins field by field, topic by topic', () => {
    const sidecar = JSON.stringify({
      roadmap: 'kube',
      topics: {
        containers: { estimateHours: 5 },
        net: { estimateHours: 2, prerequisites: [] },
        pods: { prerequisites: ['net'] },
        'path-query-header': { estimateHours: 1, links: [{ title: 'Docs', url: 'https://example.org' }] },
      },
    });
    const roadmap = valid(MD, sidecar);
    expect(roadmap.id).toBe('kube');
    expect(roadmap.topics.map((t) => [t.id, t.estimateHours, t.prerequisites, t.links.length])).toEqual([
      ['containers', 5, [], 0],
      ['net', 2, [], 0],
      ['pods', 1.5, ['net'], 0],
      ['path-query-header', 1, ['pods'], 1],
    ]);
  });

  it('still needs an estimate for a topic the sidecar leaves out, unless the Markdown has one', () => {
    const sidecar = JSON.stringify({ roadmap: 'kube', topics: { containers: { estimateHours: 5 } } });
    expect(problemsOf(MD, sidecar)).toEqual([
      'k.json:1: topic "net" (k.md:9) is missing: it needs an estimate',
      'k.json:1: topic "path-query-header" (k.md:19) is missing: it needs an estimate',
    ]);
  });
});

describe('a roadmap without a sidecar (property)', () => {
  it('builds, with unique ids and every estimate at least 1 h', () => {
    const title = fc.stringMatching(/^[A-Za-zÀ-ÿА-я一-龥 ]{1,12}$/).filter((t) => /\S/.test(t));
    const topic = fc.record({ title, items: fc.nat(4) });
    const roadmap = fc.array(fc.array(topic, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(roadmap, (sections) => {
        const seen = new Set<string>();
        let n = 0;
        const body = sections.map((topics, s) => {
          const lines = topics.map(({ title: t, items }) => {
            // Titles may slug alike; {#id} keeps each topic its own.
            const id = topicIdOf({ title: t.trim(), idMark: null }).id;
            const mark = seen.has(id) ? ` {#t${n}}` : '';
            seen.add(id);
            n++;
            const subs = Array.from({ length: items }, (_, i) => `  - point ${i}\n`).join('');
            return `- **${t.trim()}**${mark}\n${subs}`;
          });
          return `## ${s}. Section ${s}\n\n${lines.join('')}`;
        });
        const md = `# Generated\n\n${body.join('\n')}\n## Phases\n\n- **Phase 1**: Sections 0–${sections.length - 1}\n`;
        const roadmap = valid(md);
        expect(new Set(roadmap.topics.map((t) => t.id)).size).toBe(n);
        for (const t of roadmap.topics) expect(t.estimateHours).toBe(Math.max(1, t.items.length));
      }),
    );
  });
});
