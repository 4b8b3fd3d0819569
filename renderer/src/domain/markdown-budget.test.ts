import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { checkMarkdownBudget, MARKDOWN_LIMITS } from './markdown-budget';
import { syntheticRoadmap } from './synthetic-roadmap';

const check = (text: string) => checkMarkdownBudget('roadmap.md', text).map(formatProblem);
const KB = 1024;
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));
const section = (body: string) => `# T\n\n## 0. A\n\n${body}\n`;

describe('checkMarkdownBudget', () => {
  it('passes the built-in roadmap and a synthetic one of 5,000 topics', () => {
    const fastapi = readFileSync(
      path.resolve(import.meta.dirname, '../../../content/fastapi/roadmap.md'),
      'utf8',
    );
    expect(check(fastapi)).toEqual([]);
    expect(check(syntheticRoadmap(MARKDOWN_LIMITS.topics).markdown)).toEqual([]);
  });

  it('refuses topic 5,001 where it starts', () => {
    const text = syntheticRoadmap(MARKDOWN_LIMITS.topics + 1).markdown;
    const line = text.split('\n').findIndex((l) => l.startsWith('- **Topic 501.1 ')) + 1;
    expect(check(text)).toEqual([
      `roadmap.md:${line}: the roadmap has more than 5,000 topics (the limit is 5,000); this is topic 5,001`,
    ]);
  });

  it('does not count the phases list or bullets in code as topics', () => {
    const topics = Array.from({ length: 5000 }, (_, i) => `- **T${i}**`).join('\n');
    const phases = '\n\n## Phases\n\n- **Phase 1 (A)**: Sections 0–0\n';
    const code = '\n```\n- **not a topic**\n```\n';
    expect(check(section(topics + code) + phases)).toEqual([]);
  });

  it('refuses lists and quotes nested deep on one line (8 KB took 3.5 s)', () => {
    expect(check(section(`${repeat('- ', 8 * KB)}x`))).toEqual([
      'roadmap.md:5: line 5 opens 4,096 lists or quotes on one line (the limit is 10)',
    ]);
    expect(check(`a\n${repeat('> ', 400)}x`)).toEqual([
      'roadmap.md:2: line 2 opens 200 lists or quotes on one line (the limit is 10)',
    ]);
    // A thematic break of many dashes is not nesting.
    expect(check(`a\n\n${repeat('- ', 40)}`)).toEqual([]);
  });

  it('refuses lists nested deep over many lines', () => {
    const text = Array.from({ length: 30 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
    expect(check(text)).toEqual([
      'roadmap.md:22: line 22 starts a list or quote 42 columns in (the limit is 40); lists nested that deep are too slow to read',
    ]);
  });

  it('refuses long lines and runs of brackets and emphasis, once per kind', () => {
    const problems = check(section(`- ${repeat('[', 200 * KB)}\n- ${repeat('[', 200 * KB)}`));
    expect(problems).toEqual(
      [
        'roadmap.md:5: line 5 is 204,802 characters long (the limit is 10,000)',
        'roadmap.md:5: lines 5–5 (a paragraph, or a topic with its sub-points) hold 204,800 brackets, emphasis marks, backticks, backslashes, "<" or "&" (the limit is 300); Markdown that dense is too slow to read',
        'roadmap.md:1: the file holds 409,600 brackets, emphasis marks, backticks, backslashes, "<" and "&" (the limit is 100,000)',
      ].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])),
    );
  });

  it.each([
    ['*a **a ', 8 * KB],
    ['a_', 8 * KB],
    ['[a](', 8 * KB],
    ['<', 5 * KB],
    ['\\', 5 * KB],
    ['`a', 8 * KB],
    ['![', 8 * KB],
  ])('refuses a paragraph dense with %j', (unit, size) => {
    const lines = Array.from({ length: 4 }, () => repeat(unit, size / 4)).join('\n');
    expect(check(lines)[0]).toMatch(
      /^roadmap.md:1: lines 1–4 \(a paragraph, or a topic with its sub-points\) hold [\d,]+ brackets/,
    );
  });

  it('refuses lists and quotes that add up to too many levels', () => {
    const block = Array.from({ length: 400 }, () => '- - - - - - - - - - x').join('\n');
    expect(check(Array.from({ length: 40 }, () => block).join('\n\n'))).toEqual([
      "roadmap.md:1: the file's lists and quotes add up to 160,000 levels over its lines (the limit is 80,000); it nests too deep, too often, to read quickly",
    ]);
  });

  it('refuses a block that cannot be cut, with its lines', () => {
    const text = `# T\n\n- **A**\n${'  - x\n'.repeat(600)}`;
    expect(check(text)).toEqual([
      'roadmap.md:3: lines 3–604 are one block of 601 lines that must be read in one piece (the limit is 300): a topic with its sub-points, a paragraph, a quote or a code block that long; split it, or start its lines at column 0 after a blank line',
    ]);
  });

  it('refuses too many lines and too many characters', () => {
    expect(check('a\n\n'.repeat(MARKDOWN_LIMITS.lines / 2))).toEqual([
      'roadmap.md:60001: the file has 60,001 lines (the limit is 60,000)',
    ]);
    expect(check('a'.repeat(MARKDOWN_LIMITS.characters + 1))).toEqual([
      'roadmap.md:1: the file has 5,242,881 characters (the limit is 5,242,880)',
    ]);
  });

  it('answers in well under a second for 5 MB', () => {
    const start = performance.now();
    check(repeat('- [a](b) *c* `d`\n', 5 * KB * KB - 100));
    // Generous for a loaded machine: bench reports the figure (markdown_bomb_ms).
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
