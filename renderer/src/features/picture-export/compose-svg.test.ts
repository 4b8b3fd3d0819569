// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composePictureSvg, escapeXml } from './compose-svg';
import { pictureFrame, TITLE_BAND } from './picture-frame';

const graphSvg = (inner: string) =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="148" height="98" viewBox="0 0 148 98"><foreignObject width="100%" height="100%" x="0" y="0">${inner}</foreignObject></svg>`,
  )}`;
const look = {
  background: 'rgb(18, 21, 25)',
  text: '#e5e8ec',
  muted: '#a3acb9',
  font: 'system-ui, "Segoe UI"',
};
const line = { title: 'Q&A <Roadmap>', details: '30 Nov 2026 · 12 % done' };

describe('composePictureSvg', () => {
  it('puts the title line above the graph, on the shown background, as one well-formed SVG', () => {
    const frame = pictureFrame({ x: 0, y: 0, width: 100, height: 50 });
    const svg = composePictureSvg(
      graphSvg('<div xmlns="http://www.w3.org/1999/xhtml">Path, Query &amp; Form</div>'),
      frame,
      line,
      look,
    );
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      String(frame.width),
      String(frame.height),
    ]);
    expect(doc.querySelector('rect')?.getAttribute('fill')).toBe(look.background);
    expect(doc.querySelector('text')?.textContent).toBe('Q&A <Roadmap>30 Nov 2026 · 12 % done');
    expect(doc.querySelector('text')?.getAttribute('font-family')).toBe(look.font);
    const graph = root.querySelector('svg');
    expect(graph?.getAttribute('y')).toBe(String(TITLE_BAND));
    expect(graph?.querySelector('foreignObject')?.textContent).toBe('Path, Query & Form');
  });

  it('refuses what is not html-to-image’s SVG', () => {
    const frame = pictureFrame({ x: 0, y: 0, width: 10, height: 10 });
    expect(() => composePictureSvg('data:image/png;base64,AAAA', frame, line, look)).toThrow(
      /not drawn as SVG/,
    );
    const placed = `data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg x="3" width="1"></svg>')}`;
    expect(() => composePictureSvg(placed, frame, line, look)).toThrow(/unexpected shape/);
  });
});

describe('escapeXml', () => {
  it('escapes what XML text and attributes cannot hold', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&#60;b&#62;&#38;&#34;c&#39;');
  });
});
