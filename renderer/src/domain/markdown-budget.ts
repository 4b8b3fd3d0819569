import type { Problem } from './roadmap';
import { MAX_ROADMAP_FILE_BYTES, MAX_TOPICS } from './roadmap-limits';
import { scanMarkdown } from './split-markdown';
import { formatCount } from './format-count';

/**
 * What roadmap Markdown may hold before it reaches the parser. micromark is linear on
 * ordinary text but not on everything: lists or quotes nested hundreds deep on one line,
 * runs of brackets, emphasis marks or backslashes in one paragraph, and long blocks it
 * cannot be handed in pieces (see split-markdown) take seconds to minutes at 10–200 KB.
 * Each limit is well above what a written roadmap holds — the built-in one peaks at a
 * 10-line topic, lists 2 deep and 26 marks in a paragraph, and scaled to 5,000 topics would
 * have 42,000 lines, 27,000 levels and 60,000 marks — and bounds the worst file that passes:
 * the slowest shapes we found (60,000 lines of sub-points; 100,000 marks as `[[a](b)`) take
 * about 5 s on our 2-core machines, a valid 5,000-topic roadmap about 2 s.
 */
export const MARKDOWN_LIMITS = {
  characters: MAX_ROADMAP_FILE_BYTES,
  lines: 60_000,
  lineLength: 10_000,
  /** List markers and `>` that open on one line (`- - > - x`). */
  nesting: 10,
  /** Columns before a list marker or `>`: lists nested over lines. */
  indent: 40,
  /**
   * Levels of lists and quotes summed over the file's lines (a marker counts one, four
   * columns of indent before it one more): each costs the parser more than a plain line.
   */
  levels: 80_000,
  /** Non-blank lines the parser must read in one piece: a topic with its sub-points, a code block. */
  blockLines: 300,
  /** `[ ] * _ \` < & \` in one paragraph or topic, and in the whole file. */
  paragraphMarks: 300,
  marks: 100_000,
  topics: MAX_TOPICS,
} as const;

/**
 * Checks roadmap Markdown against `MARKDOWN_LIMITS` in one pass, before it is parsed.
 * Returns at most one problem per limit, at the first line that breaks it.
 */
export function checkMarkdownBudget(file: string, text: string): Problem[] {
  const L = MARKDOWN_LIMITS;
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });
  if (text.length > L.characters) {
    report(
      1,
      `the file has ${formatCount(text.length)} characters (the limit is ${formatCount(L.characters)})`,
    );
    return problems;
  }
  // A NUL never appears in text: the file is an image, an archive or another binary file.
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    report(line, 'not a Markdown file: it holds binary data (choose a .md text file)');
    return problems;
  }
  const { lines, cuts } = scanMarkdown(text);
  if (lines.length > L.lines)
    report(
      L.lines + 1,
      `the file has ${formatCount(lines.length)} lines (the limit is ${formatCount(L.lines)})`,
    );

  const isCut = new Uint8Array(lines.length);
  for (const cut of cuts) isCut[cut] = 1;
  let blockStart = 0;
  let blockLines = 0;
  let bigBlock = false;
  const endBlock = (end: number) => {
    if (!bigBlock && blockLines > L.blockLines) {
      bigBlock = true;
      report(
        blockStart + 1,
        `lines ${formatCount(blockStart + 1)}–${formatCount(end)} are one block of ${formatCount(blockLines)} lines that must be read in one piece (the limit is ${formatCount(L.blockLines)}): a topic with its sub-points, a paragraph, a quote or a code block that long; split it, or start its lines at column 0 after a blank line`,
      );
    }
    blockStart = end;
    blockLines = 0;
  };

  let longLine = false;
  let deepLine = false;
  let indentedLine = false;
  let denseParagraph = false;
  let marks = 0;
  let levels = 0;
  let paragraphStart = -1;
  let paragraphMarks = 0;
  let topics = 0;
  let inPhases = false;
  const endParagraph = (end: number) => {
    if (!denseParagraph && paragraphMarks > L.paragraphMarks) {
      denseParagraph = true;
      report(
        paragraphStart + 1,
        `lines ${formatCount(paragraphStart + 1)}–${formatCount(end)} (a paragraph, or a topic with its sub-points) hold ${formatCount(paragraphMarks)} brackets, emphasis marks, backticks, backslashes, "<" or "&" (the limit is ${formatCount(L.paragraphMarks)}); Markdown that dense is too slow to read`,
      );
    }
    paragraphStart = -1;
    paragraphMarks = 0;
  };
  lines.forEach((line, index) => {
    const at = index + 1;
    // A cut starts a new top-level block (a topic, say), so a new paragraph too.
    if (isCut[index] === 1) {
      endBlock(index);
      if (paragraphStart >= 0) endParagraph(index);
    }
    if (!longLine && line.length > L.lineLength) {
      longLine = true;
      report(
        at,
        `line ${formatCount(at)} is ${formatCount(line.length)} characters long (the limit is ${formatCount(L.lineLength)})`,
      );
    }
    if (/^[ \t]*$/.test(line)) {
      if (paragraphStart >= 0) endParagraph(index);
      return;
    }
    blockLines++;
    if (paragraphStart < 0) paragraphStart = index;
    const lineMarks = markCount(line);
    paragraphMarks += lineMarks;
    marks += lineMarks;
    const { depth, indent } = containers(line);
    if (depth > 0) levels += depth + Math.floor(indent / 4);
    if (!deepLine && depth > L.nesting) {
      deepLine = true;
      report(
        at,
        `line ${formatCount(at)} opens ${formatCount(depth)} lists or quotes on one line (the limit is ${L.nesting})`,
      );
    }
    if (!indentedLine && depth > 0 && indent > L.indent) {
      indentedLine = true;
      report(
        at,
        `line ${formatCount(at)} starts a list or quote ${formatCount(indent)} columns in (the limit is ${L.indent}); lists nested that deep are too slow to read`,
      );
    }
    // A column-0 bold bullet outside code (a cut) starts a top-level list item: a topic.
    if (line.startsWith('## ')) inPhases = /^##\s+phases\b/i.test(line);
    else if (
      !inPhases &&
      isCut[index] === 1 &&
      /^[-*+][ \t]+(?:\*\*|__)/.test(line) &&
      ++topics === L.topics + 1
    )
      report(
        at,
        `the roadmap has more than ${formatCount(L.topics)} topics (the limit is ${formatCount(L.topics)}); this is topic ${formatCount(topics)}`,
      );
  });
  if (paragraphStart >= 0) endParagraph(lines.length);
  endBlock(lines.length);
  if (levels > L.levels)
    report(
      1,
      `the file's lists and quotes add up to ${formatCount(levels)} levels over its lines (the limit is ${formatCount(L.levels)}); it nests too deep, too often, to read quickly`,
    );
  if (marks > L.marks)
    report(
      1,
      `the file holds ${formatCount(marks)} brackets, emphasis marks, backticks, backslashes, "<" and "&" (the limit is ${formatCount(L.marks)})`,
    );
  return problems.sort((a, b) => a.line - b.line);
}

const MARKS = new Set(['[', ']', '*', '_', '`', '<', '&', '\\'].map((c) => c.charCodeAt(0)));

function markCount(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (MARKS.has(line.charCodeAt(i))) n++;
  return n;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The list markers and `>` a line opens with, and the columns before the first of them. */
function containers(line: string): { depth: number; indent: number } {
  if (THEMATIC_BREAK.test(line)) return { depth: 0, indent: 0 };
  let depth = 0;
  let indent = -1;
  let column = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') column += line[i++] === '\t' ? 4 - (column % 4) : 1;
    const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(line.slice(i, i + 11));
    if (!marker) break;
    if (indent < 0) indent = column;
    depth++;
    i += marker[0].length;
    column += marker[0].length;
  }
  return { depth, indent: Math.max(0, indent) };
}
