import { buildRoadmap } from './build-roadmap';
import type { BuildResult } from './build-roadmap';
import { innermostGroups } from './canvas-groups';
import type { PlacedNode } from './canvas-groups';
import { readCanvasJson } from './canvas-json';
import type { CanvasEdge } from './canvas-schema';
import { readTopicText } from './canvas-text';
import { topicIdOf } from './inline-metadata';
import { formatCount } from './format-count';
import { inMessage } from './message-text';
import type { ParsedMarkdown, ParsedSection, ParsedTopic } from './parse-markdown';
import type { Problem, TopicId } from './roadmap';
import { MAX_TOPICS } from './roadmap-limits';

/** A `.canvas` file to build a roadmap from. */
export type CanvasSource = { file: string; text: string; fallbackId?: string };

/**
 * The single phase of a canvas roadmap. A canvas has nothing that orders phases: group
 * colours are unordered and groups inside groups may as well be sub-sections. One phase
 * keeps every edge the user drew valid (a prerequisite "in a later phase" is an error) and
 * the scheduler still follows the edges and the sections' order.
 */
export const CANVAS_PHASE_TITLE = 'All sections';

/**
 * Text nodes a canvas may hold (notes outside groups count too) and groups. Each text node is
 * checked against every group, so these bound the worst file to 10 million checks, about
 * 0.5 s on our 2-core machines (5,000 groups took 5 s); 1,000 sections is far beyond a
 * written roadmap (FastAPI has 17 for 56 topics).
 */
export const CANVAS_LIMITS = { textNodes: 2 * MAX_TOPICS, groups: 1_000 } as const;

/**
 * Builds a roadmap from a JSON Canvas file (jsoncanvas.org, spec 1.0): group nodes are
 * sections, top to bottom then left to right; text nodes inside a group (the innermost,
 * when groups nest) are its topics in the same order; an edge between two topics makes the
 * one it starts at a prerequisite of the one it ends at, whatever its arrow ends show. Text
 * nodes outside every group are notes and left out (one at the top whose first line is
 * `# Title` names the roadmap); one that straddles a group's border is a problem. A topic's
 * text may hold `estimate:`, `after:` and `{#id}` as in Markdown; estimates default as there.
 * No layout is taken from the file. The roadmap's checks are `buildRoadmap`'s, fed the same
 * intermediate the Markdown parser produces, the edges as `after:` lines on their own line.
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
      `the canvas has more than ${formatCount(CANVAS_LIMITS.groups)} groups`,
    );
  if (texts.length > CANVAS_LIMITS.textNodes)
    return refuse(
      texts[CANVAS_LIMITS.textNodes]!.line,
      `the canvas has more than ${formatCount(CANVAS_LIMITS.textNodes)} text nodes`,
    );

  const { groupOf, straddling } = innermostGroups(groups, texts);
  for (const { node, group } of straddling.filter(({ node }) => node.text?.trim()))
    at(
      node.line,
      `text node "${inMessage(node.id)}" lies across the border of group "${inMessage(group.label ?? group.id)}": move it inside the group to make it a topic, or out of it to leave it out`,
    );

  // One pass, not one per group: 1,000 groups × 10,000 cards would be 10 million looks.
  const membersOf = new Map<PlacedNode, PlacedNode[]>();
  for (const node of texts) {
    const group = groupOf.get(node.id);
    const members = group && membersOf.get(group);
    if (members) members.push(node);
    else if (group) membersOf.set(group, [node]);
  }
  const sections: ParsedSection[] = [];
  // Each topic's node, with the id the builder will give it (so an edge can name it) and its place.
  const topicOfNode = new Map<string, { id: TopicId; topic: ParsedTopic; place: number }>();
  for (const group of [...groups].sort(byPosition)) {
    const members = (membersOf.get(group) ?? []).sort(byPosition);
    const topics: ParsedTopic[] = [];
    for (const node of members) {
      const read = readTopicText(node.text ?? '', node.textLine);
      if (read.title === '') {
        // An empty card is a placeholder; one with sub-points lacks the title it needs.
        if (read.items.length > 0 || read.tip || read.meta.length > 0)
          at(
            node.line,
            `text node "${inMessage(node.id)}" has no title: the first line of a topic's text is its title`,
          );
        continue;
      }
      const topic: ParsedTopic = { ...read, line: node.line };
      topics.push(topic);
      topicOfNode.set(node.id, { id: topicIdOf(topic).id, topic, place: topicOfNode.size });
    }
    // A group holding no topic of its own frames other groups or decorates: not a section.
    if (topics.length === 0) continue;
    const number = sections.length + 1;
    const label = group.label?.trim() ?? '';
    sections.push({ number, title: label === '' ? `Section ${number}` : label, line: group.line, topics });
  }
  if (sections.length === 0)
    at(groups[0]!.line, 'the canvas has no topics: a topic is a text node inside a group');

  // An edge between topics is an `after:` on the topic it ends at, written on the edge's line,
  // so the builder's checks (cycles above all) point at the edge.
  const afters: { to: ParsedTopic; from: TopicId; place: number; line: number }[] = [];
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
    if (from && to) afters.push({ to: to.topic, from: from.id, place: from.place, line });
  });
  // In roadmap order, not the file's: reordering a file's edges changes nothing.
  afters.sort((a, b) => a.place - b.place || a.line - b.line);
  for (const { to, from, line } of afters) to.meta.push({ key: 'after', value: from, line });

  const heading = titleNote(texts.filter((node) => !groupOf.has(node.id)));
  const parsed: ParsedMarkdown = {
    title: heading?.title ?? baseName(file),
    titleLine: heading?.line ?? 1,
    sections,
    phases: {
      line: 1,
      list: [{ number: 1, title: CANVAS_PHASE_TITLE, sections: sections.map((s) => s.number), line: 1 }],
    },
    problems,
  };
  const built = buildRoadmap({
    markdown: { file, text: source.text },
    parsedMarkdown: parsed,
    ...(source.fallbackId === undefined ? {} : { fallbackId: source.fallbackId }),
  });
  if (built.roadmap) return built;
  return {
    roadmap: null,
    problems: nameWhere(built.problems, new Set(problems), placed, canvas.edges, edgeLines),
  };
}

/**
 * The builder's problems named by the node or edge on their line, when the line holds only
 * one (Obsidian writes one a line; a file on one line gets lines alone). This reader's own
 * problems name theirs already.
 */
function nameWhere(
  problems: readonly Problem[],
  own: ReadonlySet<Problem>,
  nodes: readonly PlacedNode[],
  edges: readonly CanvasEdge[],
  edgeLines: readonly number[],
): Problem[] {
  const onLine = new Map<number, string[]>();
  const add = (line: number, name: string) => {
    const names = onLine.get(line);
    if (names) names.push(name);
    else onLine.set(line, [name]);
  };
  for (const node of nodes) add(node.line, `node "${inMessage(node.id)}"`);
  edges.forEach((edge, index) => add(edgeLines[index] ?? 1, `edge "${inMessage(edge.id)}"`));
  return problems.map((problem) => {
    const [only, other] = onLine.get(problem.line) ?? [];
    if (own.has(problem) || only === undefined || other !== undefined) return problem;
    return { ...problem, message: `${only}: ${problem.message}` };
  });
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
