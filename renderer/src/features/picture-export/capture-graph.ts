import { getNodesBounds } from '@xyflow/react';
import type { useStoreApi } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { withCompactStyles } from './compact-styles';
import { composePictureSvg } from './compose-svg';
import type { PictureLook } from './compose-svg';
import { PICTURE_MARGIN, pictureFrame } from './picture-frame';
import type { PictureFrame } from './picture-frame';

/** React Flow's store, as `useStoreApi` gives it (the app has one provider around the window). */
export type FlowStore = ReturnType<typeof useStoreApi>;

/** The graph's elements, found by React Flow's own class names (this feature owns none of them). */
const VIEWPORT = '.react-flow__viewport';
const TOPIC_NODE = '.react-flow__node-topic';
const FLOW = '.react-flow';
/** How long the graph may take to appear (after a switch from another view) or to draw every topic. */
const WAIT_MS = 15_000;

/** The picture of the whole graph, as drawn now: an SVG document and its frame. */
export type GraphPicture = { svg: string; frame: PictureFrame };

/**
 * Draws the whole graph into one SVG document with the title line above it, whatever the
 * current pan and zoom: html-to-image copies the graph's viewport with its computed styles
 * (so light or dark as shown; compact ones, see compact-styles.ts) and a transform that puts all nodes' bounds in the picture at
 * zoom 1. Zoomed far out the graph draws sections as blocks, and past 200 topics it leaves
 * off-screen ones out; then the view is set, for the copy only, to zoom 1 over a pane as large
 * as the graph, and put back afterwards.
 */
export async function captureGraph(
  store: FlowStore,
  topicCount: number,
  line: { title: string; details: string },
): Promise<GraphPicture> {
  const viewport = await waitFor(() => document.querySelector<HTMLElement>(VIEWPORT), 'the graph to appear');
  if (document.querySelectorAll(TOPIC_NODE).length >= topicCount) return draw(store, viewport, line);
  const { transform, width, height } = store.getState();
  try {
    const bounds = boundsOf(store);
    const frame = pictureFrame(bounds);
    store.setState({
      transform: [PICTURE_MARGIN - bounds.x, PICTURE_MARGIN - bounds.y, 1],
      width: frame.graphWidth,
      height: frame.graphHeight,
    });
    await waitFor(
      () => document.querySelectorAll(TOPIC_NODE).length >= topicCount || null,
      'every topic to be drawn',
    );
    await nextFrame();
    return await draw(store, viewport, line);
  } finally {
    store.setState({ transform, width, height });
  }
}

async function draw(
  store: FlowStore,
  viewport: HTMLElement,
  line: { title: string; details: string },
): Promise<GraphPicture> {
  const frame = pictureFrame(boundsOf(store));
  const graph = await withCompactStyles(viewport, () =>
    toSvg(viewport, {
      width: frame.graphWidth,
      height: frame.graphHeight,
      style: { width: `${frame.graphWidth}px`, height: `${frame.graphHeight}px`, transform: frame.transform },
      // The app loads no web fonts: nothing to embed, and reading every style sheet costs time.
      skipFonts: true,
      filter: shown,
    }),
  );
  return { svg: composePictureSvg(graph, frame, line, lookOf(viewport)), frame };
}

/**
 * Whether an element of the graph belongs in the picture: not the wide transparent paths
 * React Flow lays over arrows to catch clicks, nor hidden connection handles (two a topic).
 */
function shown(node: HTMLElement): boolean {
  if (!(node instanceof Element)) return true;
  if (node.classList.contains('react-flow__edge-interaction')) return false;
  return !(node.classList.contains('react-flow__handle') && getComputedStyle(node).visibility === 'hidden');
}

/** The bounds of every node React Flow holds now (sections, and topics unless drawn as blocks). */
function boundsOf(store: FlowStore) {
  const { nodeLookup, nodeOrigin } = store.getState();
  return getNodesBounds([...nodeLookup.keys()], { nodeLookup, nodeOrigin });
}

/** The window's colours where the graph is drawn: its background and text, light or dark. */
function lookOf(viewport: HTMLElement): PictureLook {
  const flow = viewport.closest(FLOW) ?? document.body;
  const style = getComputedStyle(flow);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: backgroundOf(flow),
    text: variable('--text', style.color),
    muted: variable('--text-muted', style.color),
    font: getComputedStyle(document.body).fontFamily,
  };
}

/** The first background colour that is not transparent, from `element` up. */
function backgroundOf(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return 'white';
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Polls once a frame until `check` gives a value; fails after {@link WAIT_MS} naming what it waited for. */
async function waitFor<T>(check: () => T | null | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > WAIT_MS) throw new Error(`waited too long for ${what}`);
    await nextFrame();
  }
}
