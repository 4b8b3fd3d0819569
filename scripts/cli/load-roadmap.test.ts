import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_ROADMAP, loadRoadmap } from './load-roadmap';
import { run } from './run-in-process';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EMPTY_ROADMAP =
  '# Empty\n\n## 0. Nothing Yet\n\n- **Only Topic**\n\n## Phases\n\n- **Phase 1 (All)**: Sections 0\n';

describe('loadRoadmap', () => {
  it('loads the built-in roadmap with the sidecar beside it', () => {
    const result = loadRoadmap(BUILTIN_ROADMAP);
    expect(result.problems).toEqual([]);
    expect(result.roadmap?.id).toBe('fastapi');
    expect(result.roadmap?.topics).toHaveLength(56);
  });

  it('names a roadmap without a sidecar after its file', () => {
    const dir = path.join(tmp, 'no-sidecar');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'my-plan.v2.md'), EMPTY_ROADMAP);
    expect(loadRoadmap(path.join(dir, 'my-plan.v2.md')).roadmap?.id).toBe('my-plan.v2');
  });

  it('returns a one-line error, not problems, for a file it cannot read', () => {
    const missing = path.join(tmp, 'missing.md');
    expect(loadRoadmap(missing)).toEqual({ roadmap: null, problems: [], error: `${missing}: no such file` });
    const dir = path.join(tmp, 'folder');
    mkdirSync(dir);
    expect(loadRoadmap(dir)).toEqual({ roadmap: null, problems: [], error: `${dir}: not a file` });
  });

  it('returns a one-line error for a sidecar it cannot read', () => {
    const dir = path.join(tmp, 'bad-sidecar');
    mkdirSync(path.join(dir, 'sidecar.json'), { recursive: true });
    writeFileSync(path.join(dir, 'r.md'), EMPTY_ROADMAP);
    expect(loadRoadmap(path.join(dir, 'r.md'))).toEqual({
      roadmap: null,
      problems: [],
      error: `${path.join(dir, 'sidecar.json')}: not a file`,
    });
  });
});

const KUBE = `# Kube Basics

## 0. Foundations

- **Containers**
  - Images
  - Registries
- **Linux Networking Basics** {#net}
  - estimate: 3 h

## 1. Cluster

- **Pods & Deployments** {#pods}
  - after: Containers, Linux Networking Basics
  - estimate: 4 h

## Phases

- **Phase 1 (Start)**: Sections 0
- **Phase 2 (Cluster)**: Sections 1
`;

describe('planner validate of a roadmap without a sidecar', () => {
  it('passes it with defaults and inline estimate: and after:', () => {
    const dir = path.join(tmp, 'kube');
    mkdirSync(dir);
    const file = path.join(dir, 'kube.md');
    writeFileSync(file, KUBE);
    expect(run('validate', file)).toEqual({
      code: 0,
      out: 'Kube Basics: valid — 2 sections, 3 topics, 2 phases, 2 prerequisites, 9 h estimated\n',
      err: '',
    });
    const roadmap = loadRoadmap(file).roadmap;
    expect(roadmap?.topics.map((t) => [t.id, t.estimateHours, t.prerequisites])).toEqual([
      ['containers', 2, []],
      ['net', 3, []],
      ['pods', 4, ['containers', 'net']],
    ]);
  });

  it('fails it with file:line problems for bad inline metadata', () => {
    const dir = path.join(tmp, 'kube-broken');
    mkdirSync(dir);
    const file = path.join(dir, 'kube.md');
    writeFileSync(
      file,
      KUBE.replace('estimate: 3 h', 'estimate: soon').replace('Containers, ', 'Containerz, '),
    );
    expect(run('validate', file)).toEqual({
      code: 1,
      out: '',
      err: [
        `${file}:9: topic "net": estimate "soon" is not a positive number of hours (write "estimate: 4 h" or "estimate: 1.5 h")`,
        `${file}:14: topic "pods" is after "Containerz", which is no topic's title or id`,
        '',
      ].join('\n'),
    });
  });

  it('lets a sidecar given with --sidecar win over the inline values', () => {
    const dir = path.join(tmp, 'kube-sidecar');
    mkdirSync(dir);
    const file = path.join(dir, 'kube.md');
    const sidecar = path.join(dir, 'extra.json');
    writeFileSync(file, KUBE);
    // A topic the sidecar leaves out needs its estimate inline (`net` has one): an entry missing
    // from a sidecar is more often a renamed topic than a wish for the default.
    const topics = { containers: { estimateHours: 5 }, pods: { prerequisites: ['net'] } };
    writeFileSync(sidecar, JSON.stringify({ roadmap: 'kube', topics }));
    const roadmap = loadRoadmap(file, sidecar).roadmap;
    expect(roadmap?.id).toBe('kube');
    expect(roadmap?.topicsById.get('pods')?.prerequisites).toEqual(['net']);
    expect(roadmap?.topicsById.get('pods')?.estimateHours).toBe(4);
    expect(roadmap?.topicsById.get('containers')?.estimateHours).toBe(5);
  });
});

describe('the example roadmap without a sidecar', () => {
  it('validates', () => {
    const file = path.resolve(import.meta.dirname, '../../content/examples/kubernetes-basics.md');
    expect(run('validate', file)).toEqual({
      code: 0,
      out: 'Kubernetes Basics (an example roadmap in one file): valid — 3 sections, 8 topics, 2 phases, 8 prerequisites, 17.5 h estimated\n',
      err: '',
    });
  });
});

describe('a JSON Canvas roadmap', () => {
  const file = path.resolve(import.meta.dirname, '../../content/examples/kubernetes.canvas');

  it('validates and prints as JSON, with no sidecar', () => {
    const validated = run('validate', file);
    expect(validated.code).toBe(0);
    expect(validated.out).toMatch(/: valid — 5 sections, 13 topics, 1 phase, 12 prerequisites, /);
    const json = run('roadmap', '--json', '--file', file);
    expect(json.code).toBe(0);
    const sections = (JSON.parse(json.out) as { sections: { topics: unknown[] }[] }).sections;
    expect(sections.flatMap((section) => section.topics)).toHaveLength(13);
  });

  it('refuses a sidecar in one line', () => {
    expect(run('validate', file, '--sidecar', 'sidecar.json')).toEqual({
      code: 1,
      out: '',
      err: `${file}: a .canvas roadmap takes no sidecar (write estimate: and after: on its cards)\n`,
    });
  });

  it('gives a broken canvas its problems by line', () => {
    const broken = path.join(tmp, 'broken.canvas');
    writeFileSync(broken, '{\n  "nodes": [\n    {"id": "a", "type": "text"}\n  ]\n}\n');
    const result = run('validate', broken);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
  });
});
