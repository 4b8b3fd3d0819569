import { resolveAfter, topicIdOf, topicNames } from './inline-metadata';
import type { TopicNames } from './inline-metadata';
import { ownValue } from './own-value';
import type { InlineSpan, Phase, Roadmap, Topic, TopicId } from './roadmap';
import { slugify } from './slug';

export type RoadmapMarkdownOptions = {
  /** The user's own estimates ("My estimate"), hours by topic id; they win over the roadmap's. */
  estimates?: Readonly<Record<TopicId, number>>;
};

/** The heading the phases list is written under (the seed's; the parser takes any "Phases…"). */
const PHASES_HEADING = 'Phases for Study';

/**
 * Writes a roadmap as one Markdown file in the seed's shape, with the inline metadata
 * (`{#id}` when the title alone would give another id, `estimate:` always, `after:` with
 * prerequisite ids), so `buildRoadmap` without a sidecar gives back the same ids, titles,
 * sections, phases, checklist items (text and code spans), tips, estimates and prerequisites.
 * Text is escaped wherever the parser would otherwise read Markdown. Not written: the
 * topics' links (they come only from a sidecar and have no inline syntax) and the roadmap's
 * id (a re-import names the roadmap after its title).
 */
export function roadmapToMarkdown(roadmap: Roadmap, options: RoadmapMarkdownOptions = {}): string {
  const names = topicNames(roadmap.topics);
  const lines = [`# ${headingText(roadmap.title)}`, ''];
  for (const section of roadmap.sections) {
    lines.push(`## ${section.number}. ${headingText(section.title)}`, '');
    for (const topic of section.topics) lines.push(...topicLines(topic, names, options.estimates), '');
  }
  lines.push(`## ${PHASES_HEADING}`, '');
  for (const phase of roadmap.phases) lines.push(phaseLine(phase));
  lines.push('');
  return lines.join('\n');
}

/** The file name an exported roadmap is saved under: `kubernetes-basics.md`, else `roadmap.md`. */
export function roadmapMarkdownFileName(title: string): string {
  // File systems take 255 bytes; a title that long is a sentence, its start names it well enough.
  const slug = slugify(title).slice(0, MAX_FILE_SLUG).replace(/-+$/, '');
  return `${slug || 'roadmap'}.md`;
}

const MAX_FILE_SLUG = 100;

/**
 * An estimate as `readEstimate` reads it: plain decimals, no exponent, no float noise
 * (0.1 + 0.2 → `0.3`), at most six decimals and never rounded down to zero.
 */
export function formatEstimateHours(hours: number): string {
  const rounded = Math.round(hours * 1e6) / 1e6;
  return String(Math.max(rounded, 1e-6));
}

function topicLines(
  topic: Topic,
  names: TopicNames,
  estimates: Readonly<Record<TopicId, number>> | undefined,
): string[] {
  const byTitle = topicIdOf({ title: topic.title, idMark: null }).id;
  const mark = byTitle === topic.id ? '' : ` {#${topic.id}}`;
  const lines = [`- **${inlineText(oneLine(topic.title))}**${mark}`];
  for (const item of topic.items) {
    const spans = spansOf(item.spans, item.text);
    if (spans.length > 0) lines.push(`  - ${escapeLineStart(spansMarkdown(spans))}`);
  }
  const tip = spansOf(topic.tipSpans, topic.tip ?? '');
  if (topic.tip !== null && tip.length > 0) {
    const text = spansMarkdown(tip);
    // The parser drops one colon after the label (`**Important**: …`): a tip's own leading colon needs another.
    lines.push(`  - **Important:** ${text.startsWith(':') ? ':' : ''}${text}`);
  }
  const own = estimates ? ownValue(estimates, topic.id) : undefined;
  const hours = own !== undefined && Number.isFinite(own) && own > 0 ? own : topic.estimateHours;
  lines.push(`  - estimate: ${formatEstimateHours(hours)} h`);
  lines.push(...afterLines(topic.prerequisites, names));
  return lines;
}

/**
 * `after:` lines naming the prerequisites by id (ids survive title edits). One line names
 * them all unless the parser would read a run of them as one name (ids `a` and `b` beside
 * a topic titled "A B"): then each gets its own line, where an id always means itself.
 */
function afterLines(prerequisites: readonly TopicId[], names: TopicNames): string[] {
  if (prerequisites.length === 0) return [];
  const joined = prerequisites.join(', ');
  const read = resolveAfter(joined, names);
  const exact =
    read.unknown.length === 0 &&
    read.ids.length === prerequisites.length &&
    read.ids.every((id, index) => id === prerequisites[index]);
  return exact ? [`  - after: ${joined}`] : prerequisites.map((id) => `  - after: ${id}`);
}

const MAX_RANGE = 1000;

/** `- **Phase 1 (Title)**: Sections 0–4`, or `Sections 0, 2, 5–7`, or `Section 3`. */
function phaseLine(phase: Phase): string {
  const runs: [number, number][] = [];
  for (const number of phase.sections) {
    const last = runs.at(-1);
    // The parser refuses a range of more than a thousand and one sections: longer runs are cut.
    if (last && number === last[1] + 1 && number - last[0] <= MAX_RANGE) last[1] = number;
    else runs.push([number, number]);
  }
  const list = runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
  const noun = phase.sections.length === 1 ? 'Section' : 'Sections';
  return `- **Phase ${phase.number} (${inlineText(oneLine(phase.title))})**: ${noun} ${list}`;
}

/** A heading's text: a `#` at its end would be read as the heading's closing sequence. */
function headingText(text: string): string {
  return inlineText(oneLine(text)).replace(/#$/, '\\#');
}

/**
 * The parser reads a line break inside a text as a space: write it as one. U+2028 and U+2029
 * too: they end the lines of the parser's section and phase patterns, so no title holds them.
 */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]\s*/g, ' ');
}

/**
 * Backslashes before what CommonMark would read as inline Markdown: emphasis, code, links,
 * HTML, entities. An `_` inside a word (`min_length`) opens no emphasis and is left as it is.
 */
function inlineText(text: string): string {
  return text
    .replace(/[\\`*[<]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&')
    .replace(/&(?=[#\p{L}\p{N}])/gu, '\\&');
}

/**
 * A sub-point's start would be read as a block of its own: a heading, quote, list, ordered
 * list (`1.`), thematic break (`---`) or fence (`~~~`). (`*`, `_`, `` ` ``, `<` are already escaped.)
 */
function escapeLineStart(markdown: string): string {
  return markdown.replace(/^[#>+\-~=]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function spansOf(spans: readonly InlineSpan[], text: string): InlineSpan[] {
  const written = spans.length > 0 ? spans : [{ text }];
  return written.filter((span) => span.text !== '');
}

/** Text spans escaped, code spans in backticks; two code spans side by side kept apart. */
function spansMarkdown(spans: readonly InlineSpan[]): string {
  let out = '';
  spans.forEach((span, index) => {
    if (!span.code) {
      out += inlineText(oneLine(span.text));
      return;
    }
    // Between two code spans an empty HTML comment: the parser keeps no text of it.
    if (spans[index - 1]?.code) out += '<!-- -->';
    out += codeSpan(oneLine(span.text));
  });
  return out;
}

/**
 * A code span holding `text` exactly: fenced by a run of backticks that occurs nowhere in it,
 * padded with a space when it starts or ends with a backtick or a space (CommonMark strips one
 * space from each end when both have one, unless the code is only spaces).
 */
function codeSpan(text: string): string {
  const runs = new Set((text.match(/`+/g) ?? []).map((run) => run.length));
  let fence = 1;
  while (runs.has(fence)) fence++;
  const ticks = '`'.repeat(fence);
  const pad = /^[ `]|[ `]$/.test(text) && !/^ +$/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}
