import { describe, expect, it } from 'vitest';
import { fitViewport } from './fit-viewport';

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
