import { describe, expect, it } from 'vitest';
import { fitAround, fitViewport } from './fit-viewport';

const options = { padding: 0.05, minZoom: 0.05, maxZoom: 2 };

describe('fitViewport', () => {
  it('scales a wide drawing to the container width and centres it vertically', () => {
    const viewport = fitViewport({ width: 2000, height: 500 }, { width: 1000, height: 800 }, options);
    expect(viewport.zoom).toBeCloseTo(0.45);
    expect(viewport.x).toBeCloseTo(50);
    expect(viewport.y).toBeCloseTo((800 - 500 * 0.45) / 2);
  });

  it('scales a tall drawing to the container height and centres it horizontally', () => {
    const viewport = fitViewport({ width: 500, height: 2000 }, { width: 1000, height: 1000 }, options);
    expect(viewport.zoom).toBeCloseTo(0.45);
    expect(viewport.y).toBeCloseTo(50);
    expect(viewport.x).toBeCloseTo((1000 - 500 * 0.45) / 2);
  });

  it('keeps zoom within its bounds', () => {
    expect(fitViewport({ width: 10, height: 10 }, { width: 1000, height: 1000 }, options).zoom).toBe(2);
    expect(fitViewport({ width: 1e6, height: 1e6 }, { width: 100, height: 100 }, options).zoom).toBe(0.05);
  });

  it('survives an empty drawing', () => {
    const viewport = fitViewport({ width: 0, height: 0 }, { width: 100, height: 100 }, options);
    expect(Number.isFinite(viewport.x) && Number.isFinite(viewport.y)).toBe(true);
  });
});

describe('fitAround', () => {
  const options = { padding: 0, minZoom: 0.05, maxZoom: 2, readableZoom: 0 };
  const drawing = {
    width: 1000,
    height: 500,
    boxes: [
      { x: 0, y: 0, width: 1000, height: 300 },
      { x: 0, y: 300, width: 400, height: 200 },
    ],
  };

  it('fits as large as it can when nothing is in the way', () => {
    expect(fitAround(drawing, { width: 1000, height: 500 }, [], options)).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('keeps an overlay over empty space: the drawing’s empty corner may sit under it', () => {
    const map = { x: 800, y: 400, width: 200, height: 100 };
    expect(fitAround(drawing, { width: 1000, height: 500 }, [map], options)).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('shrinks or moves the drawing until no box is under an overlay', () => {
    const controls = { x: 0, y: 400, width: 50, height: 100 };
    const view = fitAround(drawing, { width: 1000, height: 500 }, [controls], options);
    expect(view.zoom).toBeLessThan(1);
    for (const box of drawing.boxes) {
      const right = view.x + (box.x + box.width) * view.zoom;
      const bottom = view.y + (box.y + box.height) * view.zoom;
      const left = view.x + box.x * view.zoom;
      const top = view.y + box.y * view.zoom;
      const clear = right <= 0 || left >= 50 || bottom <= 400 || top >= 500;
      expect(clear).toBe(true);
    }
  });

  it('shows a drawing too big to read whole at a readable zoom, from its top left', () => {
    const view = fitAround(drawing, { width: 700, height: 350 }, [], {
      ...options,
      padding: 0.02,
      readableZoom: 0.8,
    });
    expect(view).toEqual({ x: 14, y: 7, zoom: 0.8 });
  });
});
