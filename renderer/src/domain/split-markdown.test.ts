import { describe, expect, it } from 'vitest';
import { joinParsedMarkdown, parseRoadmapMarkdown, parseRoadmapMarkdownPart } from './parse-markdown';
import { splitMarkdownAtSections } from './split-markdown';
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
    expect(pieces[1]!.trimStart().startsWith('## 1. B')).toBe(true);
    // Padded with the 8 lines before it, so its heading is still on line 9.
    expect(pieces[1]!.split('\n')).toHaveLength(10);
    expect(pieces[1]!.indexOf('## 1. B')).toBe(8);
  });

  it('keeps a file without headings whole', () => {
    expect(splitMarkdownAtSections('# Only a title\n\ntext', 4)).toEqual(['# Only a title\n\ntext']);
  });
});
