import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_ROADMAP } from './load-roadmap';
import { run } from './run-in-process';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILTIN_SIDECAR = path.join(path.dirname(BUILTIN_ROADMAP), 'sidecar.json');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'planner-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes files into a fresh folder under the temp dir; returns the folder. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const MD = `# Tiny Roadmap

## 0. Start

- **First Steps**
  - Install \`tool\`
  - **Important:** Take it slow.

## 1. Next

- **Second Steps**
  - Practise

## Phases

- **Phase 1 (A)**: Sections 0
- **Phase 2 (B)**: Sections 1
`;

const SIDECAR = `{
  "roadmap": "tiny",
  "topics": {
    "first-steps": { "estimateHours": 2, "links": [{ "title": "Docs", "url": "https://example.org/" }] },
    "second-steps": { "estimateHours": 3, "prerequisites": ["first-steps"] }
  }
}
`;

const TOPIC_KEYS = ['estimateHours', 'id', 'items', 'links', 'prerequisites', 'tip', 'title'];

/** Checks every object in `roadmap --json` output has exactly the contract's keys and types. */
function expectContractShape(json: unknown): void {
  const root = json as Record<string, unknown>;
  expect(Object.keys(root).sort()).toEqual(['id', 'phases', 'sections', 'title']);
  expect(typeof root.id).toBe('string');
  expect(typeof root.title).toBe('string');
  for (const phase of root.phases as Record<string, unknown>[]) {
    expect(Object.keys(phase).sort()).toEqual(['number', 'sections', 'title']);
    expect(typeof phase.number).toBe('number');
    expect(typeof phase.title).toBe('string');
    expect((phase.sections as unknown[]).every((n) => typeof n === 'number')).toBe(true);
  }
  for (const section of root.sections as Record<string, unknown>[]) {
    expect(Object.keys(section).sort()).toEqual(['number', 'title', 'topics']);
    expect(typeof section.number).toBe('number');
    expect(typeof section.title).toBe('string');
    for (const topic of section.topics as Record<string, unknown>[]) {
      expect(Object.keys(topic).sort()).toEqual(TOPIC_KEYS);
      expect(typeof topic.id).toBe('string');
      expect(typeof topic.title).toBe('string');
      expect((topic.items as unknown[]).every((i) => typeof i === 'string')).toBe(true);
      expect(topic.tip === null || typeof topic.tip === 'string').toBe(true);
      expect(typeof topic.estimateHours).toBe('number');
      expect((topic.prerequisites as unknown[]).every((p) => typeof p === 'string')).toBe(true);
      for (const link of topic.links as Record<string, unknown>[]) {
        expect(Object.keys(link).sort()).toEqual(['title', 'url']);
        expect(typeof link.title).toBe('string');
        expect(typeof link.url).toBe('string');
      }
    }
  }
}

type RoadmapOutput = {
  id: string;
  title: string;
  phases: { number: number; title: string; sections: number[] }[];
  sections: {
    number: number;
    title: string;
    topics: {
      id: string;
      items: string[];
      tip: string | null;
      prerequisites: string[];
      estimateHours: number;
    }[];
  }[];
};

describe('planner roadmap --json', () => {
  it('prints the built-in FastAPI roadmap in the contract shape', () => {
    const { code, out, err } = run('roadmap', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.endsWith('}\n')).toBe(true);
    const json = JSON.parse(out) as RoadmapOutput;
    expectContractShape(json);
    expect(json.id).toBe('fastapi');
    expect(json.title).toBe('FastAPI Complete Learning Roadmap (Beginner → Production-Ready)');
    expect(json.sections.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i));
    expect(json.sections.flatMap((s) => s.topics)).toHaveLength(56);
    expect(json.phases.map((p) => p.sections)).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16],
    ]);
    const setup = json.sections[1]?.topics.find((t) => t.id === 'project-setup');
    expect(setup?.items).toContain('Basic folder structure: app/main.py, app/api/, app/models/, app/core/');
  });

  it('finds the built-in roadmap from any working directory', () => {
    const before = process.cwd();
    try {
      process.chdir(tmp);
      const { code, out } = run('roadmap', '--json');
      expect(code).toBe(0);
      expect((JSON.parse(out) as RoadmapOutput).id).toBe('fastapi');
    } finally {
      process.chdir(before);
    }
  });

  it('prints a roadmap file, reading the sidecar beside it', () => {
    const dir = folder('valid', { 'tiny.md': MD, 'sidecar.json': SIDECAR });
    const { code, out, err } = run('roadmap', '--json', '--file', path.join(dir, 'tiny.md'));
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as unknown;
    expectContractShape(json);
    expect(json).toEqual({
      id: 'tiny',
      title: 'Tiny Roadmap',
      phases: [
        { number: 1, title: 'A', sections: [0] },
        { number: 2, title: 'B', sections: [1] },
      ],
      sections: [
        {
          number: 0,
          title: 'Start',
          topics: [
            {
              id: 'first-steps',
              title: 'First Steps',
              items: ['Install tool'],
              tip: 'Take it slow.',
              estimateHours: 2,
              prerequisites: [],
              links: [{ title: 'Docs', url: 'https://example.org/' }],
            },
          ],
        },
        {
          number: 1,
          title: 'Next',
          topics: [
            {
              id: 'second-steps',
              title: 'Second Steps',
              items: ['Practise'],
              tip: null,
              estimateHours: 3,
              prerequisites: ['first-steps'],
              links: [],
            },
          ],
        },
      ],
    });
  });

  it('takes --file=<path> and an explicit --sidecar from elsewhere', () => {
    const md = folder('md-only', { 'tiny.md': MD });
    const side = folder('side-only', { 'extra.json': SIDECAR });
    const { code, out } = run('roadmap', '--json', `--file=${md}/tiny.md`, '--sidecar', `${side}/extra.json`);
    expect(code).toBe(0);
    expect((JSON.parse(out) as RoadmapOutput).id).toBe('tiny');
  });

  it('builds a file without a sidecar, with default estimates and no prerequisites', () => {
    const dir = folder('no-sidecar', { 'tiny.md': MD });
    const { code, out, err } = run('roadmap', '--json', '--file', path.join(dir, 'tiny.md'));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const json = JSON.parse(out) as RoadmapOutput;
    expect(json.id).toBe('tiny');
    const topics = json.sections.flatMap((section) => section.topics);
    expect(topics.map((t) => [t.id, t.estimateHours, t.prerequisites])).toEqual([
      ['first-steps', 1, []],
      ['second-steps', 1, []],
    ]);
  });
});

describe('planner validate', () => {
  it('passes the built-in roadmap with a one-line summary', () => {
    const { code, out, err } = run('validate', path.relative(process.cwd(), BUILTIN_ROADMAP));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^FastAPI Complete Learning Roadmap \(Beginner → Production-Ready\): valid — 17 sections, 56 topics, 3 phases, \d+ prerequisites, [\d.]+ h estimated\n$/,
    );
  });

  it('passes a valid file with a one-line summary', () => {
    const dir = folder('valid-2', { 'tiny.md': MD, 'sidecar.json': SIDECAR });
    const { code, out, err } = run('validate', path.join(dir, 'tiny.md'));
    expect({ code, out, err }).toEqual({
      code: 0,
      out: 'Tiny Roadmap: valid — 2 sections, 2 topics, 2 phases, 1 prerequisite, 5 h estimated\n',
      err: '',
    });
  });

  it('fails a broken file with one <file>:<line>: <message> line per problem', () => {
    const md = `# Broken

- **Stray**

## 0. Start

- **First Steps**
- **First steps!**

## 1. Next

- **Second Steps**

## Phases

- **Phase 1 (A)**: Sections 0
`;
    const sidecar = `{
  "roadmap": "broken",
  "topics": {
    "first-steps": { "estimateHours": 2, "prerequisites": ["second-steps"] },
    "second-steps": { "estimateHours": -1, "prerequisites": ["first-steps", "missing"] }
  }
}
`;
    const dir = folder('broken', { 'broken.md': md, 'sidecar.json': sidecar });
    const file = path.join(dir, 'broken.md');
    const side = path.join(dir, 'sidecar.json');
    const { code, out, err } = run('validate', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.endsWith('\n')).toBe(true);
    // Markdown first, then the sidecar, each by line.
    expect(err.trimEnd().split('\n')).toEqual([
      `${file}:3: topic "Stray" is outside any section (add a "## N. Section title" heading above it)`,
      `${file}:8: duplicate topic id "first-steps" (also at line 7); topic titles must differ in letters or digits`,
      `${file}:14: the phases list leaves out section 1 ("Next")`,
      `${side}:4: prerequisite cycle: first-steps needs second-steps needs first-steps`,
      `${side}:5: topic "second-steps" has a non-positive estimate (-1); estimates are hours > 0`,
      `${side}:5: topic "second-steps" has an unknown prerequisite "missing"`,
    ]);
  });

  it('names files as they were typed, relative paths included', () => {
    const dir = folder('relative', {
      'tiny.md': MD,
      'sidecar.json': SIDECAR.replace('"estimateHours": 3', '"estimateHours": 0'),
    });
    const typed = path.relative(process.cwd(), path.join(dir, 'tiny.md'));
    const { code, err } = run('validate', typed);
    expect(code).toBe(1);
    expect(err).toBe(
      `${path.join(path.dirname(typed), 'sidecar.json')}:5: topic "second-steps" has a non-positive estimate (0); estimates are hours > 0\n`,
    );
  });

  it('reports invalid sidecar JSON at its line', () => {
    const dir = folder('bad-json', { 'tiny.md': MD, 'sidecar.json': SIDECAR.replace('"tiny",', '"tiny"') });
    const { code, err } = run('validate', path.join(dir, 'tiny.md'));
    expect(code).toBe(1);
    expect(err).toBe(`${path.join(dir, 'sidecar.json')}:3: invalid JSON: comma expected at column 3\n`);
  });

  it('fails a missing file with one clear line', () => {
    const missing = path.join(tmp, 'nowhere', 'roadmap.md');
    const { code, out, err } = run('validate', missing);
    expect({ code, out, err }).toEqual({ code: 1, out: '', err: `${missing}: no such file\n` });
    expect(run('roadmap', '--json', '--file', missing)).toEqual({
      code: 1,
      out: '',
      err: `${missing}: no such file\n`,
    });
  });

  it('fails a missing sidecar given by --sidecar with one clear line', () => {
    const dir = folder('valid-3', { 'tiny.md': MD, 'sidecar.json': SIDECAR });
    const missing = path.join(dir, 'other.json');
    expect(run('validate', path.join(dir, 'tiny.md'), '--sidecar', missing)).toEqual({
      code: 1,
      out: '',
      err: `${missing}: no such file\n`,
    });
  });

  it('fails a folder given as the file with one clear line', () => {
    expect(run('validate', tmp)).toEqual({ code: 1, out: '', err: `${tmp}: not a file\n` });
  });

  it('refuses a file over 5 MB without reading it', () => {
    const dir = folder('huge', { 'huge.md': 'x'.repeat(5 * 1024 * 1024 + 1) });
    const { code, err } = run('validate', path.join(dir, 'huge.md'));
    expect(code).toBe(1);
    expect(err).toMatch(/huge\.md: too large \(5242881 bytes; the limit is 5242880\)\n$/);
  });
});

describe('scripts/planner.ts', () => {
  // One Node process each, with tsx as a loader (the tsx command would start two).
  const planner = (...argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'planner.ts'), ...argv], {
      encoding: 'utf8',
      cwd: ROOT,
    });

  it('prints results to stdout and exits 0', () => {
    const ok = planner('validate', BUILTIN_ROADMAP);
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toMatch(/: valid — 17 sections, 56 topics, 3 phases, .*\n$/);
  });

  it('prints problems to stderr and exits 1', () => {
    const missing = planner('validate', 'nope.md');
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([1, '', 'nope.md: no such file\n']);
  });

  it('refuses an unknown option with exit 1 and the usage', () => {
    const unknown = planner('schedule', '--plan', 'p.json', '--json', '--x');
    expect([unknown.status, unknown.stdout]).toEqual([1, '']);
    expect(unknown.stderr).toMatch(/^unknown option --x\n\nUsage: npm run -s planner -- <command>\n/);
  });
});

describe('the built-in roadmap files', () => {
  it('sit where the command line looks for them', () => {
    expect(readFileSync(BUILTIN_ROADMAP, 'utf8')).toMatch(/^# FastAPI/);
    expect(JSON.parse(readFileSync(BUILTIN_SIDECAR, 'utf8'))).toMatchObject({ roadmap: 'fastapi' });
  });
});
