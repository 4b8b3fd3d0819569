import { describe, expect, it } from 'vitest';
import { PICTURE_MARGIN, pictureFrame, PNG_PIXEL_RATIO, TITLE_BAND } from './picture-frame';

describe('pictureFrame', () => {
  it('holds the whole graph at zoom 1 with a margin, the title band above it', () => {
    const frame = pictureFrame({ x: -40, y: 10, width: 2000.2, height: 1200 });
    expect(frame.graphWidth).toBe(2001 + 2 * PICTURE_MARGIN);
    expect(frame.graphHeight).toBe(1200 + 2 * PICTURE_MARGIN);
    expect(frame.width).toBe(frame.graphWidth);
    expect(frame.height).toBe(frame.graphHeight + TITLE_BAND);
    expect(frame.transform).toBe(`translate(${PICTURE_MARGIN + 40}px, ${PICTURE_MARGIN - 10}px) scale(1)`);
    expect(frame.pngPixelRatio).toBe(PNG_PIXEL_RATIO);
  });

  it('gives a graph too large for one canvas fewer pixels, never more than Chromium draws', () => {
    const wide = pictureFrame({ x: 0, y: 0, width: 20_000, height: 3000 });
    expect(wide.width * wide.pngPixelRatio).toBeLessThanOrEqual(16_384);
    const huge = pictureFrame({ x: 0, y: 0, width: 15_000, height: 15_000 });
    expect(huge.width * huge.height * huge.pngPixelRatio ** 2).toBeLessThanOrEqual(200_000_000 + 1);
    expect(huge.pngPixelRatio).toBeGreaterThan(0.5);
  });
});
