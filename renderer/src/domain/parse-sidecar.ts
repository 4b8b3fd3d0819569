import { getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import { findDeepNesting, MAX_JSON_DEPTH } from './json-depth';
import { describeJsonError, lineAt, lineStartOffsets } from './text-position';
import type { Node as JsonNode, ParseError, Segment } from 'jsonc-parser';
import type { Problem } from './roadmap';
import { sidecarSchema } from './sidecar-schema';
import type { Sidecar } from './sidecar-schema';

export type ParsedSidecar = {
  sidecar: Sidecar | null;
  /** Line of the value at a JSON path, or of its nearest existing parent. */
  lineOf: (path: readonly Segment[]) => number;
  problems: Problem[];
};

/** Parses and schema-checks a sidecar file, keeping positions so problems can name a line. */
export function parseSidecar(file: string, text: string): ParsedSidecar {
  const errors: ParseError[] = [];
  // A byte-order mark (editors on Windows add one) is not JSON; a space keeps the offsets.
  const json = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  // Before the parser, which recurses per level: 16 KB of `[[[[…` would overflow the stack.
  const deep = findDeepNesting(json);
  if (deep) {
    const message = `invalid JSON: nested too deeply at column ${deep.column} (more than ${MAX_JSON_DEPTH} levels of arrays and objects)`;
    return { sidecar: null, lineOf: () => 1, problems: [{ file, line: deep.line, message }] };
  }
  const tree = parseTree(json, errors, { allowTrailingComma: false, disallowComments: true });
  const lineStarts = lineStartOffsets(text);
  const lineOfOffset = (offset: number) => lineAt(lineStarts, offset);
  const lineOf = (path: readonly Segment[]) => {
    if (!tree) return 1;
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(tree, path.slice(0, depth));
      if (node) return lineOfOffset(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return 1;
  };

  if (errors.length > 0 || !tree) {
    const problems = errors.map((error) => ({
      file,
      line: lineOfOffset(error.offset),
      message: `invalid JSON: ${describeJsonError(printParseErrorCode(error.error))} at column ${error.offset - (lineStarts[lineOfOffset(error.offset) - 1] ?? 0) + 1}`,
    }));
    if (problems.length === 0) problems.push({ file, line: 1, message: 'invalid JSON: empty file' });
    return { sidecar: null, lineOf, problems };
  }

  // JSON lets a key repeat and keeps the last value: a topic listed twice would lose an entry.
  const duplicates = duplicateKeys(tree).map(({ path, node, first }) => ({
    file,
    line: lineOfOffset(node.offset),
    message: `${path.length > 0 ? path.join('.') : 'file'}: duplicate key "${String(node.value)}" (also at line ${lineOfOffset(first.offset)})`,
  }));

  const result = sidecarSchema.safeParse(getNodeValue(tree));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      // An unknown key is reported on its object; point at the (first) key itself.
      const at =
        issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
      return {
        file,
        line: lineOf(at),
        message: `${path.length > 0 ? path.join('.') : 'file'}: ${issue.message}`,
      };
    });
    return { sidecar: null, lineOf, problems: [...duplicates, ...problems] };
  }
  return { sidecar: result.data, lineOf, problems: duplicates };
}

/**
 * The node at a JSON path. Unlike jsonc-parser's `findNodeAtLocation`, a repeated key
 * resolves to its last occurrence: the one whose value `getNodeValue` keeps.
 */
function nodeAt(root: JsonNode, path: readonly Segment[]): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const segment of path) {
    if (node?.type === 'object' && typeof segment === 'string') {
      node = propertiesOf(node).get(segment);
    } else if (node?.type === 'array' && typeof segment === 'number') {
      node = node.children?.[segment];
    } else return undefined;
  }
  return node;
}

const PROPERTIES = new WeakMap<JsonNode, Map<string, JsonNode>>();

/**
 * An object node's values by key, the last occurrence winning, built once per object: a
 * search per lookup made 100,000 problems in one object take minutes.
 */
function propertiesOf(object: JsonNode): Map<string, JsonNode> {
  let properties = PROPERTIES.get(object);
  if (!properties) {
    properties = new Map();
    for (const property of object.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key !== undefined && value !== undefined) properties.set(String(key.value), value);
    }
    PROPERTIES.set(object, properties);
  }
  return properties;
}

/** Keys that appear twice in one object, with the path of that object and the first key node. */
function duplicateKeys(root: JsonNode): { path: Segment[]; node: JsonNode; first: JsonNode }[] {
  const found: { path: Segment[]; node: JsonNode; first: JsonNode }[] = [];
  const pending: { node: JsonNode; path: Segment[] }[] = [{ node: root, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, path } = next;
    if (node.type === 'object') {
      const seen = new Map<string, JsonNode>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key === undefined) continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first) found.push({ path, node: key, first });
        else seen.set(name, key);
        if (value) pending.push({ node: value, path: [...path, name] });
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => pending.push({ node: child, path: [...path, index] }));
    }
  }
  return found.sort((a, b) => a.node.offset - b.node.offset);
}
