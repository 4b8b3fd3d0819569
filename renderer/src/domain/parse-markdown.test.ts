import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoadmapMarkdown } from './parse-markdown';
import type { ParsedMarkdown, ParsedTopic } from './parse-markdown';

const FASTAPI_MD = path.resolve(import.meta.dirname, '../../../content/fastapi/roadmap.md');
const real = parseRoadmapMarkdown('roadmap.md', readFileSync(FASTAPI_MD, 'utf8'));

function topicNamed(parsed: ParsedMarkdown, title: string): ParsedTopic {
  const topic = parsed.sections.flatMap((s) => s.topics).find((t) => t.title === title);
  if (!topic) throw new Error(`no topic "${title}"`);
  return topic;
}

const PHASES = `
## Phases for Study

- **Phase 1 (Only)**: Sections 0–1
`;

describe('parseRoadmapMarkdown on the FastAPI roadmap', () => {
  it('reads it without problems', () => {
    expect(real.problems).toEqual([]);
    expect(real.title).toBe('FastAPI Complete Learning Roadmap (Beginner → Production-Ready)');
  });

  it('finds 17 sections numbered 0–16 in order', () => {
    expect(real.sections.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i));
  });

  it('finds 56 topics, spread over the sections as written', () => {
    expect(real.sections.flatMap((s) => s.topics)).toHaveLength(56);
    expect(real.sections.map((s) => s.topics.length)).toEqual([
      2, 3, 3, 3, 3, 4, 5, 3, 3, 3, 3, 4, 3, 5, 3, 3, 3,
    ]);
  });

  it('finds three phases covering sections 0–4, 5–11 and 12–16', () => {
    expect(
      real.phases?.list.map((p) => ({ number: p.number, title: p.title, sections: p.sections })),
    ).toEqual([
      { number: 1, title: 'Beginner → Intermediate', sections: [0, 1, 2, 3, 4] },
      { number: 2, title: 'Intermediate → Production-Ready', sections: [5, 6, 7, 8, 9, 10, 11] },
      { number: 3, title: 'Senior / Hard Interview Level', sections: [12, 13, 14, 15, 16] },
    ]);
  });

  it('keeps section titles as plain text', () => {
    expect(real.sections[0]?.title).toBe('Prerequisites (Python & Web Basics)');
    expect(real.sections[5]?.title).toBe('Data Persistence & DB Integration');
    expect(real.sections[16]?.title).toBe('Interview-Focused Practice');
  });

  it('reads Python Foundations’ items and tip exactly', () => {
    const topic = topicNamed(real, 'Python Foundations');
    expect(topic.items.map((i) => i.text)).toEqual([
      'Variables, functions, modules, virtualenv, pip/uv/poetry',
      'Type hints (typing, dataclasses)',
      'Error handling (try/except, custom exceptions)',
      'Basic OOP (classes, inheritance, composition)',
      'Async basics: async/await, asyncio',
    ]);
    expect(topic.tip?.text).toBe(
      'FastAPI is heavily type-driven and async-oriented. Comfort with type hints and async is mandatory.',
    );
  });

  it('removes inline code marks from the text but keeps them as code spans', () => {
    const item = topicNamed(real, 'Python Foundations').items[1];
    expect(item?.spans).toEqual([
      { text: 'Type hints (' },
      { text: 'typing', code: true },
      { text: ', ' },
      { text: 'dataclasses', code: true },
      { text: ')' },
    ]);
    const running = topicNamed(real, 'Project Setup').items[2];
    expect(running?.text).toBe('Running with uvicorn main:app --reload');
    expect(running?.spans).toEqual([
      { text: 'Running with ' },
      { text: 'uvicorn main:app --reload', code: true },
    ]);
  });

  it('joins Project Setup’s nested folder list into one item', () => {
    const topic = topicNamed(real, 'Project Setup');
    expect(topic.items.map((i) => i.text)).toEqual([
      'Installing FastAPI & Uvicorn',
      'Creating first app = FastAPI()',
      'Running with uvicorn main:app --reload',
      'Basic folder structure: app/main.py, app/api/, app/models/, app/core/',
    ]);
    expect(topic.items[3]?.spans).toEqual([
      { text: 'Basic folder structure: ' },
      { text: 'app/main.py', code: true },
      { text: ', ' },
      { text: 'app/api/', code: true },
      { text: ', ' },
      { text: 'app/models/', code: true },
      { text: ', ' },
      { text: 'app/core/', code: true },
    ]);
    expect(topic.tip?.text).toBe(
      'For production apps, separating “core” config and “api” routes is standard.',
    );
  });

  it('gives every topic a tip and leaves no Markdown marks in any text', () => {
    for (const topic of real.sections.flatMap((s) => s.topics)) {
      expect(topic.tip, topic.title).not.toBeNull();
      expect(topic.items.length, topic.title).toBeGreaterThanOrEqual(2);
      for (const text of [topic.title, topic.tip?.text ?? '', ...topic.items.map((i) => i.text)]) {
        expect(text).not.toMatch(/[`*]|^\s|\s$|^Important/);
      }
    }
  });

  it('records the line of each section, topic, item and phase', () => {
    expect(real.sections[0]?.line).toBe(5);
    const topic = topicNamed(real, 'Python Foundations');
    expect(topic.line).toBe(7);
    expect(topic.items.map((i) => i.line)).toEqual([9, 10, 11, 12, 13]);
    expect(topic.tip?.line).toBe(14);
    expect(topicNamed(real, 'Web & HTTP Basics').line).toBe(16);
    expect(real.phases?.list.map((p) => p.line)).toEqual([462, 463, 464]);
  });
});

describe('parseRoadmapMarkdown on small files', () => {
  it('reads section titles with inline marks as plain text', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T\n\n## 0. Using \`Depends\` **well** [here](https://x.org)\n`,
    );
    expect(parsed.sections[0]?.title).toBe('Using Depends well here');
  });

  it('takes an "Important" sub-point as the tip, with or without the colon inside the bold', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T

## 0. S

- **A**
  - one
  - **Important:** Use \`yield\` here.
- **B**
  - **Important**: Colon outside.
- **C**
  - **important** lower case
`,
    );
    const [a, b, c] = parsed.sections[0]?.topics ?? [];
    expect(a?.items.map((i) => i.text)).toEqual(['one']);
    expect(a?.tip?.text).toBe('Use yield here.');
    expect(a?.tip?.spans).toEqual([{ text: 'Use ' }, { text: 'yield', code: true }, { text: ' here.' }]);
    expect(b?.tip?.text).toBe('Colon outside.');
    expect(b?.tip?.spans).toEqual([{ text: 'Colon outside.' }]);
    expect(c?.tip?.text).toBe('lower case');
  });

  it('joins a tip’s nested list without a stray colon, and ignores an empty tip', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T

## 0. S

- **A**
  - **Important:**
    - one
    - \`two\`
- **B**
  - b1
  - **Important:**
`,
    );
    const [a, b] = parsed.sections[0]?.topics ?? [];
    expect(a?.tip?.text).toBe('one, two');
    expect(a?.tip?.spans).toEqual([{ text: 'one, ' }, { text: 'two', code: true }]);
    expect(b?.tip).toBeNull();
    expect(b?.items.map((i) => i.text)).toEqual(['b1']);
  });

  it('takes topics from ordered lists too', () => {
    const parsed = parseRoadmapMarkdown('r.md', `# T\n\n## 0. S\n\n1. **First**\n   - one\n2. **Second**\n`);
    expect(parsed.sections[0]?.topics.map((t) => [t.title, t.line, t.items.length])).toEqual([
      ['First', 5, 1],
      ['Second', 7, 0],
    ]);
  });

  it('gives a topic without an "Important" sub-point no tip', () => {
    const parsed = parseRoadmapMarkdown('r.md', `# T\n\n## 0. S\n\n- **A**\n  - **Note:** not a tip\n`);
    const topic = parsed.sections[0]?.topics[0];
    expect(topic?.tip).toBeNull();
    expect(topic?.items.map((i) => i.text)).toEqual(['Note: not a tip']);
  });

  it('joins a sub-point’s nested list with ": " when it has no colon of its own', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T\n\n## 0. S\n\n- **A**\n  - Tools\n    - ruff\n    - *mypy*\n`,
    );
    expect(parsed.sections[0]?.topics[0]?.items.map((i) => i.text)).toEqual(['Tools: ruff, mypy']);
  });

  it('joins soft line breaks inside a sub-point with one space', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T\n\n## 0. S\n\n- **A**\n  - first half\n    second half\n`,
    );
    expect(parsed.sections[0]?.topics[0]?.items[0]?.text).toBe('first half second half');
  });

  it('takes only bullets whose first paragraph is one bold run as topics', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T

## 0. S

- plain bullet
- **Bold** with more text
- **Real Topic**
`,
    );
    expect(parsed.sections[0]?.topics.map((t) => t.title)).toEqual(['Real Topic']);
  });

  it('reads the same from CRLF line endings and with a byte-order mark', () => {
    const text = `# T\n\n## 0. S\n\n- **A**\n  - one\n  - **Important:** tip\n${PHASES}`;
    const lf = parseRoadmapMarkdown('r.md', text);
    expect(parseRoadmapMarkdown('r.md', text.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(parseRoadmapMarkdown('r.md', `\uFEFF${text}`)).toEqual(lf);
  });

  it('reads the forms a phase line may take', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T

## Phases

- **Phase 1 (Start)**: Sections 0–2
- **Phase 2**: Section 3
- **Phase 3 (End)**: Sections 4, 6-7 and 9 to 10
- Phase 4 (Plain): Sections 11—12
`,
    );
    expect(parsed.phases?.list.map(({ number, title, sections }) => ({ number, title, sections }))).toEqual([
      { number: 1, title: 'Start', sections: [0, 1, 2] },
      { number: 2, title: 'Phase 2', sections: [3] },
      { number: 3, title: 'End', sections: [4, 6, 7, 9, 10] },
      { number: 4, title: 'Plain', sections: [11, 12] },
    ]);
  });

  it('reports unreadable phase lines with their line', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      `# T

## 0. S

## Phases

- **Stage 1**: Sections 0–2
- **Phase 2 (X)**: the rest
- **Phase 3 (Y)**: Sections 5–2
`,
    );
    expect(parsed.phases?.list).toEqual([]);
    expect(parsed.problems.map((p) => [p.file, p.line])).toEqual([
      ['r.md', 7],
      ['r.md', 8],
      ['r.md', 9],
    ]);
    expect(parsed.problems[0]?.message).toMatch(/cannot read phase "Stage 1: Sections 0–2"/);
    expect(parsed.problems[1]?.message).toMatch(/cannot read the sections of phase 2/);
    expect(parsed.problems[2]?.message).toMatch(/cannot read the sections of phase 3/);
  });

  it('reports a topic outside any section with its line', () => {
    const parsed = parseRoadmapMarkdown('r.md', `# T\n\n- **Stray**\n  - x\n\n## 0. S\n\n- **Fine**\n`);
    expect(parsed.problems).toEqual([
      {
        file: 'r.md',
        line: 3,
        message: expect.stringContaining('topic "Stray" is outside any section'),
      },
    ]);
    expect(parsed.sections[0]?.topics.map((t) => t.title)).toEqual(['Fine']);
  });

  it('reports a missing title and missing sections at line 1', () => {
    const parsed = parseRoadmapMarkdown('r.md', 'just text\n');
    expect(parsed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'r.md:1: missing "# Title" heading',
      'r.md:1: no sections found (expected "## 0. Title" headings)',
    ]);
    expect(parsed.phases).toBeNull();
  });

  it('reads an empty file without throwing', () => {
    const parsed = parseRoadmapMarkdown('r.md', '');
    expect(parsed.sections).toEqual([]);
    expect(parsed.problems).toHaveLength(2);
  });
});

describe('bullets that are not topics', () => {
  it('are reported inside a section, with their line, instead of being dropped', () => {
    const parsed = parseRoadmapMarkdown(
      'r.md',
      '# T\n\n- an intro bullet is fine\n\n## 0. A\n\n- **One**\n- **Two** (optional)\n- plain text\n',
    );
    expect(parsed.sections[0]?.topics.map((t) => t.title)).toEqual(['One']);
    expect(parsed.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '8: a bullet in section 0 is not a topic: write topics as "- **Title**" on a line of their own',
      '9: a bullet in section 0 is not a topic: write topics as "- **Title**" on a line of their own',
    ]);
  });
});

describe('parseRoadmapMarkdown: {#id} and inline metadata', () => {
  const md = `# R

## 0. S

- **Pods & Deployments** {#pods}
  - Pods
  - after: Containers, Linux
  - **Estimate:** 4 h
  - after:
    - Helm
    - Kustomize
- **Not a topic** {#a} trailing text
${PHASES}`;
  const parsed = parseRoadmapMarkdown('r.md', md);

  it('keeps the {#id} out of the title and metadata out of the checklist', () => {
    const topic = topicNamed(parsed, 'Pods & Deployments');
    expect(topic.idMark).toBe('pods');
    expect(topic.items.map((i) => i.text)).toEqual(['Pods']);
    expect(topic.meta).toEqual([
      { key: 'after', value: 'Containers, Linux', line: 7 },
      { key: 'estimate', value: '4 h', line: 8 },
      { key: 'after', value: 'Helm, Kustomize', line: 9 },
    ]);
  });

  it('takes a bold run followed by more than an {#id} for no topic', () => {
    expect(parsed.problems.map((p) => p.line)).toEqual([12]);
  });
});
