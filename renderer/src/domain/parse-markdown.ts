import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import {
  boldLabel,
  flatPhrasing,
  toSpans,
  plainText,
  spansText,
  mergeSpans,
  trimSpans,
  dropLeadingColon,
  lineOf,
} from './markdown-inline';
import type { InlineSpan, Problem } from './roadmap';
import { chunkMarkdown, scanMarkdown } from './split-markdown';
import type { MarkdownPart } from './split-markdown';

export type ParsedItem = { text: string; spans: InlineSpan[]; line: number };

/** A sub-point that is the topic's metadata, not a checklist item: `- estimate: 4 h`, `- after: A, B`. */
export type ParsedMeta = { key: 'estimate' | 'after'; value: string; line: number };

export type ParsedTopic = {
  title: string;
  line: number;
  items: ParsedItem[];
  tip: ParsedItem | null;
  /** What the title's `{#id}` holds, unchecked; `null` without one. */
  idMark: string | null;
  meta: ParsedMeta[];
};

export type ParsedSection = { number: number; title: string; line: number; topics: ParsedTopic[] };

export type ParsedPhase = { number: number; title: string; sections: number[]; line: number };

export type ParsedMarkdown = {
  title: string;
  /** The line of the `# Title` heading (1 when there is none). */
  titleLine: number;
  sections: ParsedSection[];
  /** `null` when the file has no "Phases" heading at all. */
  phases: { line: number; list: ParsedPhase[] } | null;
  problems: Problem[];
};

/** A node's line in the whole file (chunks are parsed on their own). */
type LineOf = (node: RootContent | ListItem) => number;

const SECTION_HEADING = /^(\d+)\.\s+(.+)$/;
const PHASES_HEADING = /^phases\b/i;
const PHASE_LABEL = /^Phase\s+(\d+)\s*(?:\((.*)\))?\s*[:.\-–—]?\s*(.*)$/i;
const TIP_LABEL = /^important\s*:?$/i;
/** `{#id}` after a topic's bold title. */
const ID_MARK = /^\s*\{#([^{}]*)\}\s*$/;
/** `estimate: 4 h`, `after: Containers, Linux` (any case). */
const META_LINE = /^(estimate|after)\s*:\s*(.*)$/is;

/**
 * Parses a roadmap written in the FastAPI roadmap's Markdown shape: `## N. Title` sections,
 * bold bullets as topics, their sub-points (an `**Important:**` one is the tip), and a
 * "Phases" list (`- **Phase 1 (Title)**: Sections 0–4`). Problems carry file and line.
 * Check the text with `checkMarkdownBudget` first: the parser is slow on hostile input.
 */
export function parseRoadmapMarkdown(file: string, text: string): ParsedMarkdown {
  const { lines, definitions } = scanMarkdown(text);
  const part = { text: lines.join('\n'), firstLine: 1, definitions };
  return joinParsedMarkdown(file, [parseRoadmapMarkdownPart(file, part)]);
}

/**
 * Parses one part of a roadmap's Markdown, as cut by `splitMarkdownAtSections`, so large
 * files can be parsed in parallel; `joinParsedMarkdown` puts the parts back together.
 * The part is parsed in chunks of about a hundred lines: micromark's time grows with the
 * square of what it is given at once (it re-walks its whole event list as each list item
 * closes), so 5,000 topics in one go took two minutes and in chunks take seconds.
 */
export function parseRoadmapMarkdownPart(file: string, part: MarkdownPart): ParsedMarkdown {
  const problems: Problem[] = [];
  const sections: ParsedSection[] = [];
  let title = '';
  let titleLine = 1;
  let phases: ParsedMarkdown['phases'] = null;
  let current: ParsedSection | null = null;
  let inPhases = false;

  for (const chunk of chunkMarkdown(part)) {
    const shift = chunk.firstLine - 1;
    const at = (node: RootContent | ListItem) => lineOf(node) + shift;
    for (const node of fromMarkdown(chunk.text).children) {
      const line = at(node);
      if (node.type === 'heading') {
        const heading = plainText(node.children).trim();
        if (node.depth === 1 && title === '') {
          title = heading;
          titleLine = line;
          continue;
        }
        if (node.depth !== 2) continue;
        const section = SECTION_HEADING.exec(heading);
        inPhases = false;
        current = null;
        if (section) {
          current = {
            number: Number(section[1]),
            title: (section[2] ?? '').trim(),
            line,
            topics: [],
          };
          sections.push(current);
        } else if (PHASES_HEADING.test(heading)) {
          inPhases = true;
          phases ??= { line, list: [] };
        }
        continue;
      }
      if (node.type !== 'list') continue;
      if (inPhases && phases) {
        for (const item of node.children) {
          const phase = parsePhaseItem(file, item, at, problems);
          if (phase) phases.list.push(phase);
        }
        continue;
      }
      for (const item of node.children) {
        const topic = parseTopicItem(item, at);
        if (!topic) {
          // Inside a section every bullet should be a topic: dropping one silently would lose it.
          if (current)
            problems.push({
              file,
              line: at(item),
              message: `a bullet in section ${current.number} is not a topic: write topics as "- **Title**" on a line of their own`,
            });
          continue;
        }
        if (current) current.topics.push(topic);
        else
          problems.push({
            file,
            line: topic.line,
            message: `topic "${topic.title}" is outside any section (add a "## N. Section title" heading above it)`,
          });
      }
    }
  }

  return { title, titleLine, sections, phases, problems };
}

/** Joins parsed parts (in file order) into the whole file's result and checks the whole. */
export function joinParsedMarkdown(file: string, parts: readonly ParsedMarkdown[]): ParsedMarkdown {
  const titled = parts.find((part) => part.title !== '');
  const title = titled?.title ?? '';
  const titleLine = titled?.titleLine ?? 1;
  const sections = parts.flatMap((part) => part.sections);
  const problems = parts.flatMap((part) => part.problems);
  let phases: ParsedMarkdown['phases'] = null;
  for (const part of parts) {
    if (!part.phases) continue;
    if (phases) phases.list.push(...part.phases.list);
    else phases = { line: part.phases.line, list: [...part.phases.list] };
  }
  if (title === '') problems.push({ file, line: 1, message: 'missing "# Title" heading' });
  if (sections.length === 0)
    problems.push({ file, line: 1, message: 'no sections found (expected "## 0. Title" headings)' });
  return { title, titleLine, sections, phases, problems };
}

/** A topic is a list item whose first paragraph is a single bold run, maybe with an `{#id}` after it. */
function parseTopicItem(item: ListItem, at: LineOf): ParsedTopic | null {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return null;
  const label = boldLabel(first);
  if (label === null) return null;
  const idMark = label.rest.trim() === '' ? null : (ID_MARK.exec(label.rest)?.[1] ?? undefined);
  if (idMark === undefined) return null;
  const topic: ParsedTopic = { title: label.bold, line: at(item), items: [], tip: null, idMark, meta: [] };
  for (const child of rest) {
    if (child.type !== 'list') continue;
    for (const sub of child.children) {
      const parsed = parseSubPoint(sub, at);
      // An empty sub-point (a bare `**Important:**`) is neither an item nor a tip.
      if (!parsed || parsed.item.text === '') continue;
      const meta = parsed.isTip ? null : META_LINE.exec(parsed.item.text);
      if (meta)
        topic.meta.push({
          key: meta[1]!.toLowerCase() === 'after' ? 'after' : 'estimate',
          value: meta[2]!.trim(),
          line: parsed.item.line,
        });
      else if (parsed.isTip && topic.tip === null) topic.tip = parsed.item;
      else topic.items.push(parsed.item);
    }
  }
  return topic;
}

function parseSubPoint(item: ListItem, at: LineOf): { item: ParsedItem; isTip: boolean } | null {
  const paragraph = item.children.find((c): c is Paragraph => c.type === 'paragraph');
  if (!paragraph) return null;
  const line = at(item);
  const label = boldLabel(paragraph);
  const isTip = label !== null && TIP_LABEL.test(label.bold.trim());
  let spans = toSpans(isTip ? paragraph.children.slice(1) : paragraph.children);
  // `**Important**: text` leaves the colon outside the bold run; it is part of the label.
  if (isTip) spans = dropLeadingColon(spans);
  // A nested list under a sub-point belongs to it: "Folder structure: a, b, c".
  const nested = item.children.filter((c): c is List => c.type === 'list');
  const children = nested.flatMap((list) => list.children.map((li) => toSpans(flatPhrasing(li))));
  if (children.length > 0) {
    const head = trimSpans(spans);
    // A tip's label is already gone, so its head may be empty: then no joiner at all.
    const joiner = head.length === 0 ? '' : /:\s*$/.test(spansText(head)) ? ' ' : ': ';
    spans = [...head, { text: joiner }];
    children.forEach((childSpans, index) => {
      if (index > 0) spans.push({ text: ', ' });
      spans.push(...trimSpans(childSpans));
    });
  }
  spans = trimSpans(mergeSpans(spans));
  return { item: { text: spansText(spans), spans, line }, isTip };
}

function parsePhaseItem(file: string, item: ListItem, at: LineOf, problems: Problem[]): ParsedPhase | null {
  const paragraph = item.children[0];
  const line = at(item);
  const label = paragraph?.type === 'paragraph' ? boldLabel(paragraph) : null;
  const full = label ? `${label.bold}${label.rest}` : plainText(flatPhrasing(item));
  const match = PHASE_LABEL.exec(full.trim());
  if (!match) {
    problems.push({
      file,
      line,
      message: `cannot read phase "${full.trim()}" (expected "**Phase 1 (Title)**: Sections 0–4")`,
    });
    return null;
  }
  const rest = match[3] ?? '';
  const sections = parseSectionList(rest);
  if (sections === null) {
    problems.push({
      file,
      line,
      message: `cannot read the sections of phase ${match[1]} ("${rest.trim()}"; expected "Sections 0–4" or "Sections 0, 2, 5–7")`,
    });
    return null;
  }
  const title = (match[2] ?? '').trim() || `Phase ${match[1]}`;
  return { number: Number(match[1]), title, sections, line };
}

/** "Sections 0–4", "Section 5", "Sections 0, 2, 5-7" → section numbers; null if unreadable. */
function parseSectionList(text: string): number[] | null {
  const body = /^sections?\s+(.+)$/i.exec(text.trim())?.[1];
  if (!body) return null;
  const numbers: number[] = [];
  for (const part of body.split(/\s*(?:,|\band\b)\s*/i)) {
    const range = /^(\d+)\s*(?:[–—-]|to)\s*(\d+)$/i.exec(part.trim());
    const single = /^(\d+)$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 1000) return null;
      for (let n = from; n <= to; n++) numbers.push(n);
    } else if (single) numbers.push(Number(single[1]));
    else return null;
  }
  return numbers;
}
