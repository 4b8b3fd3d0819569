import { findNodeAtLocation, getNodeValue, parseTree } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { canvasSchema } from './canvas-schema';
import type { Canvas } from './canvas-schema';
import { describeSyntaxError, formatPath, valueAt } from './json-diagnostics';
import { findDeepNesting, MAX_JSON_DEPTH } from './json-depth';
import { MARKDOWN_LIMITS } from './markdown-budget';
import { inMessage } from './message-text';
import type { Problem } from './roadmap';
import { lineAt, lineStartOffsets } from './text-position';

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
    return refuse(1, `the file has ${count(text.length)} characters (the limit is ${count(limit)})`);
  // A byte-order mark (editors on Windows add one) is not JSON; a space keeps the offsets.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  const deep = findDeepNesting(json);
  if (deep)
    return refuse(
      deep.line,
      `not a JSON Canvas file: nested too deeply at column ${deep.column} (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`,
    );
  const errors: ParseError[] = [];
  const tree = parseTree(json, errors, { allowTrailingComma: false, disallowComments: true });
  const starts = lineStartOffsets(json);
  const lineOfOffset = (offset: number) => lineAt(starts, offset);
  const [error] = errors;
  if (error || !tree) {
    if (!error) return refuse(1, 'not a JSON Canvas file: the file is empty');
    const line = lineOfOffset(error.offset);
    const column = error.offset - (starts[line - 1] ?? 0) + 1;
    return refuse(
      line,
      `not a JSON Canvas file: it is not JSON (${describeSyntaxError(error.error)} at column ${column})`,
    );
  }
  const value: unknown = getNodeValue(tree);
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

  const lineOfPath = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, path.slice(0, depth));
      if (node) return lineOfOffset(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return 1;
  };
  const result = canvasSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues;
    const problems = issues.slice(0, MAX_SHAPE_PROBLEMS).map((issue) => {
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      return { file, line: lineOfPath(path), message: shapeMessage(value, path, issue.message) };
    });
    const more = issues.length - problems.length;
    if (more > 0) {
      const line = problems.at(-1)?.line ?? 1;
      problems.push({ file, line, message: `and ${count(more)} more problems of the same kind` });
    }
    return { problems };
  }

  const children = (key: string) => findNodeAtLocation(tree, [key])?.children ?? [];
  const lineOf = (node: JsonNode | undefined) => (node ? lineOfOffset(node.offset) : 1);
  const nodes = children('nodes');
  const edges = children('edges');
  return {
    canvas: result.data,
    nodeLines: result.data.nodes.map((_, index) => lineOf(nodes[index])),
    textLines: result.data.nodes.map((_, index) => {
      const textValue = nodes[index] && findNodeAtLocation(nodes[index], ['text']);
      return textValue ? lineOf(textValue) : lineOf(nodes[index]);
    }),
    edgeLines: result.data.edges.map((_, index) => lineOf(edges[index])),
  };
}

/** `nodes[3].x (node "a1"): …`, naming the node or edge by its id when it has one. */
function shapeMessage(root: unknown, path: readonly (string | number)[], message: string): string {
  const [list, index] = path;
  const id = list === 'nodes' || list === 'edges' ? valueAt(root, [list, index ?? '', 'id']) : undefined;
  const what = list === 'nodes' ? 'node' : 'edge';
  const named = typeof id === 'string' && id !== '' ? ` (${what} "${inMessage(id)}")` : '';
  return `not a JSON Canvas file: ${formatPath(path)}${named}: ${message}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
