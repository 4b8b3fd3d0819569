import { MiniMap, ReactFlow, useStore, useStoreApi } from '@xyflow/react';
import type { EdgeTypes, NodeChange, NodeTypes, ReactFlowState, Viewport } from '@xyflow/react';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Roadmap, RoadmapLayout, TopicId, TopicState, TopicStatus } from '../../domain';
import { focusTopicNode } from './focus-topic-node';
import type { RoadmapNode } from './graph-elements';
import { phaseSlot } from '../../ui';
import { READY_LIST_INSET } from './ready-list-size';
import { RouteEdge } from './RouteEdge';
import { SectionNode } from './SectionNode';
import { isArrowKey } from './arrow-key';
import { TopicNode } from './TopicNode';
import { useCentreTopic } from './useCentreTopic';
import { fitIn, MAX_ZOOM, MIN_ZOOM, MINIMAP_SIZE } from './fit-in';
import { isMenuKey } from './menu-key';
import { useGraphElements } from './useGraphElements';
import './roadmap-graph.css';

// The context menu loads when first opened (a right click, Shift+F10).
const NodeContextMenu = lazy(() => import('./NodeContextMenu').then((m) => ({ default: m.NodeContextMenu })));
// So does the Ready now list, when first asked for; the keyboard's moves right after the first paint.
const ReadyList = lazy(() => import('./ReadyList').then((m) => ({ default: m.ReadyList })));
const loadTopicMoves = () => import('./topic-moves');
// The zoom buttons come a moment after the topics, and with them the fit that follows resizes
// and panels: the first paint waits for less.
const GraphSkipLink = lazy(() => import('./GraphSkipLink').then((m) => ({ default: m.GraphSkipLink })));
const GraphControls = lazy(() => import('./GraphControls').then((m) => ({ default: m.GraphControls })));

const nodeTypes = { topic: TopicNode, section: SectionNode } satisfies NodeTypes;
const edgeTypes = { route: RouteEdge } satisfies EdgeTypes;

/** Below this zoom topic titles are too small to read: sections are drawn as blocks instead. */
const BLOCK_ZOOM = 0.36;
/** Past this many topics, nodes outside the viewport are not rendered at all. */
const VIRTUALISE_ABOVE = 200;

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
  /** Topics due for review (done, due today or earlier): marked "due"; unknown until loaded. */
  due?: ReadonlySet<TopicId> | undefined;
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
  /** Screen room an open topic panel covers on the right, in px; the fit leaves it free. */
  panelInset?: number;
  /**
   * The user drew an arrow: `to` needs `from`. Absent, topics have no handles. The caller
   * checks it (cycles, phases) and says why when it refuses.
   */
  onAddPrerequisite?: (from: TopicId, to: TopicId) => void;
  /** The user removed an arrow. Absent, arrows are a picture only. */
  onRemovePrerequisite?: (from: TopicId, to: TopicId) => void;
};

/** The topic whose node an event happened on, if any. */
function topicIdOf(target: EventTarget): TopicId | undefined {
  return target instanceof HTMLElement && target.classList.contains('react-flow__node-topic')
    ? target.dataset['id']
    : undefined;
}

/** The roadmap as a graph: sections as groups, topics as nodes, prerequisites as arrows. */
export function RoadmapGraph({
  roadmap,
  layout,
  selectedId,
  onSelect,
  states,
  notes,
  due,
  readyOnly,
  sectionPercent,
  statuses,
  onStatus,
  firstPlanned,
  goal,
  onGoal,
  panelInset = 0,
  onAddPrerequisite,
  onRemovePrerequisite,
}: Props) {
  const [menu, setMenu] = useState<{ topicId: TopicId; at: { x: number; y: number } } | null>(null);
  const closeMenu = useCallback(() => {
    setMenu((open) => {
      if (open) focusTopicNode(open.topicId);
      return null;
    });
  }, []);
  const blocks = useStore(zoomedOutSelector);
  const [showAllArrows, setShowAllArrows] = useState(false);
  const [minimapShown, setMinimapShown] = useState(true);
  const insets = useMemo(
    () => ({ left: readyOnly ? READY_LIST_INSET : 0, right: selectedId !== null ? panelInset : 0 }),
    [readyOnly, selectedId, panelInset],
  );
  const wrapper = useRef<HTMLDivElement>(null);
  // The first view is fitted before React Flow mounts, so the graph paints once, in place.
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const store = useStoreApi<RoadmapNode>();
  const fitFirst = useEffectEvent((box: DOMRect) => fitIn(box, undefined, layout, insets, minimapShown));
  useLayoutEffect(() => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const viewport = fitFirst(box);
    // The store learns the zoom now, not after mounting: a 1,000-topic roadmap must not
    // render every topic once at zoom 1 before switching to section blocks.
    store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] });
    setInitialViewport(viewport);
  }, [layout, store]);
  const centre = useCentreTopic(layout, panelInset);
  // The overview map draws every node a second time: it waits until the graph has painted;
  // so do the arrow keys' moves, loaded before anyone reaches for a key.
  const [overviewReady, setOverviewReady] = useState(false);
  useEffect(() => {
    if (!initialViewport) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setOverviewReady(true);
        void loadTopicMoves();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [initialViewport]);
  /** Focuses a topic's node, first bringing it into view when it is not. */
  const goTo = (id: TopicId) =>
    void loadTopicMoves().then(({ goToTopic }) => goToTopic(id, wrapper.current, insets, centre));
  const { nodes, edges, setHoveredId, ArrowEditing } = useGraphElements({
    roadmap,
    layout,
    selectedId,
    blocks,
    states,
    notes,
    due,
    readyOnly,
    sectionPercent,
    statuses,
    firstPlanned,
    goal,
    showAllArrows,
    editable: !!onRemovePrerequisite,
  });

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
        const target = event.target instanceof HTMLElement ? event.target : null;
        const topicId = topicIdOf(event.target);
        if (!topicId || !target) return;
        // Arrow keys walk the graph: left to a prerequisite, right to a dependant, up and
        // down through the section.
        if (isArrowKey(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
          const key = event.key;
          event.preventDefault();
          void loadTopicMoves().then(({ topicInDirection }) => {
            const next = topicInDirection(roadmap, layout, topicId, key);
            if (next) goTo(next);
          });
          return;
        }
        if (!isMenuKey(event)) return;
        event.preventDefault();
        const box = wrapper.current?.getBoundingClientRect();
        const rect = target.getBoundingClientRect();
        if (box && rect) setMenu({ topicId, at: { x: rect.left - box.left, y: rect.bottom - box.top + 4 } });
      }}
    >
      <Suspense fallback={null}>
        <GraphSkipLink panelOpen={selectedId !== null} />
      </Suspense>
      {initialViewport && (
        <ReactFlow<RoadmapNode>
          key={roadmap.id}
          defaultViewport={initialViewport}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          // On move, not enter: a view gliding under a still pointer (a panel opening) must not
          // light up whatever topic lands under it.
          onNodeMouseMove={(_, node) => node.type === 'topic' && setHoveredId(node.id)}
          onNodeMouseLeave={() => setHoveredId(null)}
          onNodeContextMenu={(event, node) => {
            if (node.type !== 'topic') return;
            event.preventDefault();
            const box = wrapper.current?.getBoundingClientRect();
            if (box)
              setMenu({ topicId: node.id, at: { x: event.clientX - box.left, y: event.clientY - box.top } });
          }}
          onMove={onMove}
          onInit={(instance) => onMove(null, instance.getViewport())}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          nodesDraggable={false}
          nodesConnectable={!!onAddPrerequisite}
          // A drop anywhere on a topic counts (topic-node.css); on itself it means nothing.
          onConnect={(c) => {
            if (c.source !== c.target) onAddPrerequisite?.(c.source, c.target);
          }}
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
          <Suspense fallback={null}>
            <GraphControls
              layout={layout}
              wrapper={wrapper}
              insets={insets}
              initialViewport={initialViewport}
              showAllArrows={showAllArrows}
              onShowAllArrows={setShowAllArrows}
              minimapShown={minimapShown}
              onMinimapShown={setMinimapShown}
            />
          </Suspense>
          {readyOnly && (
            <Suspense fallback={null}>
              <ReadyList
                roadmap={roadmap}
                states={states}
                firstPlanned={firstPlanned}
                selectedId={selectedId}
                onGo={(id) => {
                  onSelect(id);
                  goTo(id);
                }}
              />
            </Suspense>
          )}
          {overviewReady && minimapShown && (
            <MiniMap<RoadmapNode>
              position="bottom-right"
              pannable
              zoomable
              nodeColor={nodeColour}
              nodeStrokeWidth={0}
              style={MINIMAP_SIZE}
              ariaLabel="Overview map"
            />
          )}
        </ReactFlow>
      )}
      {ArrowEditing && onRemovePrerequisite && (
        <ArrowEditing wrapper={wrapper} roadmap={roadmap} onRemove={onRemovePrerequisite} />
      )}
      {menu && (
        <Suspense fallback={null}>
          <NodeContextMenu
            {...menu}
            roadmap={roadmap}
            statuses={statuses}
            onStatus={onStatus}
            onClose={closeMenu}
            goal={goal}
            onGoal={onGoal}
          />
        </Suspense>
      )}
    </div>
  );
}
