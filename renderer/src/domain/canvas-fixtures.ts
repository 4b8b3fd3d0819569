/**
 * Canvas files for tests, written as Obsidian writes them: one node or edge per line, so a
 * node's line is known: nodes[i] is on line 3 + i, edges[j] on line 5 + nodes.length + j.
 */
export function canvasText(nodes: readonly object[], edges: readonly object[] = []): string {
  const list = (items: readonly object[]) =>
    items.map((item, index) => `\t\t${JSON.stringify(item)}${index < items.length - 1 ? ',' : ''}`);
  return ['{', '\t"nodes":[', ...list(nodes), '\t],', '\t"edges":[', ...list(edges), '\t]', '}', ''].join(
    '\n',
  );
}

/** The line of nodes[index] in `canvasText`. */
export const nodeLine = (index: number) => 3 + index;

/** The line of edges[index] in `canvasText` with `nodeCount` nodes. */
export const edgeLine = (nodeCount: number, index: number) => 5 + nodeCount + index;

export function group(id: string, x: number, y: number, width: number, height: number, label?: string) {
  return { id, type: 'group', x, y, width, height, ...(label === undefined ? {} : { label }) };
}

export function card(id: string, x: number, y: number, text: string, width = 200, height = 100) {
  return { id, type: 'text', x, y, width, height, text };
}

export function edge(id: string, fromNode: string, toNode: string, more: object = {}) {
  return { id, fromNode, toNode, ...more };
}

/**
 * A small Kubernetes roadmap. Sections by position: Foundations (0,0), Networking (1100,0),
 * Linux (500,50, nested in Foundations), Workloads (0,500). A file node and its edge are
 * left out; the note at the top names the roadmap.
 */
export const KUBERNETES_NODES = [
  group('g-work', 0, 500, 1000, 400, 'Workloads'),
  card('c-deploy', 300, 550, 'Deployments\n- rollouts\n- rollbacks'),
  card('c-pods', 20, 550, 'Pods {#pods}\n* pod spec\n1. lifecycle\n2) probes'),
  group('g-found', 0, 0, 1000, 400, 'Foundations'),
  card('c-containers', 20, 50, '## Containers\n- images\n- `docker run`\n- **Important:** keep images small'),
  card('c-registry', 20, 200, 'Container Registries'),
  group('g-linux', 500, 50, 450, 300, 'Linux'),
  card(
    'c-linux',
    520,
    100,
    '**Linux Networking Basics**\nWhat the kernel does.\n- ip\n- iptables\n- estimate: 3 h',
  ),
  group('g-net', 1100, 0, 600, 400, 'Networking'),
  card('c-services', 1120, 50, 'Services\n- [ClusterIP](https://kubernetes.io) and [[NodePort|node ports]]'),
  { id: 'f-diagram', type: 'file', x: 600, y: 550, width: 100, height: 100, file: 'pods.png' },
  card('c-title', 0, -300, '# Kubernetes Basics\nMy notes.'),
] as const;

export const KUBERNETES_EDGES = [
  edge('e1', 'c-containers', 'c-pods', { toEnd: 'arrow' }),
  edge('e2', 'c-pods', 'c-deploy', { toEnd: 'none' }),
  edge('e3', 'c-linux', 'c-services', { fromSide: 'right', toSide: 'left' }),
  edge('e4', 'c-registry', 'c-deploy', { fromEnd: 'arrow', toEnd: 'arrow', label: 'push' }),
  edge('e5', 'f-diagram', 'c-pods'),
  edge('e6', 'g-found', 'g-work'),
] as const;

export const KUBERNETES_CANVAS = canvasText(KUBERNETES_NODES, KUBERNETES_EDGES);
