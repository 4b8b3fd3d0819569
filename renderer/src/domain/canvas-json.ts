import { visit } from 'jsonc-parser';
import type { JSONPath, ParseErrorCode } from 'jsonc-parser';
import { canvasSchema } from './canvas-schema';
import type { Canvas } from './canvas-schema';
import { describeSyntaxError, formatPath, valueAt } from './json-diagnostics';
import { findDeepNesting, MAX_JSON_DEPTH } from './json-depth';
import { MARKDOWN_LIMITS } from './markdown-budget';
import { formatCount } from './format-count';
import { inMessage } from './message-text';
import type { Problem } from './roadmap';

/** A canvas read from its text, with the line each node, its text and each edge start on. */
export type ReadCanvas = {
  canvas: Canvas;
  nodeLines: number[];
  /** The line of a text node's `"text"` value (sub-points sit in that one JSON string). */
  textLines: number[];
  edgeLines: number[];
};

/** Schema problems listed before the rest are summed up: a wrong tool's file has thousands. */
const MAX_SHAPE_PROBLEMS = 50;

/**
 * Reads a `.canvas` file: the size limit of roadmap Markdown (5 MB), the JSON depth guard
 * (before the parser, which recurses per level), the JSON syntax and the canvas schema,
 * each problem with its line. Not a canvas at all is one problem, not one per field.
 */
export function readCanvasJson(file: string, text: string): ReadCanvas | { problems: Problem[] } {
  const refuse = (line: number, message: string) => ({ problems: [{ file, line, message }] });
  const limit = MARKDOWN_LIMITS.characters;
  if (text.length > limit)
    return refuse(
      1,
      `the file has ${formatCount(text.length)} characters (the limit is ${formatCount(limit)})`,
    );
  // A byte-order mark (editors on Windows add one) is not JSON; a space keeps the offsets.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const deep = findDeepNesting(json);
  if (deep)
    return refuse(
      deep.line,
      `not a JSON Canvas file: nested too deeply at column ${deep.column} (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`,
    );
  const positions = scanPositions(json);
  if (positions.error) {
    const { line, column, code } = positions.error;
    return refuse(
      line,
      `not a JSON Canvas file: it is not JSON (${describeSyntaxError(code)} at column ${column})`,
    );
  }
  // Parsed natively once the scan found no error: a tree of 5 MB of JSON costs seconds of GC.
  const value: unknown = JSON.parse(json);
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    !(Object.hasOwn(value, 'nodes') || Object.hasOwn(value, 'edges'))
  )
    return refuse(
      1,
      'not a JSON Canvas file: it has no "nodes" list (a canvas is {"nodes": […], "edges": […]})',
    );

  const { nodes, texts, edges } = positions;
  const result = canvasSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues;
    const problems = issues.slice(0, MAX_SHAPE_PROBLEMS).map((issue) => {
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      const [list, index] = path;
      const lines = list === 'nodes' ? nodes : list === 'edges' ? edges : [];
      const line = (typeof index === 'number' ? lines[index] : undefined) ?? 1;
      return { file, line, message: shapeMessage(value, path, issue.message) };
    });
    const more = issues.length - problems.length;
    if (more > 0) {
      const line = problems.at(-1)?.line ?? 1;
      problems.push({ file, line, message: `and ${formatCount(more)} more problems of the same kind` });
    }
    return { problems };
  }
  return {
    canvas: result.data,
    nodeLines: result.data.nodes.map((_, index) => nodes[index] ?? 1),
    textLines: result.data.nodes.map((_, index) => texts[index] ?? nodes[index] ?? 1),
    edgeLines: result.data.edges.map((_, index) => edges[index] ?? 1),
  };
}

type Positions = {
  error: { line: number; column: number; code: ParseErrorCode } | null;
  /** Lines by index: where `nodes[i]` and `edges[i]` open, and each node's `"text"` key. */
  nodes: number[];
  texts: number[];
  edges: number[];
};

/**
 * One streaming pass over the JSON: the first syntax error, and the lines of the nodes, their
 * texts and the edges (a repeated key's last occurrence wins, as in `JSON.parse`). Recurses
 * per level: for text `findDeepNesting` passed.
 */
function scanPositions(json: string): Positions {
  const found: Positions = { error: null, nodes: [], texts: [], edges: [] };
  // The list each open array or object is in, and its index there; `null` outside a canvas list.
  const stack: (['nodes' | 'edges', number] | null)[] = [];
  let depth = 0;
  const open = (pathSupplier: () => JSONPath, startLine: number) => {
    depth++;
    // Only objects two levels down can be a node or an edge: the path is built for them alone.
    if (depth !== 3) return;
    const [list, index] = pathSupplier();
    if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
      found[list][index] = startLine + 1;
      stack.push([list, index]);
    } else stack.push(null);
  };
  const close = () => {
    if (depth === 3) stack.pop();
    depth--;
  };
  visit(
    json,
    {
      onObjectBegin: (_offset, _length, startLine, _startCharacter, pathSupplier) =>
        open(pathSupplier, startLine),
      onArrayBegin: (_offset, _length, startLine, _startCharacter, pathSupplier) =>
        open(pathSupplier, startLine),
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: (property, _offset, _length, startLine) => {
        const at = stack.at(-1);
        if (depth === 3 && property === 'text' && at?.[0] === 'nodes') found.texts[at[1]] = startLine + 1;
      },
      onError: (code, _offset, _length, startLine, startCharacter) => {
        found.error ??= { line: startLine + 1, column: startCharacter + 1, code };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return found;
}

/** `nodes[3].x (node "a1"): …`, naming the node or edge by its id when it has one. */
function shapeMessage(root: unknown, path: readonly (string | number)[], message: string): string {
  const [list, index] = path;
  const id = list === 'nodes' || list === 'edges' ? valueAt(root, [list, index ?? '', 'id']) : undefined;
  const what = list === 'nodes' ? 'node' : 'edge';
  const named = typeof id === 'string' && id !== '' ? ` (${what} "${inMessage(id)}")` : '';
  return `not a JSON Canvas file: ${formatPath(path)}${named}: ${message}`;
}
