import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCanvasRoadmap, CANVAS_PHASE_TITLE } from './canvas-roadmap';
import {
  canvasText,
  card,
  edge,
  edgeLine,
  group,
  KUBERNETES_CANVAS,
  KUBERNETES_NODES,
  nodeLine,
} from './canvas-fixtures';
import { formatProblem } from './problem';
import type { Roadmap } from './roadmap';

const FILE = 'kubernetes.canvas';

function build(text: string) {
  return buildCanvasRoadmap({ file: FILE, text });
}

function roadmapOf(text: string): Roadmap {
  const built = build(text);
  expect(built.problems.map(formatProblem)).toEqual([]);
  return built.roadmap!;
}

/** Each problem as `line: message`. */
function problemsOf(text: string): string[] {
  const built = build(text);
  expect(built.roadmap).toBeNull();
  return built.problems.map((p) => `${p.file === FILE ? '' : `${p.file}:`}${p.line}: ${p.message}`);
}

const index = (id: string) => KUBERNETES_NODES.findIndex((node) => node.id === id);

describe('buildCanvasRoadmap: a valid canvas', () => {
  const roadmap = roadmapOf(KUBERNETES_CANVAS);

  it('orders sections top to bottom, then left to right; a nested group is its own section', () => {
    expect(roadmap.sections.map((s) => [s.number, s.title, s.line])).toEqual([
      [1, 'Foundations', nodeLine(index('g-found'))],
      [2, 'Networking', nodeLine(index('g-net'))],
      [3, 'Linux', nodeLine(index('g-linux'))],
      [4, 'Workloads', nodeLine(index('g-work'))],
    ]);
  });

  it('puts each text node in its innermost group, in position order, at its line', () => {
    expect(roadmap.sections.map((s) => s.topics.map((t) => t.id))).toEqual([
      ['containers', 'container-registries'],
      ['services'],
      ['linux-networking-basics'],
      ['pods', 'deployments'],
    ]);
    expect(roadmap.topicsById.get('pods')?.line).toBe(nodeLine(index('c-pods')));
  });

  it('reads the title (heading and bold marks off), sub-points, the tip and inline Markdown', () => {
    const containers = roadmap.topicsById.get('containers')!;
    expect(containers.title).toBe('Containers');
    expect(containers.items.map((i) => i.spans)).toEqual([
      [{ text: 'images' }],
      [{ text: 'docker run', code: true }],
    ]);
    expect(containers.tip).toBe('keep images small');
    expect(roadmap.topicsById.get('linux-networking-basics')!.title).toBe('Linux Networking Basics');
    expect(roadmap.topicsById.get('pods')!.items.map((i) => i.text)).toEqual([
      'pod spec',
      'lifecycle',
      'probes',
    ]);
    expect(roadmap.topicsById.get('services')!.items.map((i) => i.text)).toEqual([
      'ClusterIP and node ports',
    ]);
  });

  it('gives 1 h per sub-point (the tip not counted), at least 1 h, unless estimate: says otherwise', () => {
    const hours = Object.fromEntries(roadmap.topics.map((t) => [t.id, t.estimateHours]));
    expect(hours).toEqual({
      containers: 2,
      'container-registries': 1,
      services: 1,
      'linux-networking-basics': 3,
      pods: 3,
      deployments: 2,
    });
    expect(roadmap.topicsById.get('linux-networking-basics')!.items.map((i) => i.text)).toEqual([
      'ip',
      'iptables',
    ]);
  });

  it('makes each edge between topics a prerequisite, from → to whatever its arrow ends; others are ignored', () => {
    expect(roadmap.edges).toEqual(
      expect.arrayContaining([
        { from: 'containers', to: 'pods' },
        { from: 'pods', to: 'deployments' },
        { from: 'linux-networking-basics', to: 'services' },
        { from: 'container-registries', to: 'deployments' },
      ]),
    );
    expect(roadmap.edges).toHaveLength(4);
  });

  it('has one phase over all sections, a title from the note at the top, an id from the title', () => {
    expect(roadmap.phases).toEqual([
      { number: 1, title: CANVAS_PHASE_TITLE, sections: [1, 2, 3, 4], line: 1 },
    ]);
    expect(roadmap.title).toBe('Kubernetes Basics');
    expect(roadmap.id).toBe('kubernetes-basics');
  });

  it('is named after the file without a title note, and after fallbackId when given', () => {
    const nodes = [group('g', 0, 0, 500, 500, 'Only'), card('a', 10, 10, 'Alpha')];
    const text = canvasText(nodes);
    expect(buildCanvasRoadmap({ file: 'dir/my-path.canvas', text }).roadmap?.title).toBe('my-path');
    expect(buildCanvasRoadmap({ file: 'x.canvas', text, fallbackId: 'own-id' }).roadmap?.id).toBe('own-id');
  });

  it('leaves out notes outside every group, empty cards and groups holding no topic of their own', () => {
    const nodes = [
      group('frame', -100, -100, 2000, 2000, 'Everything'),
      group('g', 0, 0, 500, 500),
      card('a', 10, 10, 'Alpha'),
      card('blank', 10, 200, '  \n'),
      card('note', 3000, 0, 'A note\n- not a topic'),
    ];
    const built = roadmapOf(canvasText(nodes));
    expect(built.sections.map((s) => [s.title, s.topics.map((t) => t.id)])).toEqual([
      ['Section 1', ['alpha']],
    ]);
  });

  it('reads a file with a byte-order mark, fractional positions and keys it does not know', () => {
    const nodes = [
      { ...group('g', 0.5, 0, 500.25, 500, 'G'), color: '4', background: 'x.png' },
      { ...card('a', 10.5, 10, 'Alpha'), color: '#ff0000' },
    ];
    expect(roadmapOf(`\uFEFF${canvasText(nodes)}`).topics.map((t) => t.id)).toEqual(['alpha']);
  });
});

describe('buildCanvasRoadmap: problems, each with its line and node', () => {
  const base = [group('g', 0, 0, 1000, 1000, 'Basics')];

  it('refuses text that is not JSON, with line and column', () => {
    expect(problemsOf('{\n  "nodes": [,]\n}')).toEqual([
      '2: not a JSON Canvas file: it is not JSON (a value expected at column 13)',
    ]);
    expect(problemsOf('')).toEqual([
      '1: not a JSON Canvas file: it is not JSON (a value expected at column 1)',
    ]);
  });

  it('refuses JSON that is not a canvas', () => {
    const notCanvas =
      '1: not a JSON Canvas file: it has no "nodes" list (a canvas is {"nodes": […], "edges": […]})';
    expect(problemsOf('[1, 2]')).toEqual([notCanvas]);
    expect(problemsOf('{"name": "a package"}')).toEqual([notCanvas]);
  });

  it('names the node and line of a field of the wrong shape', () => {
    const wrong = [...base, { id: 'a', type: 'text', x: '10', y: 0, width: 1, height: 1, text: 'A' }];
    expect(problemsOf(canvasText(wrong))).toEqual([
      `${nodeLine(1)}: not a JSON Canvas file: nodes[1].x (node "a"): Invalid input: expected number, received string`,
    ]);
    const textless = [...base, { id: 'a', type: 'text', x: 10, y: 0, width: 1, height: 1 }];
    expect(problemsOf(canvasText(textless))).toEqual([
      `${nodeLine(1)}: not a JSON Canvas file: nodes[1].text (node "a"): a text node needs its "text"`,
    ]);
    const edges = [{ id: 'e1', fromNode: 'g' }];
    expect(problemsOf(canvasText(base, edges))).toEqual([
      `${edgeLine(1, 0)}: not a JSON Canvas file: edges[0].toNode (edge "e1"): Invalid input: expected string, received undefined`,
    ]);
  });

  it('refuses a file over 5 MB and one nested too deeply, before parsing', () => {
    expect(problemsOf(' '.repeat(5 * 1024 * 1024 + 1))).toEqual([
      '1: the file has 5,242,881 characters (the limit is 5,242,880)',
    ]);
    expect(problemsOf(`{"nodes":\n${'['.repeat(100)}`)).toEqual([
      '2: not a JSON Canvas file: nested too deeply at column 64 (more than 64 levels of arrays and objects)',
    ]);
  });

  it('refuses a canvas with no groups, and one with no topics', () => {
    expect(problemsOf(canvasText([card('a', 0, 0, 'Alpha')]))).toEqual([
      '1: the canvas has no groups: each section is a group node holding its topics as text nodes',
    ]);
    expect(problemsOf(canvasText(base))).toEqual([
      `${nodeLine(0)}: the canvas has no topics: a topic is a text node inside a group`,
    ]);
  });

  it('reports a node id used twice', () => {
    const nodes = [...base, card('a', 0, 0, 'Alpha'), card('a', 0, 200, 'Beta')];
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(2)}: node id "a" is used twice (also at line ${nodeLine(1)}); node ids must be unique`,
    ]);
  });

  it('reports topics whose titles make the same id, with the node', () => {
    const nodes = [...base, card('a', 0, 0, 'Pods'), card('b', 0, 200, '**pods**')];
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(2)}: node "b": duplicate topic id "pods" (also at line ${nodeLine(1)}); topic titles must differ in letters or digits`,
    ]);
  });

  it('reports an edge whose node is not in the canvas', () => {
    const nodes = [...base, card('a', 0, 0, 'Alpha')];
    const edges = [edge('e1', 'a', 'ghost'), edge('e2', 'nowhere', 'g')];
    expect(problemsOf(canvasText(nodes, edges))).toEqual([
      `${edgeLine(2, 0)}: edge "e1" ends at node "ghost", which is not in the canvas`,
      `${edgeLine(2, 1)}: edge "e2" starts at node "nowhere", which is not in the canvas`,
    ]);
  });

  it('reports a cycle with its path and the edge that closes it, once', () => {
    const nodes = [...base, card('a', 0, 0, 'Alpha'), card('b', 0, 200, 'Beta'), card('c', 0, 400, 'Gamma')];
    const edges = [edge('e1', 'a', 'b'), edge('e2', 'b', 'c'), edge('e3', 'c', 'a')];
    expect(problemsOf(canvasText(nodes, edges))).toEqual([
      `${edgeLine(4, 2)}: edge "e3": prerequisite cycle: alpha needs gamma needs beta needs alpha`,
    ]);
    expect(problemsOf(canvasText(nodes, [edge('self', 'a', 'a')]))).toEqual([
      `${edgeLine(4, 0)}: edge "self": prerequisite cycle: alpha needs alpha`,
    ]);
  });

  it('reports a text node across a group border (outside every group it is a note, left out)', () => {
    const nodes = [...base, card('a', 0, 0, 'Alpha'), card('half', 900, 0, 'Half in')];
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(2)}: text node "half" lies across the border of group "Basics": move it inside the group to make it a topic, or out of it to leave it out`,
    ]);
  });

  it('reports hidden characters in titles and sub-points, with the node', () => {
    const nodes = [group('g', 0, 0, 1000, 1000, 'Ba\u202Esics'), card('a', 0, 0, 'Al\u200Bpha\n- x\u2066y')];
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(0)}: node "g": the title of section 1 contains a hidden character U+202E (right-to-left override); remove it`,
      `${nodeLine(1)}: node "a": the title of topic "Alpha" contains a hidden character U+200B (zero-width space); remove it`,
      `${nodeLine(1)}: node "a": a sub-point of topic "Alpha" contains a hidden character U+2066 (left-to-right isolate); remove it`,
    ]);
  });

  it('reports an estimate that is not a positive number of hours, and one given twice', () => {
    const nodes = [
      ...base,
      card('a', 0, 0, 'Alpha\n- estimate: soon'),
      card('b', 0, 200, 'Beta\n- estimate: 2\n- estimate: 3 h'),
    ];
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(1)}: node "a": topic "alpha": estimate "soon" is not a positive number of hours (write "estimate: 4 h" or "estimate: 1.5 h")`,
      `${nodeLine(2)}: node "b": topic "beta" has a second estimate (the first is at line ${nodeLine(2)})`,
    ]);
  });

  it('reports an after: naming no topic, a bad {#id} and a card with sub-points but no title', () => {
    const nodes = [
      ...base,
      card('a', 0, 0, 'Alpha {#Not An Id}\n- after: Nothing'),
      card('b', 0, 200, '**\n- a point'),
    ];
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(1)}: node "a": the id {#Not An Id} of topic "Alpha" is not an id: use lowercase letters, digits and single hyphens (like {#not-an-id})`,
      `${nodeLine(1)}: node "a": topic "alpha" is after "Nothing", which is no topic's title or id`,
      `${nodeLine(2)}: text node "b" has no title: the first line of a topic's text is its title`,
    ]);
  });

  it('takes {#id}, estimate: and after: from a card as the Markdown does', () => {
    const nodes = [
      ...base,
      card('a', 0, 0, 'Alpha {#first}\n- estimate: 4 h\n- one'),
      card('b', 0, 200, 'Beta\n- after: Alpha'),
    ];
    const roadmap = roadmapOf(canvasText(nodes));
    expect(roadmap.topics.map((t) => [t.id, t.estimateHours, t.prerequisites])).toEqual([
      ['first', 4, []],
      ['beta', 1, ['first']],
    ]);
  });

  it('refuses more than 5,000 topics at the first one over', () => {
    const nodes = [group('g', 0, 0, 10, 10_000_000, 'All')];
    for (let i = 0; i <= 5000; i++) nodes.push(card(`t${i}`, 0, i * 100, `Topic ${i}`, 10, 10));
    expect(problemsOf(canvasText(nodes))).toEqual([
      `${nodeLine(5001)}: node "t5000": the roadmap has more than 5,000 topics (the limit is 5,000)`,
    ]);
  });

  it('refuses more than 1,000 groups or 10,000 text nodes, at the first one over', () => {
    const groups = Array.from({ length: 1001 }, (_, i) => group(`g${i}`, 0, i * 10, 5, 5));
    expect(problemsOf(canvasText(groups))).toEqual([
      `${nodeLine(1000)}: the canvas has more than 1,000 groups`,
    ]);
    const cards = Array.from({ length: 10_001 }, (_, i) => card(`c${i}`, 100, i * 10, 'Note', 5, 5));
    expect(problemsOf(canvasText([group('g', 0, 0, 5, 5), ...cards]))).toEqual([
      `${nodeLine(10_001)}: the canvas has more than 10,000 text nodes`,
    ]);
  });

  it('lists 50 shape problems, then how many more', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({
      id: `n${i}`,
      type: 'group',
      x: 0,
      y: 0,
      width: -1,
      height: 1,
    }));
    const problems = problemsOf(canvasText(nodes));
    expect(problems).toHaveLength(51);
    expect(problems[0]).toBe(
      `${nodeLine(0)}: not a JSON Canvas file: nodes[0].width (node "n0"): a size of 0 or more`,
    );
    expect(problems[50]).toBe(`${nodeLine(49)}: and 10 more problems of the same kind`);
  });

  it('names a node on a line it shares with others only in its own messages (a one-line file)', () => {
    const text = JSON.stringify({ nodes: [...base, card('a', 0, 0, 'Pods'), card('b', 0, 200, 'Pods')] });
    expect(problemsOf(text)).toEqual([
      '1: duplicate topic id "pods" (also at line 1); topic titles must differ in letters or digits',
    ]);
  });
});

describe('buildCanvasRoadmap: the example file', () => {
  const file = path.resolve(import.meta.dirname, '../../../content/examples/kubernetes.canvas');
  const roadmap = roadmapOf(readFileSync(file, 'utf8'));

  it('builds content/examples/kubernetes.canvas: sections by position, edges as prerequisites', () => {
    expect(roadmap.title).toBe('Kubernetes Basics');
    expect(roadmap.sections.map((s) => `${s.title}: ${s.topics.length}`)).toEqual([
      'Foundations: 3',
      'Cluster Architecture: 3',
      'Workloads: 3',
      'Networking: 2',
      'Configuration and Storage: 2',
    ]);
    expect(roadmap.edges).toHaveLength(12);
    expect(roadmap.topicsById.get('pods')?.prerequisites).toEqual(['nodes-and-the-kubelet', 'kubectl']);
    expect(roadmap.topics.reduce((sum, t) => sum + t.estimateHours, 0)).toBe(34);
  });
});
