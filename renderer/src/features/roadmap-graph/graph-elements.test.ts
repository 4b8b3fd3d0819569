import { describe, expect, it } from 'vitest';
import { layoutRoadmap } from '../../domain';
import type { Roadmap, Topic } from '../../domain';
import { buildNodes } from './graph-elements';
import type { NodeOptions, TopicNode } from './graph-elements';

const topicOf = (id: string, title: string): Topic => ({
  id,
  title,
  sectionNumber: 0,
  phaseNumber: 1,
  items: [],
  tip: null,
  tipSpans: [],
  estimateHours: 1,
  prerequisites: [],
  links: [],
  line: 0,
});
const topics = [topicOf('python', 'Python Foundations'), topicOf('http', 'Web & HTTP Basics')];
const roadmap: Roadmap = {
  id: 'r',
  title: 'R',
  phases: [{ number: 1, title: 'One', sections: [0], line: 0 }],
  sections: [{ number: 0, title: 'Basics', phaseNumber: 1, topics, line: 0 }],
  topics,
  topicsById: new Map(topics.map((t) => [t.id, t])),
  edges: [],
};
const options: NodeOptions = {
  selectedId: null,
  chain: new Set(),
  focusId: null,
  blocks: false,
  states: new Map([
    ['python', 'done'],
    ['http', 'ready'],
  ]),
  notes: new Set(),
  readyOnly: false,
  sectionPercent: new Map(),
  firstPlanned: new Map(),
  goal: null,
  goalChain: new Set(),
};
const topicNodes = (extra: Partial<NodeOptions> = {}) =>
  buildNodes(roadmap, layoutRoadmap(roadmap), { ...options, ...extra }).filter(
    (node): node is TopicNode => node.type === 'topic',
  );

describe('topic nodes', () => {
  it('mark a topic due for review, in its name too', () => {
    const [python, http] = topicNodes({ due: new Set(['python']) });
    expect(python!.ariaLabel).toBe('Python Foundations, due for review');
    expect(python!.data.due).toBe(true);
    expect(http!.ariaLabel).toBe('Web & HTTP Basics');
    expect(http!.data.due).toBe(false);
  });

  it('mark nothing before the review cards are read', () => {
    expect(topicNodes().map((node) => [node.ariaLabel, node.data.due])).toEqual([
      ['Python Foundations', false],
      ['Web & HTTP Basics', false],
    ]);
  });
});
