/** Room around the graph in the picture, in graph pixels. */
export const PICTURE_MARGIN = 24;
/** The band above the graph that holds the title line, in graph pixels. */
export const TITLE_BAND = 44;
/** A PNG has this many pixels per graph pixel: sharp on high-density screens and in print. */
export const PNG_PIXEL_RATIO = 2;
/**
 * Chromium draws no canvas wider or taller than this, nor with more pixels than
 * {@link MAX_CANVAS_PIXELS}; a graph that large gets fewer pixels per graph pixel instead.
 */
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_PIXELS = 200_000_000;

/** A rectangle in graph coordinates (React Flow's node bounds). */
export type Bounds = { x: number; y: number; width: number; height: number };

/** Where everything goes in the picture, in graph pixels (1 graph pixel = 1 CSS pixel). */
export type PictureFrame = {
  /** The whole picture: the title band over the graph. */
  width: number;
  height: number;
  /** The graph's part: its bounds with the margin around them, below the title band. */
  graphWidth: number;
  graphHeight: number;
  /** The CSS transform that puts the graph's bounds inside the margin at zoom 1. */
  transform: string;
  /** Pixels per graph pixel in the PNG: {@link PNG_PIXEL_RATIO}, less for a very large graph. */
  pngPixelRatio: number;
};

/** The picture's frame around the graph's `bounds`: the whole graph at zoom 1, whatever the view. */
export function pictureFrame(bounds: Bounds): PictureFrame {
  const graphWidth = Math.ceil(bounds.width) + 2 * PICTURE_MARGIN;
  const graphHeight = Math.ceil(bounds.height) + 2 * PICTURE_MARGIN;
  const width = graphWidth;
  const height = graphHeight + TITLE_BAND;
  const pngPixelRatio = Math.min(
    PNG_PIXEL_RATIO,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
  );
  return {
    width,
    height,
    graphWidth,
    graphHeight,
    transform: `translate(${PICTURE_MARGIN - bounds.x}px, ${PICTURE_MARGIN - bounds.y}px) scale(1)`,
    pngPixelRatio,
  };
}
