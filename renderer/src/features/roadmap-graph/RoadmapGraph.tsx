import { Controls, MiniMap, ReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { NodeChange, NodeTypes, ReactFlowState, Viewport } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { neighbourhood } from '../../domain';
import type { Roadmap, RoadmapLayout, TopicId, TopicState, TopicStatus } from '../../domain';
import { fitViewport } from './fit-viewport';
import { openGoalChain } from './goal-chain';
import { focusTopicNode } from './focus-topic-node';
import { buildEdges, buildNodes } from './graph-elements';
import type { RoadmapNode } from './graph-elements';
import { phaseSlot } from '../../ui';
import { SectionNode } from './SectionNode';
import { TopicNode } from './TopicNode';
import './roadmap-graph.css';

// The context menu loads when first opened (a right click, Shift+F10).
const NodeContextMenu = lazy(() => import('./NodeContextMenu').then((m) => ({ default: m.NodeContextMenu })));

const nodeTypes = { topic: TopicNode, section: SectionNode } satisfies NodeTypes;

/** Below this zoom topic titles are too small to read: sections are drawn as blocks instead. */
const BLOCK_ZOOM = 0.36;
/** Past this many topics, nodes outside the viewport are not rendered at all. */
const VIRTUALISE_ABOVE = 200;

const MIN_ZOOM = 0.04;
const MAX_ZOOM = 2;
const FIT_PADDING = 0.03;
const fitViewOptions = { padding: FIT_PADDING };
// React Flow's default hints speak of dragging and deleting nodes, which this graph never does.
const ariaLabelConfig = {
  'node.a11yDescription.default': 'Press Enter to open the topic’s details.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter to open the topic’s details.',
};

const zoomedOutSelector = (state: ReactFlowState) => state.transform[2] < BLOCK_ZOOM;

type Props = {
  roadmap: Roadmap;
  layout: RoadmapLayout;
  selectedId: TopicId | null;
  onSelect: (id: TopicId | null) => void;
  states: ReadonlyMap<TopicId, TopicState>;
  notes: ReadonlySet<TopicId>;
  readyOnly: boolean;
  sectionPercent: ReadonlyMap<number, number>;
  statuses: ReadonlyMap<TopicId, TopicStatus>;
  onStatus: (topicId: TopicId, status: TopicStatus) => void;
  /** Each planned topic's first session still to study. */
  firstPlanned: ReadonlyMap<TopicId, { date: string }>;
  /** The topic the plan aims at, if any: its open prerequisite chain is highlighted. */
  goal: TopicId | null;
  /** Plans toward a topic, or back to the normal order (null); absent without a saved plan. */
  onGoal?: (topicId: TopicId | null) => void;
};

/** The roadmap as a graph: sections as groups, topics as nodes, prerequisites as arrows. */
export function RoadmapGraph({
  roadmap,
  layout,
  selectedId,
  onSelect,
  states,
  notes,
  readyOnly,
  sectionPercent,
  statuses,
  onStatus,
  firstPlanned,
  goal,
  onGoal,
}: Props) {
  const [menu, setMenu] = useState<{ topicId: TopicId; at: { x: number; y: number } } | null>(null);
  const closeMenu = useCallback(() => {
    setMenu((open) => {
      if (open) focusTopicNode(open.topicId);
      return null;
    });
  }, []);
  const blocks = useStore(zoomedOutSelector);
  const store = useStoreApi<RoadmapNode>();
  const wrapper = useRef<HTMLDivElement>(null);
  // The first view is fitted before React Flow mounts, so the graph paints once, in place.
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    const viewport = fitViewport(layout, box, { padding: FIT_PADDING, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM });
    // The store learns the zoom now, not after mounting: a 1,000-topic roadmap must not
    // render every topic once at zoom 1 before switching to section blocks.
    store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    setInitialViewport(viewport);
  }, [layout, store]);
  // The overview map draws every node a second time: it waits until the graph has painted.
  const [overviewReady, setOverviewReady] = useState(false);
  useEffect(() => {
    if (!initialViewport) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setOverviewReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [initialViewport]);
  const related = useMemo(
    () => (selectedId === null ? new Set<TopicId>() : neighbourhood(roadmap, selectedId)),
    [roadmap, selectedId],
  );
  const goalChain = useMemo(() => openGoalChain(roadmap, statuses, goal), [roadmap, statuses, goal]);
  const nodes = useMemo(
    () =>
      buildNodes(roadmap, layout, {
        selectedId,
        related,
        blocks,
        states,
        notes,
        readyOnly,
        sectionPercent,
        firstPlanned,
        goal,
        goalChain,
      }),
    [
      roadmap,
      layout,
      selectedId,
      related,
      blocks,
      states,
      notes,
      readyOnly,
      sectionPercent,
      firstPlanned,
      goal,
      goalChain,
    ],
  );
  const edges = useMemo(
    () => buildEdges(roadmap, selectedId, blocks, goalChain),
    [roadmap, selectedId, blocks, goalChain],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<RoadmapNode>[]) => {
      let next: TopicId | null | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next = change.id;
        else if (change.id === selectedId && next === undefined) next = null;
      }
      if (next !== undefined && next !== selectedId) onSelect(next);
    },
    [onSelect, selectedId],
  );

  // Section titles in block mode keep a readable size at any zoom; a CSS variable does it
  // without re-rendering every node on every frame.
  const onMove = useCallback((_: unknown, viewport: Viewport) => {
    wrapper.current?.style.setProperty('--graph-zoom', String(viewport.zoom));
  }, []);

  const nodeColour = useCallback(
    (node: RoadmapNode) =>
      `var(--phase-${phaseSlot(node.data.phaseNumber)}-${node.type === 'section' ? 'tint' : 'accent'})`,
    [],
  );

  return (
    <div
      className="roadmap-graph"
      ref={wrapper}
      onKeyDown={(event) => {
        // The keyboard's way to a node's context menu: the Menu key or Shift+F10.
        const target = event.target instanceof HTMLElement ? event.target : null;
        const topicId = target?.classList.contains('react-flow__node-topic')
          ? target.dataset['id']
          : undefined;
        if (!topicId || !(event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) return;
        event.preventDefault();
        const box = wrapper.current?.getBoundingClientRect();
        const rect = target?.getBoundingClientRect();
        if (box && rect) setMenu({ topicId, at: { x: rect.left - box.left, y: rect.bottom - box.top + 4 } });
      }}
    >
      {initialViewport && (
        <ReactFlow<RoadmapNode>
          key={roadmap.id}
          defaultViewport={initialViewport}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeContextMenu={(event, node) => {
            if (node.type !== 'topic') return;
            event.preventDefault();
            const box = wrapper.current?.getBoundingClientRect();
            if (box)
              setMenu({ topicId: node.id, at: { x: event.clientX - box.left, y: event.clientY - box.top } });
          }}
          onMove={onMove}
          onInit={(instance) => onMove(null, instance.getViewport())}
          fitViewOptions={fitViewOptions}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          elementsSelectable
          selectNodesOnDrag={false}
          deleteKeyCode={null}
          multiSelectionKeyCode={null}
          selectionKeyCode={null}
          // Culling re-renders on every pan frame: worth it for many topics, not for section blocks.
          onlyRenderVisibleElements={!blocks && roadmap.topics.length > VIRTUALISE_ABOVE}
          colorMode="system"
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={ariaLabelConfig}
          aria-label={`${roadmap.title}: graph of topics and prerequisites`}
        >
          {/* No background pattern: a patterned pane is repainted in full on every pan frame,
            and our machines render in software. */}
          <Controls showInteractive={false} position="bottom-left" fitViewOptions={fitViewOptions} />
          {overviewReady && (
            <MiniMap<RoadmapNode>
              position="bottom-right"
              pannable
              zoomable
              nodeColor={nodeColour}
              nodeStrokeWidth={0}
              style={{ width: 168, height: 112 }}
              ariaLabel="Overview map"
            />
          )}
        </ReactFlow>
      )}
      {menu && (
        <Suspense fallback={null}>
          <NodeContextMenu
            title={roadmap.topicsById.get(menu.topicId)?.title ?? menu.topicId}
            status={statuses.get(menu.topicId) ?? 'todo'}
            at={menu.at}
            onChoose={(status) => {
              onStatus(menu.topicId, status);
              closeMenu();
            }}
            onClose={closeMenu}
            isGoal={menu.topicId === goal}
            onGoal={
              onGoal &&
              (() => {
                onGoal(menu.topicId === goal ? null : menu.topicId);
                closeMenu();
              })
            }
          />
        </Suspense>
      )}
    </div>
  );
}
