import { syntheticRoadmap } from '../../renderer/src/domain/synthetic-roadmap';
import type { CaseFile, HostileCase } from './corpus';
import { file, garbage, json, nested, replaceOnce, text, withBytes } from './corpus';

/** A valid two-topic roadmap: the base the roadmap and sidecar cases break. */
export const MINIMAL_ROADMAP = `# Hostile Test Roadmap

## 0. Basics

- **First Topic**
  - A point
  - **Important:** Why it matters.

- **Second Topic**
  - Another point

## Phases for Study

- **Phase 1 (Start)**: Sections 0–0
`;

/** The sidecar of MINIMAL_ROADMAP. */
export const MINIMAL_SIDECAR = {
  roadmap: 'hostile',
  topics: {
    'first-topic': { estimateHours: 2 },
    'second-topic': { estimateHours: 3, prerequisites: ['first-topic'] },
  },
};

/** The minimal roadmap with `line` as one more point of its first topic. */
const withPoint = (line: string) =>
  replaceOnce(MINIMAL_ROADMAP, '  - A point\n', `  - A point\n  - ${line}\n`);

/** The minimal roadmap with `block` between its two topics, at the start of a line. */
const withBlock = (block: string) =>
  replaceOnce(MINIMAL_ROADMAP, '- **Second Topic**', `${block}\n\n- **Second Topic**`);

/** `validate` of the case's roadmap.md (its sidecar.json beside it, if the case has one). */
function roadmapCase(
  name: string,
  markdown: CaseFile,
  expect: HostileCase['expect'] = 'answer',
  sidecar: CaseFile | null = json(MINIMAL_SIDECAR),
): HostileCase {
  const files: Record<string, CaseFile> = { 'roadmap.md': markdown };
  if (sidecar !== null) files['sidecar.json'] = sidecar;
  return { name: `roadmap: ${name}`, files, run: { cli: ['validate', '{dir}/roadmap.md'] }, expect };
}

/** A synthetic roadmap of `count` topics, with its sidecar. */
function synthetic(name: string, count: number, expect: HostileCase['expect'], cli?: string[]): HostileCase {
  let made: ReturnType<typeof syntheticRoadmap> | undefined;
  const source = () => (made ??= syntheticRoadmap(count));
  return {
    name: `roadmap: ${name}`,
    files: { 'roadmap.md': file(() => source().markdown), 'sidecar.json': file(() => source().sidecar) },
    run: { cli: cli ?? ['validate', '{dir}/roadmap.md'] },
    expect,
  };
}

/** Every case of a roadmap's Markdown. */
export function roadmapCases(): HostileCase[] {
  const MB = 1024 * 1024;
  return [
    roadmapCase('the valid base roadmap', text(MINIMAL_ROADMAP), 'accept'),
    roadmapCase('8 KB of "- - - … x" on one line', text(`${'- '.repeat(4096)}x\n`), 'refuse'),
    roadmapCase('40 KB of "- - - … x" on one line', text(`${'- '.repeat(20_480)}x\n`), 'refuse'),
    roadmapCase('200 KB of "[[[…]]]" in a point', text(withPoint(nested('[', ']', 100_000))), 'refuse'),
    roadmapCase('"> " nested 10,000 deep', text(withBlock(`${'> '.repeat(10_000)}x`)), 'refuse'),
    roadmapCase('"*a **a" repeated to 400 KB', text(withPoint('*a **a '.repeat(60_000)))),
    roadmapCase('"_a __a" repeated to 400 KB', text(withPoint('_a __a '.repeat(60_000)))),
    roadmapCase(
      'backtick runs of 1 to 400',
      text(withPoint(Array.from({ length: 400 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(' '))),
    ),
    roadmapCase('"[a](" repeated 30,000 times', text(withPoint('[a]('.repeat(30_000)))),
    roadmapCase(
      '50,000 link reference definitions',
      file(() =>
        withBlock(Array.from({ length: 50_000 }, (_, i) => `[r${i}]: https://example.com/${i}`).join('\n')),
      ),
    ),
    roadmapCase(
      'an unclosed HTML comment over 1 MB',
      file(() => withBlock(`<!--\n${'a\n'.repeat(500_000)}`)),
    ),
    roadmapCase(
      'a list indented 1,000 levels deep',
      file(() => withBlock(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'))),
    ),
    roadmapCase(
      '100,000 heading lines',
      file(() => '# h\n'.repeat(100_000)),
    ),
    roadmapCase(
      '3,000 sections without topics',
      file(() => `# Many\n\n${Array.from({ length: 3000 }, (_, i) => `## ${i}. S${i}\n`).join('\n')}`),
    ),
    synthetic('5,000 topics (valid, the limit)', 5000, 'accept'),
    synthetic('5,001 topics', 5001, 'refuse'),
    synthetic('14,000 topics', 14_000, 'refuse'),
    synthetic('roadmap --json of 5,000 topics', 5000, 'accept', [
      'roadmap',
      '--json',
      '--file',
      '{dir}/roadmap.md',
    ]),
    roadmapCase(
      'a 10,000-character topic title',
      text(replaceOnce(MINIMAL_ROADMAP, 'First Topic', 'T'.repeat(10_000))),
    ),
    roadmapCase('a 100,000-character line', text(withPoint('word '.repeat(20_000)))),
    roadmapCase(
      'U+202E (right-to-left override) in a title',
      text(replaceOnce(MINIMAL_ROADMAP, 'Second Topic', 'Second \u202eTopic')),
      'refuse',
    ),
    roadmapCase(
      'U+200B (zero-width space) in a title',
      text(replaceOnce(MINIMAL_ROADMAP, 'Second Topic', 'Second\u200b Topic')),
      'refuse',
    ),
    roadmapCase('U+2066 (isolate) in a point', text(withPoint('gpj.\u2066exe')), 'refuse'),
    roadmapCase('an empty file', text(''), 'refuse'),
    roadmapCase('only whitespace', text(' \n\t\n'.repeat(1000)), 'refuse'),
    roadmapCase(
      '64 KB of binary garbage',
      file(() => garbage(64 * 1024)),
      'refuse',
    ),
    roadmapCase(
      '5 MB + 1 byte',
      file(() => `${MINIMAL_ROADMAP}${' '.repeat(5 * MB + 1 - MINIMAL_ROADMAP.length)}`),
      'refuse',
    ),
    roadmapCase(
      '5 MB of plain text lines (at the limit)',
      file(() => `${'lorem ipsum dolor\n'.repeat(291_271)}`),
    ),
    roadmapCase(
      'invalid UTF-8 in a title',
      file(() => withBytes(MINIMAL_ROADMAP, 'Second', [0xff, 0xc3, 0x28])),
    ),
    roadmapCase(
      'NUL bytes in a title',
      file(() => withBytes(MINIMAL_ROADMAP, 'Second', [0, 0])),
    ),
    roadmapCase(
      'a byte-order mark and CRLF lines',
      text(`\uFEFF${MINIMAL_ROADMAP.replaceAll('\n', '\r\n')}`),
      'accept',
    ),
    roadmapCase(
      'a topic titled "Constructor"',
      text(replaceOnce(MINIMAL_ROADMAP, 'Second Topic', 'Constructor')),
      'accept',
      json({
        roadmap: 'hostile',
        topics: { 'first-topic': { estimateHours: 2 }, constructor: { estimateHours: 1 } },
      }),
    ),
    roadmapCase(
      'a topic titled "Constructor" with no sidecar entry',
      text(replaceOnce(MINIMAL_ROADMAP, 'Second Topic', 'Constructor')),
      'refuse',
      json({ roadmap: 'hostile', topics: { 'first-topic': { estimateHours: 2 } } }),
    ),
    ...sidecarCases(),
  ];
}

/** `validate` of the minimal roadmap with this sidecar.json beside it. */
const sidecarCase = (
  name: string,
  sidecar: CaseFile,
  expect: HostileCase['expect'] = 'refuse',
): HostileCase => ({
  ...roadmapCase(name, text(MINIMAL_ROADMAP), expect, sidecar),
  name: `sidecar: ${name}`,
});

/** The minimal sidecar with the first topic's fields replaced. */
const firstTopic = (fields: Record<string, unknown>) =>
  json({ ...MINIMAL_SIDECAR, topics: { ...MINIMAL_SIDECAR.topics, 'first-topic': fields } });

/** The minimal sidecar as text, its `"topics": {` followed by raw JSON. */
const topicsWithRaw = (raw: string) =>
  file(() => replaceOnce(JSON.stringify(MINIMAL_SIDECAR), '"topics":{', `"topics":{${raw},`));

/** Every case of a roadmap's sidecar. */
function sidecarCases(): HostileCase[] {
  return [
    sidecarCase('estimateHours 1e300', firstTopic({ estimateHours: 1e300 })),
    sidecarCase(
      'estimateHours 1e999 (Infinity in JSON)',
      file(() => replaceOnce(JSON.stringify(MINIMAL_SIDECAR), '2}', '1e999}')),
    ),
    sidecarCase('estimateHours -1', firstTopic({ estimateHours: -1 })),
    sidecarCase('estimateHours "NaN"', firstTopic({ estimateHours: 'NaN' })),
    sidecarCase('a "__proto__" topic', topicsWithRaw('"__proto__":{"estimateHours":1}'), 'answer'),
    sidecarCase(
      'a "constructor" topic the roadmap lacks',
      topicsWithRaw('"constructor":{"estimateHours":1}'),
      'answer',
    ),
    sidecarCase(
      'prerequisites ["__proto__", "constructor"]',
      firstTopic({ estimateHours: 1, prerequisites: ['__proto__', 'constructor'] }),
    ),
    sidecarCase('a prerequisite of itself', firstTopic({ estimateHours: 1, prerequisites: ['first-topic'] })),
    sidecarCase('nested 10,000 levels deep', topicsWithRaw(`"deep":${nested('[', ']', 10_000)}`)),
    sidecarCase(
      'objects nested 200,000 levels deep',
      topicsWithRaw(`"deep":${nested('{"a":', '}', 200_000, '1')}`),
    ),
    sidecarCase('topics as an array, roadmap as a number', json({ roadmap: 5, topics: [] })),
    sidecarCase(
      'a javascript: link',
      firstTopic({ estimateHours: 1, links: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ),
    sidecarCase(
      '100,000 topics the roadmap lacks',
      file(() =>
        JSON.stringify({
          ...MINIMAL_SIDECAR,
          topics: {
            ...MINIMAL_SIDECAR.topics,
            ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`t${i}`, { estimateHours: 1 }])),
          },
        }),
      ),
      'answer',
    ),
    sidecarCase(
      '20,000 duplicate keys',
      topicsWithRaw('"first-topic":{"estimateHours":1},'.repeat(20_000).slice(0, -1)),
    ),
    sidecarCase(
      '5 MB + 1 byte',
      file(() => `${JSON.stringify(MINIMAL_SIDECAR)}${' '.repeat(5 * 1024 * 1024)}`),
    ),
    sidecarCase('an empty file', text('')),
    sidecarCase('a byte-order mark', text(`\uFEFF${JSON.stringify(MINIMAL_SIDECAR)}`), 'accept'),
  ];
}
