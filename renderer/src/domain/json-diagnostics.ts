import { findNodeAtLocation, parseTree, printParseErrorCode, visit } from 'jsonc-parser';
import type { JSONPath, Node as JsonNode, ParseErrorCode } from 'jsonc-parser';
import { describeJsonError as codeInWords, lineAt, lineStartOffsets } from './text-position';

/**
 * Diagnostics for JSON files people may have edited by hand: where the syntax breaks, keys
 * named twice, and problems reported by path with the line they are on. Nothing here knows
 * what the file is for.
 */

/** The first syntax error, 1-based as editors show it. */
export type JsonSyntaxError = { line: number; column: number; code: ParseErrorCode };

/** A key repeated within one object, with both lines. */
export type DuplicateKey = { path: JSONPath; offset: number; line: number; firstLine: number };

/** What one pass over a JSON text found. */
export type JsonScan = { syntaxError: JsonSyntaxError | null; duplicateKeys: DuplicateKey[] };

/**
 * One pass over strict JSON (no comments, no trailing commas): the first syntax error, and
 * keys repeated within an object (JSON keeps the last, so a repeated key silently hides a value).
 * The scanner recurses once per level: check a user's text with `checkJsonDepth` first.
 */
export function scanJson(text: string): JsonScan {
  let syntaxError: JsonSyntaxError | null = null;
  const duplicateKeys: DuplicateKey[] = [];
  const objects: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        objects.push(new Map());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (property, offset, _length, startLine, _startCharacter, pathSupplier) => {
        const seen = objects.at(-1);
        if (!seen) return;
        const firstLine = seen.get(property);
        if (firstLine === undefined) seen.set(property, startLine + 1);
        else
          duplicateKeys.push({ path: [...pathSupplier(), property], offset, line: startLine + 1, firstLine });
      },
      onError: (code, _offset, _length, startLine, startCharacter) => {
        syntaxError ??= { line: startLine + 1, column: startCharacter + 1, code };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { syntaxError, duplicateKeys };
}

const PARSE_ERRORS: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a field name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/** A syntax error in words for people who do not read parser codes: `"," expected`. */
export function describeSyntaxError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return PARSE_ERRORS[name] ?? codeInWords(name);
}

/** A problem with where it is: its path, and its offset when already known (a duplicate key). */
export type Located = { path: JSONPath; offset?: number; text: string };

/**
 * Up to `max` problems, first in the file first, each followed by its line, and how many
 * were left out. Parses the text again (recursively): only for text `checkJsonDepth` passed.
 */
export function locateProblems(
  text: string,
  problems: readonly Located[],
  max: number,
): { shown: string[]; more: number } {
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const lineStarts = lineStartOffsets(text);
  const located = problems.map((problem) => ({
    ...problem,
    offset: problem.offset ?? offsetOf(tree, problem.path),
  }));
  located.sort((a, b) => a.offset - b.offset);
  const shown = located
    .slice(0, max)
    .map((problem) => `${problem.text} (line ${lineAt(lineStarts, problem.offset)})`);
  return { shown, more: located.length - shown.length };
}

/** Offset of the value at a path, or of its nearest existing parent; a field points at its name. */
function offsetOf(tree: JsonNode | undefined, path: JSONPath): number {
  if (!tree) return 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return 0;
}

/** The value at a path in parsed JSON, or `undefined` where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = Reflect.get(value, segment);
  }
  return value;
}

/** `data.topicStates[3].status`; odd keys in brackets; the empty path is "the file". */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? 'the file' : out;
}

/** A JSON value in a few words: strings quoted and cut at 40 characters, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
