import { PICTURE_MARGIN, TITLE_BAND } from './picture-frame';
import type { PictureFrame } from './picture-frame';

/** The colours and font the picture takes from the window: light or dark, as shown. */
export type PictureLook = { background: string; text: string; muted: string; font: string };

const SVG_DATA_URL = 'data:image/svg+xml;charset=utf-8,';
const TITLE_SIZE = 16;

/** Text and attribute values as XML: the roadmap's title is the user's text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The picture as one SVG document: the background, the title line in the band at the top,
 * and the graph's own SVG (html-to-image's, a foreignObject holding the graph's HTML) placed
 * below it as a nested `svg`. Spliced as text, not parsed: the graph's part can be megabytes.
 */
export function composePictureSvg(
  graphDataUrl: string,
  frame: PictureFrame,
  line: { title: string; details: string },
  look: PictureLook,
): string {
  if (!graphDataUrl.startsWith(SVG_DATA_URL)) throw new Error('the graph was not drawn as SVG');
  const graph = decodeURIComponent(graphDataUrl.slice(SVG_DATA_URL.length));
  if (!/^<svg\s/.test(graph) || /^<svg\b[^>]*\s[xy]=/.test(graph)) {
    throw new Error('the graph’s SVG has an unexpected shape');
  }
  const placed = graph.replace(/^<svg\s/, `<svg x="0" y="${TITLE_BAND}" `);
  const { width, height } = frame;
  const baseline = PICTURE_MARGIN + 12;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(`${line.title} · ${line.details}`)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(look.background)}"/>`,
    `<text x="${PICTURE_MARGIN}" y="${baseline}" font-family="${escapeXml(look.font)}" font-size="${TITLE_SIZE}">`,
    `<tspan font-weight="600" fill="${escapeXml(look.text)}">${escapeXml(line.title)}</tspan>`,
    `<tspan dx="12" fill="${escapeXml(look.muted)}">${escapeXml(line.details)}</tspan>`,
    `</text>`,
    placed,
    `</svg>`,
  ].join('');
}
