import { describe, expect, it } from 'vitest';
import { createWindowOptions, WINDOW_BACKGROUND, windowBackground } from './window-options';

describe('createWindowOptions', () => {
  const options = createWindowOptions({
    preloadPath: '/app/out/preload/index.js',
    darkMode: false,
  });

  it('titles and sizes the window', () => {
    expect(options).toMatchObject({ title: 'Roadmap Planner', width: 1440, height: 900 });
    expect(options.minWidth).toBeLessThan(1440);
    expect(options.minHeight).toBeLessThan(900);
  });

  it('isolates the renderer from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('opens where it was left when told', () => {
    const placed = createWindowOptions({
      preloadPath: '/p.js',
      darkMode: false,
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
    });
    expect(placed).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: 960 });
  });

  it('waits for the first paint before showing the window', () => {
    expect(options.show).toBe(false);
  });

  it('follows the OS theme for the background', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    const dark = createWindowOptions({ preloadPath: '/p.js', darkMode: true });
    expect(dark.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });
});

describe('windowBackground', () => {
  it('picks the colour for the theme', () => {
    expect(windowBackground(true)).toBe(WINDOW_BACKGROUND.dark);
    expect(windowBackground(false)).toBe(WINDOW_BACKGROUND.light);
  });
});
