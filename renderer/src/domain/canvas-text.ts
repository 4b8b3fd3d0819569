import { mergeSpans, spansText, trimSpans } from './markdown-inline';
import type { ParsedItem } from './parse-markdown';
import { MAX_ESTIMATE_HOURS } from './plan';
import type { InlineSpan } from './roadmap';

/**
 * A text node's Markdown read as a topic, line by line (one linear pass; the text is not
 * handed to the Markdown parser, whose worst cases need the parse budget).
 */
export type CanvasTopicText = {
  title: string;
  items: ParsedItem[];
  tip: ParsedItem | null;
  /** From an `estimate: 4 h` sub-point; `null` when there is none. */
  estimateHours: number | null;
  /** What is wrong, to be said with the node's id and line. */
  problems: string[];
};

const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;
const LIST_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
/** `Important: …`, `**Important:** …`, `**Estimate**: 4 h`: a label, bold or not, and a colon. */
const LABEL = /^(?:\*\*|__)?(important|estimate)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/i;
const ID_MARK = /\{#[^{}]*\}$/;
const HOURS = /^(\d{1,9}(?:\.\d{1,9})?)\s*(?:h|hrs?|hours?)?$/i;

/**
 * Reads a text node: its first non-blank line is the title (heading marks and bold
 * removed), list lines (`- x`, `* x`, `1. x`, checkboxes too) are sub-points, an
 * `Important:` one is the tip and an `estimate: 4 h` one the estimate; other lines are
 * description and are not kept. `line` is where the node's text sits in the file.
 */
export function readTopicText(text: string, line: number): CanvasTopicText {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const problems: string[] = [];
  const items: ParsedItem[] = [];
  let tip: ParsedItem | null = null;
  let estimateHours: number | null = null;
  if (first === -1) return { title: '', items, tip, estimateHours, problems };
  const head = lines[first]!;
  const titleText = headingText(head) ?? LIST_LINE.exec(head)?.[1] ?? head;
  // `{#id}` is the Markdown's stable-id mark; not honoured here yet, and kept out of the title.
  const title = spansText(inlineSpans(titleText.trimEnd().replace(ID_MARK, '')));

  for (const raw of lines.slice(first + 1)) {
    const content = LIST_LINE.exec(raw)?.[1]?.trim();
    if (!content) continue;
    const label = LABEL.exec(content);
    if (label?.[1]?.toLowerCase() === 'estimate') {
      const value = label[2]!.trim();
      const hours = parseHours(value);
      if (estimateHours !== null) problems.push('gives its estimate twice; keep one "estimate:" line');
      else if (hours === null)
        problems.push(
          `has the estimate "${value}", which is not a number of hours above 0 and at most ${MAX_ESTIMATE_HOURS} (write "estimate: 4 h")`,
        );
      else estimateHours = hours;
      continue;
    }
    if (label && tip === null) {
      const spans = inlineSpans(label[2]!);
      tip = { text: spansText(spans), spans, line };
      continue;
    }
    const spans = inlineSpans(content);
    if (spans.length > 0) items.push({ text: spansText(spans), spans, line });
  }
  return { title, items, tip, estimateHours, problems };
}

/**
 * A heading's text without its marks (`## Pods ##` → `Pods`), or `null` for a line that is not
 * a heading. By hand, not one regex: a lazy text before optional closing marks backtracks
 * quadratically over a long run of spaces.
 */
export function headingText(line: string): string | null {
  const mark = HEADING_MARK.exec(line);
  if (!mark) return null;
  const text = line.slice(mark[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // Closing marks count only after a space (`C#` keeps its mark).
  if (end === 0 || (end < text.length && /\s/.test(text[end - 1]!))) return text.slice(0, end).trimEnd();
  return text;
}

/** Hours from `4`, `4 h`, `1.5 hours`; `null` for anything else, 0 or over the cap. */
export function parseHours(value: string): number | null {
  const match = HOURS.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  return hours > 0 && hours <= MAX_ESTIMATE_HOURS ? hours : null;
}

const CODE = /`([^`]+)`/g;

/**
 * One line of Markdown as the roadmap's text: code spans kept as code; links and wiki links
 * (`[[Note|shown]]`, Obsidian's) as their text; bold, italics and strike-through marks removed.
 */
export function inlineSpans(markdown: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let from = 0;
  for (const match of markdown.matchAll(CODE)) {
    spans.push({ text: plain(markdown.slice(from, match.index)) }, { text: match[1]!, code: true });
    from = match.index + match[0].length;
  }
  spans.push({ text: plain(markdown.slice(from)) });
  return trimSpans(mergeSpans(spans));
}

// No run here may cross the character that starts another match (`[`, `(`, `*`, `_`): a
// failed match then reads only to the next start, and a line costs linear time.
function plain(markdown: string): string {
  return markdown
    .replace(/\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g, (_, target: string, shown?: string) => shown ?? target)
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\*\*|__|~~/g, '')
    .replace(/(^|[^\w*])\*(\S(?:[^*]*?\S)?)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(\S(?:[^_]*?\S)?)_(?!\w)/g, '$1$2');
}
