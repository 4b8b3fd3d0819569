import { describe, expect, it } from 'vitest';
import { WINDOW_SIZE } from './window-options';
import { parseWindowState, placeWindow, serializeWindowState } from './window-state';
import type { WindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

const state = (over: Partial<WindowState['bounds']> = {}, maximized = false): WindowState => ({
  bounds: { x: 100, y: 80, width: 1300, height: 850, ...over },
  maximized,
  fullScreen: false,
});

describe('remembered window state', () => {
  it('round-trips through its file and refuses anything else', () => {
    expect(parseWindowState(serializeWindowState(state()))).toEqual(state());
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{not json')).toBeNull();
    expect(
      parseWindowState('{"bounds":{"x":1,"y":2,"width":-5,"height":3},"maximized":false,"fullScreen":false}'),
    ).toBeNull();
  });

  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      bounds: { width: WINDOW_SIZE.width, height: WINDOW_SIZE.height },
      maximized: false,
      fullScreen: false,
    });
  });

  it('reopens where it was, maximised again if it was', () => {
    expect(placeWindow(state({ x: 2000, y: 100 }, true), [laptop, rightMonitor])).toEqual({
      bounds: { x: 2000, y: 100, width: 1300, height: 850 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('centres a window whose monitor has gone, and fits it on the largest display', () => {
    expect(placeWindow(state({ x: 2000, y: 100, width: 2400, height: 1300 }), [laptop])).toEqual({
      bounds: { width: 1920, height: 1050 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('keeps the minimum size', () => {
    expect(placeWindow(state({ width: 200, height: 100 }), [laptop]).bounds).toMatchObject({
      width: WINDOW_SIZE.minWidth,
      height: WINDOW_SIZE.minHeight,
    });
  });

  it('centres a window whose title bar would be off screen', () => {
    expect(placeWindow(state({ x: 100, y: -500 }), [laptop]).bounds).not.toHaveProperty('x');
    expect(placeWindow(state({ x: 1850, y: 100 }), [laptop]).bounds).not.toHaveProperty('x');
  });
});
