import { describe, expect, it } from 'vitest';
import { joinParsedMarkdown, parseRoadmapMarkdown, parseRoadmapMarkdownPart } from './parse-markdown';
import { chunkMarkdown, splitMarkdownAtSections } from './split-markdown';
import { syntheticRoadmap } from './synthetic-roadmap';

describe('splitMarkdownAtSections', () => {
  it('parses in parts to exactly what the whole file parses to, line numbers included', () => {
    const { markdown } = syntheticRoadmap(120);
    const whole = parseRoadmapMarkdown('r.md', markdown);
    for (const parts of [2, 3, 5]) {
      const pieces = splitMarkdownAtSections(markdown, parts);
      expect(pieces).toHaveLength(parts);
      const joined = joinParsedMarkdown(
        'r.md',
        pieces.map((piece) => parseRoadmapMarkdownPart('r.md', piece)),
      );
      expect(joined).toEqual(whole);
    }
  });

  it('cuts only at level-two headings, never inside fenced code or comments', () => {
    const text = [
      '# T',
      '## 0. A',
      '```',
      '## not a heading',
      '```',
      '<!--',
      '## hidden',
      '-->',
      '## 1. B',
      '- **X**',
    ].join('\n');
    const pieces = splitMarkdownAtSections(text, 2);
    expect(pieces).toHaveLength(2);
    // Not padded: the piece knows its heading is on line 9 of the file.
    expect(pieces[1]).toEqual({ text: '## 1. B\n- **X**', firstLine: 9, definitions: [] });
  });

  it('keeps a file without headings whole', () => {
    expect(splitMarkdownAtSections('# Only a title\n\ntext', 4)).toEqual([
      { text: '# Only a title\n\ntext', firstLine: 1, definitions: [] },
    ]);
  });
});

describe('chunkMarkdown', () => {
  const topics = (n: number) =>
    Array.from({ length: n }, (_, i) => `- **T${i}**\n  - see [the docs][d${i % 2}]`).join('\n');

  it('cuts about every hundred lines where a top-level block starts, never in code or HTML', () => {
    const code = ['```', ...Array.from({ length: 150 }, () => '- **in code**'), '```'];
    const html = ['<div>', ...Array.from({ length: 150 }, () => '- **in html**'), '', 'after'];
    const text = [topics(60), ...code, ...html, topics(60)].join('\n');
    const chunks = chunkMarkdown({ text, firstLine: 7, definitions: [] });
    expect(chunks.map((c) => c.text).join('\n')).toBe(text);
    const lines = text.split('\n');
    for (const chunk of chunks) {
      expect(chunk.firstLine === 7 || /^(- \*\*T|after)/.test(lines[chunk.firstLine - 7]!)).toBe(true);
    }
    expect(chunks.map((c) => c.firstLine)).toEqual([7, 107, 431, 532]);
  });

  it('carries link definitions to the chunks that use them, keeping line numbers', () => {
    const text = `# T\n\n## 0. A\n\n${topics(150)}\n\n[d0]: https://a.example/\n[D1]: https://b.example/ "B"\n`;
    const parsed = parseRoadmapMarkdown('r.md', text);
    const last = parsed.sections[0]!.topics[149]!;
    expect(last.line).toBe(5 + 2 * 149);
    expect(last.items).toEqual([
      { text: 'see the docs', spans: [{ text: 'see the docs' }], line: 6 + 2 * 149 },
    ]);
  });
});
