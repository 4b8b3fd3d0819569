import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
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
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lineStarts = lineStartOffsets(text);
  const lineAt = (offset: number) => upperBound(lineStarts, offset);
  const lineOf = (path: readonly Segment[]) => {
    if (!tree) return 1;
    for (let depth = path.length; depth >= 0; depth--) {
      const node: JsonNode | undefined = findNodeAtLocation(tree, path.slice(0, depth));
      if (node) return lineAt(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return 1;
  };

  if (errors.length > 0 || !tree) {
    const problems = errors.map((error) => ({
      file,
      line: lineAt(error.offset),
      message: `invalid JSON: ${describeParseError(printParseErrorCode(error.error))} at column ${error.offset - (lineStarts[lineAt(error.offset) - 1] ?? 0) + 1}`,
    }));
    if (problems.length === 0) problems.push({ file, line: 1, message: 'invalid JSON: empty file' });
    return { sidecar: null, lineOf, problems };
  }

  const result = sidecarSchema.safeParse(getNodeValue(tree));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      return {
        file,
        line: lineOf(path),
        message: `${path.length > 0 ? path.join('.') : 'file'}: ${issue.message}`,
      };
    });
    return { sidecar: null, lineOf, problems };
  }
  return { sidecar: result.data, lineOf, problems: [] };
}

function describeParseError(code: string): string {
  // "PropertyNameExpected" → "property name expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line containing `offset`: the number of line starts at or before it. */
function upperBound(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
