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
    // Not padded: the piece knows its heading is on line 9 of the file.
    expect(pieces[1]).toEqual({ text: '## 1. B\n- **X**', firstLine: 9, definitions: [] });
  });

  it('keeps a file without headings whole', () => {
    expect(splitMarkdownAtSections('# Only a title\n\ntext', 4)).toEqual([
      { text: '# Only a title\n\ntext', firstLine: 1, definitions: [] },
    ]);
  });
});
