import { Position } from '@xyflow/react';
import type { Edge, Node } from '@xyflow/react';
import { formatShortDay } from '../../domain';
import type { Roadmap, RoadmapLayout, TopicId, TopicState } from '../../domain';
import { STATE_LABELS } from './state-labels';

export type TopicNodeData = {
  title: string;
  estimateHours: number;
  phaseNumber: number;
  sectionNumber: number;
  /** Set while another topic is hovered or selected and this one is not on its chain. */
  dimmed: boolean;
  /** On the chain of the hovered or selected topic (not that topic itself). */
  onChain: boolean;
  state: TopicState;
  hasNote: boolean;
  /** Due for review (done, due today or earlier). */
  due: boolean;
  /** When the plan has the topic start ("1 Dec"); null without a plan or sessions. */
  plannedStart: string | null;
};
export type SectionNodeData = {
  number: number;
  title: string;
  phaseNumber: number;
  topicCount: number;
  percent: number;
  /** Drawn as a solid block with its title when zoomed too far out to read topics. */
  block: boolean;
};

export type TopicNode = Node<TopicNodeData, 'topic'>;
export type SectionNode = Node<SectionNodeData, 'section'>;
export type RoadmapNode = TopicNode | SectionNode;
export type RouteEdge = Edge<{ path: string }, 'route'>;

export const sectionNodeId = (number: number) => `section-${number}`;

/** What the nodes show besides the roadmap and its layout. */
export type NodeOptions = {
  selectedId: TopicId | null;
  /** The hovered or selected topic's chain (see `topicChain`); empty when none is. */
  chain: ReadonlySet<TopicId>;
  focusId: TopicId | null;
  blocks: boolean;
  states: ReadonlyMap<TopicId, TopicState>;
  notes: ReadonlySet<TopicId>;
  /** Topics due for review; absent until known. */
  due?: ReadonlySet<TopicId> | undefined;
  /** "Ready now": everything not ready to start is dimmed. */
  readyOnly: boolean;
  /** Share of each section's estimated hours done, 0–100. */
  sectionPercent: ReadonlyMap<number, number>;
  /** Each planned topic's first session still to study. */
  firstPlanned: ReadonlyMap<TopicId, { date: string }>;
  /** The goal topic, if any, and its open prerequisite chain (the goal included). */
  goal: TopicId | null;
  goalChain: ReadonlySet<TopicId>;
};

/** Graph nodes for a laid-out roadmap: section groups under their topics. */
export function buildNodes(roadmap: Roadmap, layout: RoadmapLayout, options: NodeOptions): RoadmapNode[] {
  const nodes: RoadmapNode[] = [];
  for (const box of layout.sections) {
    const section = roadmap.sections.find((s) => s.number === box.number);
    if (!section) continue;
    nodes.push({
      id: sectionNodeId(box.number),
      type: 'section',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      measured: { width: box.width, height: box.height },
      data: {
        number: section.number,
        title: section.title,
        phaseNumber: section.phaseNumber,
        topicCount: section.topics.length,
        percent: options.sectionPercent.get(section.number) ?? 0,
        block: options.blocks,
      },
      selectable: false,
      focusable: false,
      draggable: false,
      zIndex: -1,
      // Topics are not children of their box, so a landmark here would hold only a title;
      // each topic's description names its section instead.
      domAttributes: { 'aria-hidden': true },
    });
  }
  if (options.blocks) return nodes;
  for (const box of layout.topics) {
    const topic = roadmap.topicsById.get(box.id);
    if (!topic) continue;
    const state = options.states.get(topic.id) ?? 'locked';
    const first = options.firstPlanned.get(topic.id);
    const plannedStart = first ? formatShortDay(first.date) : null;
    const due = !!options.due?.has(topic.id);
    const inChain = options.goalChain.has(topic.id);
    const goalRole = topic.id === options.goal && inChain ? 'goal' : inChain ? 'chain' : null;
    // A hovered or selected topic shows its chain; a goal keeps its chain in view too.
    const shown =
      options.chain.size > 0
        ? options.chain.has(topic.id) || inChain
        : options.goalChain.size === 0 || inChain;
    nodes.push({
      id: topic.id,
      type: 'topic',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      // Sizes and handles known up front: React Flow need not measure before drawing arrows,
      // and its resize observer finds nothing to update.
      measured: { width: box.width, height: box.height },
      selected: topic.id === options.selectedId,
      // A class on React Flow's own node box: the goal's chain is styled without new node data.
      ...(goalRole ? { className: goalRole === 'goal' ? 'node--goal' : 'node--goal-chain' } : {}),
      draggable: false,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      handles: [
        { type: 'target', position: Position.Left, x: 0, y: box.height / 2, width: 1, height: 1 },
        {
          type: 'source',
          position: Position.Right,
          x: box.width - 1,
          y: box.height / 2,
          width: 1,
          height: 1,
        },
      ],
      ariaLabel: due ? `${topic.title}, due for review` : topic.title,
      // One description of our own (where the topic sits, and what Enter does) instead of
      // React Flow's shared hint, which would otherwise take precedence.
      domAttributes: {
        'aria-describedby': undefined,
        'aria-description': `${STATE_LABELS[state]}. ${goalRole ? `${GOAL_WORDS[goalRole]} ` : ''}${describeTopic(roadmap, topic.sectionNumber, topic.phaseNumber)}.${plannedStart ? ` Planned from ${plannedStart}.` : ''} Press Enter to open its details.`,
      },
      data: {
        title: topic.title,
        estimateHours: topic.estimateHours,
        phaseNumber: topic.phaseNumber,
        sectionNumber: topic.sectionNumber,
        dimmed: !shown || (options.readyOnly && state !== 'ready'),
        onChain: options.chain.has(topic.id) && topic.id !== options.focusId,
        state,
        hasNote: options.notes.has(topic.id),
        due,
        plannedStart,
      },
    });
  }
  return nodes;
}

const GOAL_WORDS = { goal: 'Your goal.', chain: 'On the way to your goal.' } as const;

function describeTopic(roadmap: Roadmap, sectionNumber: number, phaseNumber: number): string {
  const section = roadmap.sections.find((s) => s.number === sectionNumber);
  return `Section ${sectionNumber}${section ? `, ${section.title}` : ''}; phase ${phaseNumber}`;
}
