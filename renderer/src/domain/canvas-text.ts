import { mergeSpans, spansText, trimSpans } from './markdown-inline';
import type { ParsedItem, ParsedMeta, ParsedTopic } from './parse-markdown';
import type { InlineSpan } from './roadmap';

/** A text node read as a topic: what the Markdown parser makes of a topic, but its line. */
export type CanvasTopicText = Omit<ParsedTopic, 'line'>;

const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;
const LIST_LINE = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
/** `Important: …`, `**Important:** …`, `**Important**: …`: the label, bold or not, and a colon. */
const TIP_LABEL = /^(?:\*\*|__)?important(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/i;
/** `estimate: 4 h`, `after: Containers, Linux`, read on the plain text as the Markdown parser does. */
const META_LINE = /^(estimate|after)\s*:\s*(.*)$/is;
const ID_MARK = /\{#([^{}]*)\}$/;

/**
 * Reads a text node's Markdown line by line (one linear pass: the text is not handed to the
 * Markdown parser, whose worst cases need the parse budget). Its first non-blank line is the
 * title (heading, list and bold marks removed; an `{#id}` at its end fixes the topic's id),
 * list lines (`- x`, `* x`, `1. x`, checkboxes too) are sub-points, an `Important:` one is
 * the tip, `estimate:` and `after:` ones metadata as in Markdown; other lines are
 * description and are not kept. `line` is where the node's text sits in the file: every
 * sub-point is on it, in one JSON string.
 */
export function readTopicText(text: string, line: number): CanvasTopicText {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const items: ParsedItem[] = [];
  const meta: ParsedMeta[] = [];
  let tip: ParsedItem | null = null;
  if (first === -1) return { title: '', idMark: null, items, tip, meta };
  const head = lines[first]!;
  const titleText = (headingText(head) ?? LIST_LINE.exec(head)?.[1] ?? head).trimEnd();
  const idMark = ID_MARK.exec(titleText);
  const title = spansText(inlineSpans(idMark ? titleText.slice(0, idMark.index) : titleText));

  for (const raw of lines.slice(first + 1)) {
    const content = LIST_LINE.exec(raw)?.[1]?.trim();
    if (!content) continue;
    const tipText = TIP_LABEL.exec(content);
    if (tipText && tip === null) {
      const spans = inlineSpans(tipText[1]!);
      if (spans.length > 0) tip = { text: spansText(spans), spans, line };
      continue;
    }
    const spans = inlineSpans(content);
    const plain = spansText(spans);
    const metaLine = META_LINE.exec(plain);
    if (metaLine)
      meta.push({
        key: metaLine[1]!.toLowerCase() === 'after' ? 'after' : 'estimate',
        value: metaLine[2]!.trim(),
        line,
      });
    else if (spans.length > 0) items.push({ text: plain, spans, line });
  }
  return { title, idMark: idMark ? idMark[1]! : null, items, tip, meta };
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
