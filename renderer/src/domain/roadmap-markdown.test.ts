import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';
import { buildCanvasRoadmap } from './canvas-roadmap';
import { canvasText, KUBERNETES_EDGES, KUBERNETES_NODES } from './canvas-fixtures';
import { parseRoadmapMarkdown } from './parse-markdown';
import type { Roadmap } from './roadmap';
import { formatEstimateHours, roadmapMarkdownFileName, roadmapToMarkdown } from './roadmap-markdown';
import type { RoadmapMarkdownOptions } from './roadmap-markdown';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const read = (name: string) => ({ file: name, text: readFileSync(path.join(CONTENT, name), 'utf8') });

function built(text: string): Roadmap {
  const result = buildRoadmap({ markdown: { file: 'roadmap.md', text } });
  expect(result.problems).toEqual([]);
  return result.roadmap!;
}

/** What a round trip keeps: everything but lines, links and the roadmap's id. */
function essence(roadmap: Roadmap) {
  return {
    title: roadmap.title,
    phases: roadmap.phases.map(({ number, title, sections }) => ({ number, title, sections })),
    sections: roadmap.sections.map((section) => ({
      number: section.number,
      title: section.title,
      phaseNumber: section.phaseNumber,
      topics: section.topics.map((topic) => ({
        id: topic.id,
        title: topic.title,
        sectionNumber: topic.sectionNumber,
        phaseNumber: topic.phaseNumber,
        items: topic.items.map(({ id, text, spans }) => ({ id, text, spans })),
        tip: topic.tip,
        tipSpans: topic.tipSpans,
        estimateHours: topic.estimateHours,
        prerequisites: topic.prerequisites,
      })),
    })),
    edges: roadmap.edges,
  };
}

function roundTrip(roadmap: Roadmap, options?: RoadmapMarkdownOptions): Roadmap {
  return built(roadmapToMarkdown(roadmap, options));
}

const fastapi = buildRoadmap({
  markdown: read('fastapi/roadmap.md'),
  sidecar: read('fastapi/sidecar.json'),
}).roadmap!;
const kubernetes = built(read('examples/kubernetes-basics.md').text);

describe('roadmapToMarkdown', () => {
  it('writes the FastAPI roadmap in the seed shape, with inline estimates and prerequisites', () => {
    const markdown = roadmapToMarkdown(fastapi);
    expect(markdown).toMatch(/^# FastAPI Complete Learning Roadmap \(Beginner → Production-Ready\)\n/);
    expect(markdown).toContain('## 0. Prerequisites (Python & Web Basics)\n');
    expect(markdown).toContain(
      [
        '- **What is FastAPI**',
        '  - Key features: speed, async, type hints, automatic docs',
        '  - Comparison with Flask/Django',
        '  - ASGI vs WSGI (high-level)',
        '  - **Important:** Be able to explain why a team would choose FastAPI.',
        '  - estimate: 1.5 h',
        '  - after: python-foundations, web-http-basics',
      ].join('\n'),
    );
    expect(markdown).toContain('  - Type hints (`typing`, `dataclasses`)\n');
    // Nothing in it needs a backslash: an `_` inside a word opens no emphasis.
    expect(markdown).toContain('  - Validations (min_length, max_length, regex, ge, le, etc.)\n');
    expect(markdown).not.toContain('\\');
    expect(markdown).toContain(
      '## Phases for Study\n\n- **Phase 1 (Beginner → Intermediate)**: Sections 0–4\n',
    );
    expect(markdown).not.toContain('{#');
  });

  it('gives back the FastAPI roadmap (built with its sidecar) without a sidecar, but for links and its id', () => {
    expect(fastapi.topics.length).toBeGreaterThan(50);
    const again = roundTrip(fastapi);
    expect(essence(again)).toEqual(essence(fastapi));
    // Links come only from a sidecar; a file re-imported without one names the roadmap after its title.
    expect(fastapi.topics.some((topic) => topic.links.length > 0)).toBe(true);
    expect(again.topics.every((topic) => topic.links.length === 0)).toBe(true);
    expect(again.id).toBe('fastapi-complete-learning-roadmap-beginner-production-ready');
  });

  it('gives back the Kubernetes example, its {#pods} kept and after: written with ids', () => {
    expect(essence(roundTrip(kubernetes))).toEqual(essence(kubernetes));
    const markdown = roadmapToMarkdown(kubernetes);
    expect(markdown).toContain('- **Pods & Deployments** {#pods}\n');
    expect(markdown).toContain('  - after: pods, linux-networking-basics\n');
    expect(markdown).toContain('  - estimate: 2.5 h\n');
    expect(markdown).toContain(
      '- **Phase 1 (Foundations)**: Section 0\n- **Phase 2 (Cluster)**: Sections 1–2\n',
    );
  });

  it('writes a roadmap imported from a JSON Canvas so that it re-imports as Markdown', () => {
    const canvas = buildCanvasRoadmap({
      file: 'k.canvas',
      text: canvasText(KUBERNETES_NODES, KUBERNETES_EDGES),
    });
    expect(canvas.problems).toEqual([]);
    expect(essence(roundTrip(canvas.roadmap!))).toEqual(essence(canvas.roadmap!));
  });

  it('is stable: writing the re-imported roadmap gives the same text', () => {
    const markdown = roadmapToMarkdown(kubernetes);
    expect(roadmapToMarkdown(built(markdown))).toBe(markdown);
  });

  it("writes the user's estimates over the roadmap's, and ignores ones that are no hours", () => {
    const estimates = { pods: 7.25, storage: 0.1 + 0.2, helm: 0, containers: Number.NaN, nothing: 3 };
    const again = roundTrip(kubernetes, { estimates });
    const hours = (id: string) => again.topicsById.get(id)?.estimateHours;
    expect(hours('pods')).toBe(7.25);
    expect(hours('storage')).toBe(0.3);
    expect(hours('helm')).toBe(kubernetes.topicsById.get('helm')?.estimateHours);
    expect(hours('containers')).toBe(kubernetes.topicsById.get('containers')?.estimateHours);
    expect(roadmapToMarkdown(kubernetes, { estimates })).toContain('  - estimate: 0.3 h\n');
  });

  it('does not take an estimate from Object.prototype for a topic called "constructor"', () => {
    const text =
      '# R\n\n## 0. S\n\n- **Constructor**\n  - estimate: 2 h\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0\n';
    const again = roundTrip(built(text), { estimates: {} });
    expect(again.topicsById.get('constructor')?.estimateHours).toBe(2);
  });

  it('keeps titles and texts with Markdown marks and other scripts as they were', () => {
    const text = [
      '# Ro\\*ad\\_map \\`x\\` \\<b> \\[l](u) C\\#',
      '',
      '## 0. Основы \\*Linux\\* \\#',
      '',
      '- **\\*Star\\* \\_under\\_ \\`tick\\` \\[link](x) \\<tag> back\\\\slash &amp\\; C#**',
      '  - \\# not a heading',
      '  - 1\\. not a list, 2) \\> not a quote',
      '  - \\- not a bullet, \\+ nor this',
      '  - \\--- not a rule',
      '  - code `a ``b`` c` and `` ` `` and ` `` ` then text \\`',
      '  - **Important:** :: a tip that starts with a colon, `code`',
      '- **日本語の基本**',
      '  - かな と カナ',
      '- **Café Société** {#cafe}',
      '  - नमस्ते दुनिया',
      '  - after: 日本語の基本, star-under-tick-link-x-tag-back-slash-amp-c',
      '',
      '## 1. 1. Numbered title',
      '',
      '- **Ελληνικά & العربية**',
      '  - after: cafe',
      '',
      '## Phases',
      '',
      '- **Phase 1 (Start (\\*early\\*))**: Sections 0',
      '- **Phase 2**: Sections 1',
      '',
    ].join('\n');
    const roadmap = built(text);
    expect(roadmap.title).toBe('Ro*ad_map `x` <b> [l](u) C#');
    expect(roadmap.sections[0]?.title).toBe('Основы *Linux* #');
    expect(roadmap.sections[1]?.title).toBe('1. Numbered title');
    expect(roadmap.topics[0]?.title).toBe('*Star* _under_ `tick` [link](x) <tag> back\\slash &amp; C#');
    expect(roadmap.topics[0]?.tip).toBe(': a tip that starts with a colon, code');
    expect(roadmap.phases.map((phase) => phase.title)).toEqual(['Start (*early*)', 'Phase 2']);
    const again = roundTrip(roadmap);
    expect(essence(again)).toEqual(essence(roadmap));
    expect(roadmapToMarkdown(again)).toBe(roadmapToMarkdown(roadmap));
  });

  it('writes {#id} only when the title alone would give another id', () => {
    const roadmap = built(
      '# R\n\n## 0. S\n\n- **Pods** {#pods}\n- **Nodes** {#workers}\n- **→ ✓**\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0\n',
    );
    const markdown = roadmapToMarkdown(roadmap);
    expect(markdown).toContain('- **Pods**\n');
    expect(markdown).toContain('- **Nodes** {#workers}\n');
    expect(markdown).toContain('- **→ ✓**\n');
    expect(essence(roundTrip(roadmap))).toEqual(essence(roadmap));
  });

  it('keeps two code spans side by side apart', () => {
    const roadmap = built(
      '# R\n\n## 0. S\n\n- **T**\n  - `a`<!-- -->`b` and ` a ` and `  `\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0\n',
    );
    expect(roadmap.topics[0]?.items[0]?.spans).toEqual([
      { text: 'a', code: true },
      { text: 'b', code: true },
      { text: ' and ' },
      { text: 'a', code: true },
      { text: ' and ' },
      { text: '  ', code: true },
    ]);
    expect(essence(roundTrip(roadmap))).toEqual(essence(roadmap));
  });

  it('writes each prerequisite on its own line when a run of ids would read as one title', () => {
    const roadmap = built(
      [
        '# R',
        '## 0. S',
        '- **A**',
        '- **B**',
        '- **A B**',
        '- **C**',
        '  - after: a',
        '  - after: b',
        '  - after: a-b',
        '## Phases',
        '- **Phase 1 (P)**: Sections 0',
      ].join('\n'),
    );
    expect(roadmap.topicsById.get('c')?.prerequisites).toEqual(['a', 'b', 'a-b']);
    const markdown = roadmapToMarkdown(roadmap);
    expect(markdown).toContain('  - after: a\n  - after: b\n  - after: a-b\n');
    expect(essence(roundTrip(roadmap))).toEqual(essence(roadmap));
  });

  it('writes phases with gaps and out-of-order sections', () => {
    const text = [
      '# R',
      ...[0, 1, 2, 3, 5, 6].flatMap((n) => [`## ${n}. S${n}`, `- **T${n}**`]),
      '## Phases',
      '- **Phase 1 (P)**: Sections 0, 2, 3',
      '- **Phase 2 (Q)**: Sections 6, 1, 5',
    ].join('\n');
    const roadmap = built(text);
    const markdown = roadmapToMarkdown(roadmap);
    expect(markdown).toContain('**Phase 1 (P)**: Sections 0, 2–3\n');
    expect(markdown).toContain('**Phase 2 (Q)**: Sections 6, 1, 5\n');
    expect(essence(roundTrip(roadmap))).toEqual(essence(roadmap));
  });
  it('cuts a phase of more than 1,001 sections into ranges the parser takes', () => {
    const sections = Array.from({ length: 1200 }, (_, n) => n);
    const phases = [{ number: 1, title: 'All', sections, line: 1 }];
    const markdown = roadmapToMarkdown({ ...kubernetes, phases });
    expect(markdown).toContain('- **Phase 1 (All)**: Sections 0–1000, 1001–1199\n');
    expect(parseRoadmapMarkdown('x.md', markdown).phases?.list[0]?.sections).toEqual(sections);
  });

  it('writes line breaks inside texts as spaces, as the parser reads them', () => {
    const roadmap = built('# R\n\n## 0. S\n\n- **T**\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0\n');
    const broken: Roadmap = {
      ...roadmap,
      title: 'Two\nlines',
      sections: roadmap.sections.map((section) => ({ ...section, title: 'A\u2028B' })),
      phases: roadmap.phases.map((phase) => ({ ...phase, title: 'P\r\nQ' })),
    };
    const again = roundTrip(broken);
    expect([again.title, again.sections[0]?.title, again.phases[0]?.title]).toEqual([
      'Two lines',
      'A B',
      'P Q',
    ]);
  });
});

describe('formatEstimateHours', () => {
  it('writes plain decimals without float noise', () => {
    expect(formatEstimateHours(1.5)).toBe('1.5');
    expect(formatEstimateHours(1.5000000001)).toBe('1.5');
    expect(formatEstimateHours(0.1 + 0.2)).toBe('0.3');
    expect(formatEstimateHours(1000)).toBe('1000');
    expect(formatEstimateHours(1e-9)).toBe('0.000001');
  });
});

describe('roadmapMarkdownFileName', () => {
  it('names the file after the title, in ASCII', () => {
    expect(roadmapMarkdownFileName('Kubernetes Basics')).toBe('kubernetes-basics.md');
    expect(roadmapMarkdownFileName('Café Société')).toBe('cafe-societe.md');
    expect(roadmapMarkdownFileName('日本語 API')).toBe('api.md');
    expect(roadmapMarkdownFileName('日本語')).toBe('roadmap.md');
    expect(roadmapMarkdownFileName('')).toBe('roadmap.md');
  });

  it('keeps a long title’s file name short', () => {
    const name = roadmapMarkdownFileName('word '.repeat(100));
    expect(name.length).toBeLessThanOrEqual(103);
    expect(name).toMatch(/^word(-word)*\.md$/);
  });
});
