import { buildRoadmap } from './build-roadmap';
import type { BuildResult } from './build-roadmap';
import { innermostGroups } from './canvas-groups';
import type { PlacedNode } from './canvas-groups';
import { readCanvasJson } from './canvas-json';
import { readTopicText } from './canvas-text';
import { findCycles } from './graph';
import { MAX_ESTIMATE_HOURS } from './plan';
import { inMessage } from './message-text';
import type { ParsedMarkdown, ParsedSection, ParsedTopic } from './parse-markdown';
import type { Problem, TopicId } from './roadmap';
import { MAX_TOPICS } from './roadmap-limits';
import { slugify } from './slug';

/** A `.canvas` file to build a roadmap from. */
export type CanvasSource = { file: string; text: string; fallbackId?: string };

/**
 * The single phase of a canvas roadmap. A canvas has nothing that orders phases: group
 * colours are unordered and groups inside groups may as well be sub-sections. One phase
 * keeps every edge the user drew valid (a prerequisite "in a later phase" is an error) and
 * the scheduler still follows the edges and the sections' order.
 */
export const CANVAS_PHASE_TITLE = 'All sections';

/** Text nodes a canvas may hold (notes outside groups count too) and groups, to bound the work. */
export const CANVAS_LIMITS = { textNodes: 2 * MAX_TOPICS, groups: MAX_TOPICS } as const;

/**
 * The name under which estimates and prerequisites reach `buildRoadmap`, which reads them
 * only from a sidecar today. It never reaches the user: every check on it is made on the
 * canvas first and reported there.
 */
const SIDECAR = '(canvas estimates and prerequisites)';

/**
 * Builds a roadmap from a JSON Canvas file (jsoncanvas.org, spec 1.0): group nodes are
 * sections, top to bottom then left to right; text nodes inside a group (the innermost,
 * when groups nest) are its topics in the same order; an edge between two topics makes the
 * one it starts at a prerequisite of the one it ends at, whatever its arrow ends show. Text
 * nodes outside every group are notes and left out (one at the top whose first line is
 * `# Title` names the roadmap); one that straddles a group's border is a problem. Estimates
 * are 1 h per sub-point (the tip not counted), at least 1 h, unless an `estimate: 4 h`
 * sub-point says otherwise. No layout is taken from the file. The checks after reading are
 * `buildRoadmap`'s, fed the same intermediate the Markdown parser produces.
 */
export function buildCanvasRoadmap(source: CanvasSource): BuildResult {
  const { file } = source;
  const read = readCanvasJson(file, source.text);
  if ('problems' in read) return { roadmap: null, problems: read.problems };
  const { canvas, nodeLines, textLines, edgeLines } = read;
  const problems: Problem[] = [];
  const at = (line: number, message: string) => problems.push({ file, line, message });
  const refuse = (line: number, message: string): BuildResult => ({
    roadmap: null,
    problems: [{ file, line, message }],
  });

  const placed: PlacedNode[] = [];
  const firstLineOf = new Map<string, number>();
  canvas.nodes.forEach((node, index) => {
    const line = nodeLines[index] ?? 1;
    const earlier = firstLineOf.get(node.id);
    if (earlier === undefined) {
      firstLineOf.set(node.id, line);
      placed.push({ ...node, line, textLine: textLines[index] ?? line });
    } else
      at(
        line,
        `node id "${inMessage(node.id)}" is used twice (also at line ${earlier}); node ids must be unique`,
      );
  });
  const groups = placed.filter((node) => node.type === 'group');
  const texts = placed.filter((node) => node.type === 'text');
  if (groups.length === 0)
    return refuse(
      1,
      'the canvas has no groups: each section is a group node holding its topics as text nodes',
    );
  if (groups.length > CANVAS_LIMITS.groups)
    return refuse(
      groups[CANVAS_LIMITS.groups]!.line,
      `the canvas has more than ${count(CANVAS_LIMITS.groups)} groups`,
    );
  if (texts.length > CANVAS_LIMITS.textNodes)
    return refuse(
      texts[CANVAS_LIMITS.textNodes]!.line,
      `the canvas has more than ${count(CANVAS_LIMITS.textNodes)} text nodes`,
    );

  const { groupOf, straddling } = innermostGroups(groups, texts);
  for (const { node, group } of straddling.filter(({ node }) => node.text?.trim()))
    at(
      node.line,
      `text node "${inMessage(node.id)}" lies across the border of group "${inMessage(group.label ?? group.id)}": move it inside the group to make it a topic, or out of it to leave it out`,
    );

  const sections: ParsedSection[] = [];
  const topicOfNode = new Map<string, TopicId>();
  const estimates = new Map<TopicId, number>();
  for (const group of [...groups].sort(byPosition)) {
    const members = texts.filter((node) => groupOf.get(node.id) === group).sort(byPosition);
    const topics: ParsedTopic[] = [];
    for (const node of members) {
      const read = readTopicText(node.text ?? '', node.textLine);
      // An empty card is a placeholder, not a topic with no name.
      if (read.title === '' && read.items.length === 0) continue;
      for (const message of read.problems) at(node.textLine, `text node "${inMessage(node.id)}" ${message}`);
      // Estimates and prerequisites go by the sidecar below, which wins over inline values;
      // ids come from the title until the builder honours `{#id}` (see readTopicText).
      topics.push({
        title: read.title,
        line: node.line,
        items: read.items,
        tip: read.tip,
        idMark: null,
        meta: [],
      });
      const id = slugify(read.title);
      // No id (the builder says so): no estimate nor edge can name it.
      if (id === '') continue;
      topicOfNode.set(node.id, id);
      const byItems = Math.min(MAX_ESTIMATE_HOURS, Math.max(1, read.items.length));
      if (!estimates.has(id)) estimates.set(id, read.estimateHours ?? byItems);
    }
    // A group holding no topic of its own frames other groups or decorates: not a section.
    if (topics.length === 0) continue;
    const number = sections.length + 1;
    const label = group.label?.trim() ?? '';
    sections.push({ number, title: label === '' ? `Section ${number}` : label, line: group.line, topics });
  }
  if (sections.length === 0)
    at(groups[0]!.line, 'the canvas has no topics: a topic is a text node inside a group');

  const needs = new Map<TopicId, TopicId[]>();
  const edgeLineOf = new Map<string, { line: number; id: string }>();
  canvas.edges.forEach((edge, index) => {
    const line = edgeLines[index] ?? 1;
    const ends = [
      ['starts', edge.fromNode],
      ['ends', edge.toNode],
    ] as const;
    for (const [verb, nodeId] of ends)
      if (!firstLineOf.has(nodeId))
        at(
          line,
          `edge "${inMessage(edge.id)}" ${verb} at node "${inMessage(nodeId)}", which is not in the canvas`,
        );
    const from = topicOfNode.get(edge.fromNode);
    const to = topicOfNode.get(edge.toNode);
    if (!from || !to) return;
    const list = needs.get(to);
    if (list) list.push(from);
    else needs.set(to, [from]);
    if (!edgeLineOf.has(`${to} ${from}`)) edgeLineOf.set(`${to} ${from}`, { line, id: edge.id });
  });
  const ids = [...new Set(topicOfNode.values())];
  // In roadmap order, not the file's: reordering a file's edges changes nothing.
  const place = new Map(ids.map((id, index) => [id, index]));
  for (const list of needs.values()) list.sort((a, b) => place.get(a)! - place.get(b)!);
  const cycles = findCycles(ids, new Map(ids.map((id) => [id, needs.get(id) ?? []])));
  for (const cycle of cycles) {
    const edge = edgeLineOf.get(`${cycle[0]} ${cycle[1]}`);
    at(
      edge?.line ?? 1,
      `prerequisite cycle: ${cycle.join(' needs ')} (edge "${inMessage(edge?.id ?? '')}" closes it)`,
    );
  }

  const heading = titleNote(texts.filter((node) => !groupOf.has(node.id)));
  const title = heading?.title ?? baseName(file);
  const parsed: ParsedMarkdown = {
    title,
    titleLine: heading?.line ?? 1,
    sections,
    phases: {
      line: 1,
      list: [{ number: 1, title: CANVAS_PHASE_TITLE, sections: sections.map((s) => s.number), line: 1 }],
    },
    problems,
  };
  const sidecar = {
    roadmap: slugify(source.fallbackId ?? title) || 'canvas',
    topics: Object.fromEntries(
      ids.map((id) => [id, { estimateHours: estimates.get(id), prerequisites: needs.get(id) ?? [] }]),
    ),
  };
  const built = buildRoadmap({
    markdown: { file, text: source.text },
    sidecar: { file: SIDECAR, text: JSON.stringify(sidecar) },
    parsedMarkdown: parsed,
  });
  if (built.roadmap) return built;
  const own = new Set(problems);
  return { roadmap: null, problems: relocate(built.problems, own, file, placed, cycles.length > 0) };
}

/**
 * The builder's problems as the canvas's: each of its own named by its node when its line
 * holds only one (this reader's name theirs already). Those on the sidecar are the cycles
 * already reported with their edge; anything else there would be a mistake of this reader
 * and is kept, on line 1, rather than lost.
 */
function relocate(
  problems: readonly Problem[],
  own: ReadonlySet<Problem>,
  file: string,
  nodes: readonly PlacedNode[],
  cycles: boolean,
) {
  const nodesOnLine = new Map<number, string[]>();
  for (const node of nodes) {
    const onLine = nodesOnLine.get(node.line);
    if (onLine) onLine.push(node.id);
    else nodesOnLine.set(node.line, [node.id]);
  }
  return problems
    .filter((problem) => problem.file !== SIDECAR || !cycles)
    .map((problem) => {
      if (problem.file === SIDECAR) return { file, line: 1, message: problem.message };
      const [only, other] = nodesOnLine.get(problem.line) ?? [];
      if (own.has(problem) || only === undefined || other !== undefined) return problem;
      return { ...problem, message: `node "${inMessage(only)}": ${problem.message}` };
    })
    .sort((a, b) => a.line - b.line);
}

/** Top to bottom, then left to right; the id settles boxes at the same place, not the file's order. */
function byPosition(a: PlacedNode, b: PlacedNode): number {
  return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The roadmap's title: the top-most note outside the groups whose first line is `# Title`. */
function titleNote(notes: readonly PlacedNode[]): { title: string; line: number } | null {
  for (const note of [...notes].sort(byPosition)) {
    const text = (note.text ?? '').trimStart();
    const first = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1);
    if (/^#\s/.test(first)) {
      const title = readTopicText(first, note.textLine).title;
      if (title !== '') return { title, line: note.textLine };
    }
  }
  return null;
}

/** `kubernetes` from `roadmaps/kubernetes.canvas`. */
function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.canvas$/i, '') || 'Canvas roadmap';
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
