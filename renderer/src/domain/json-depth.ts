/**
 * A guard for JSON from users, run before anything parses it: the JSON parsers and schema
 * checkers the app uses recurse once per level, so a few kilobytes of `[[[[…` exhaust the
 * stack ("Maximum call stack size exceeded"). One linear pass, no recursion, no allocation.
 */

/**
 * The deepest nesting of arrays and objects read from a user's file. Our own files nest far
 * less (a backup's kept-aside rows, the deepest, sit 8 levels down); JSON parsers recurse
 * comfortably to a few thousand.
 */
export const MAX_JSON_DEPTH = 64;

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Where a text first nests deeper than allowed, 1-based as editors show it. */
export type DeepNesting = { line: number; column: number };

/**
 * The first `[` or `{` that opens level `max + 1`, or `null` when the text stays within `max`.
 * Brackets inside strings do not count. Not a validator: a broken text may pass, for the
 * parser to report.
 */
export function findDeepNesting(text: string, max: number = MAX_JSON_DEPTH): DeepNesting | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      // Counted inside strings too (invalid JSON there, but the parser reports it by line).
      line++;
      lineStart = i + 1;
    } else if (inString) {
      if (c === BACKSLASH && text.charCodeAt(i + 1) !== NEWLINE) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (depth > max) return { line, column: i - lineStart + 1 };
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) depth--;
  }
  return null;
}

/** The refusal for a text nested too deeply: `nested too deeply at line 3 (…)`, or `null`. */
export function checkJsonDepth(text: string, max: number = MAX_JSON_DEPTH): string | null {
  const deep = findDeepNesting(text, max);
  if (!deep) return null;
  return `nested too deeply at line ${deep.line}, column ${deep.column} (more than ${max} levels of arrays and objects)`;
}
