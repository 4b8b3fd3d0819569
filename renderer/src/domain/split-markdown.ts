/**
 * A piece of a roadmap's Markdown: its text, the line of the whole file it starts on, and
 * the file's link reference definitions (`[x]: url` lines), so a piece that uses one defined
 * elsewhere still reads it as a link.
 */
export type MarkdownPart = { text: string; firstLine: number; definitions: readonly string[] };

/** Where a file can be cut without changing how it parses, and its link definitions. */
export type MarkdownScan = {
  lines: string[];
  /** 0-based indexes of lines that start a new top-level block. */
  cuts: number[];
  /** The subset of `cuts` that are `## ` headings (sections start there). */
  headings: number[];
  definitions: string[];
};

/** Lines per chunk the parser is handed: micromark slows with the size of what it parses. */
const CHUNK_LINES = 100;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const BULLET = /^[-*+][ \t]+\S/;
const DEFINITION = /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*\S/;
const HTML_START = /^ {0,3}</;
/** How each kind of HTML block ends (CommonMark's types 1–5); the others end at a blank line. */
const HTML_ENDS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![a-z]/i, />/],
];

/**
 * Finds the lines a file can be cut before: a column-0 heading or bullet, or any column-0
 * line after a blank one — each always starts a new top-level block — never inside fenced
 * code or an HTML block. When unsure it does not cut: that only makes a piece longer.
 */
export function scanMarkdown(text: string): MarkdownScan {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cuts: number[] = [];
  const headings: number[] = [];
  const definitions: string[] = [];
  let fence: string | null = null;
  let htmlEnd: RegExp | 'blank' | null = null;
  let previousBlank = true;
  lines.forEach((line, index) => {
    const blank = BLANK.test(line);
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (fence !== null) {
      const close = FENCE.exec(line);
      if (
        close &&
        close[1]![0] === fence[0] &&
        close[1]!.length >= fence.length &&
        BLANK.test(line.slice(close[0].length))
      )
        fence = null;
      return;
    }
    if (htmlEnd !== null) {
      if (htmlEnd === 'blank' ? blank : htmlEnd.test(line)) htmlEnd = null;
      return;
    }
    if (
      index > 0 &&
      !blank &&
      !/^[ \t]/.test(line) &&
      (wasBlank || HEADING.test(line) || BULLET.test(line))
    ) {
      cuts.push(index);
      if (line.startsWith('## ')) headings.push(index);
    }
    const open = FENCE.exec(line);
    // A backtick fence's info string holds no backtick (else the line is a code span).
    if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = open[1]!;
    else if (HTML_START.test(line)) {
      const kind = HTML_ENDS.find(([start]) => start.test(line));
      // An HTML block of types 1–5 may end on the line that opens it.
      if (!kind) htmlEnd = 'blank';
      else if (!kind[1].test(line.slice(line.indexOf('<') + 2))) htmlEnd = kind[1];
    } else if (DEFINITION.test(line)) definitions.push(line.trim());
  });
  return { lines, cuts, headings, definitions };
}

/**
 * Cuts a part of a file into chunks of about `CHUNK_LINES` lines for the parser. Each
 * chunk's text ends with the link definitions it uses, after a blank line (after its own
 * lines, so its line numbers do not move): only those whose label it names in brackets,
 * so the work stays in proportion to the file.
 */
export function chunkMarkdown(part: MarkdownPart): { text: string; firstLine: number }[] {
  const { lines, cuts } = scanMarkdown(part.text);
  const byLabel = new Map<string, string>();
  for (const line of part.definitions) {
    const label = normalLabel(DEFINITION.exec(line)?.[1] ?? '');
    // As in CommonMark, the first definition of a label wins.
    if (!byLabel.has(label)) byLabel.set(label, line);
  }
  const bounds = [0];
  for (const cut of cuts) if (cut - bounds.at(-1)! >= CHUNK_LINES) bounds.push(cut);
  bounds.push(lines.length);
  const chunks: { text: string; firstLine: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const text = lines.slice(bounds[i], bounds[i + 1]).join('\n');
    chunks.push({ text: withDefinitions(text, byLabel), firstLine: part.firstLine + bounds[i]! });
  }
  return chunks;
}

function withDefinitions(text: string, byLabel: ReadonlyMap<string, string>): string {
  if (byLabel.size === 0) return text;
  const used = new Set<string>();
  for (const match of text.matchAll(/\[((?:[^\\[\]]|\\.){1,999})\]/g)) {
    const definition = byLabel.get(normalLabel(match[1]!));
    if (definition !== undefined) used.add(definition);
  }
  return used.size === 0 ? text : `${text}\n\n${[...used].join('\n')}\n`;
}

function normalLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Cuts Markdown into at most `parts` pieces of similar size, each starting at a `## `
 * heading, for parsing in parallel. Each piece knows the line it starts on, so the parser
 * reports the whole file's line numbers. Lines inside fenced code or HTML are never cut at.
 */
export function splitMarkdownAtSections(text: string, parts: number): MarkdownPart[] {
  const { lines, headings, definitions } = scanMarkdown(text);
  const normalized = lines.join('\n');
  if (parts <= 1 || headings.length === 0) return [{ text: normalized, firstLine: 1, definitions }];
  const chosen: number[] = [];
  for (let k = 1; k < parts; k++) {
    const target = (lines.length * k) / parts;
    const nearest = headings.reduce((best, cut) =>
      Math.abs(cut - target) < Math.abs(best - target) ? cut : best,
    );
    if (!chosen.includes(nearest)) chosen.push(nearest);
  }
  chosen.sort((a, b) => a - b);
  const bounds = [0, ...chosen, lines.length];
  const pieces: MarkdownPart[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const text = lines.slice(bounds[i], bounds[i + 1]).join('\n');
    pieces.push({ text, firstLine: bounds[i]! + 1, definitions });
  }
  return pieces;
}
