import type { BrowserWindowConstructorOptions } from 'electron';

/** Window background before the renderer paints, matching its light and dark themes. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#111418' } as const;

/** Default and minimum window size, in device-independent pixels. */
export const WINDOW_SIZE = { width: 1440, height: 900, minWidth: 960, minHeight: 600 } as const;

/** Picks the window background for the OS theme. */
export function windowBackground(darkMode: boolean): string {
  return darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

/**
 * Options for the app's one window. Every security setting is spelled out even where it is
 * Electron's default, so a future default change or a careless edit shows up in review and tests.
 */
export function createWindowOptions(input: {
  preloadPath: string;
  darkMode: boolean;
  /** Where to open (a remembered place); the default size, centred, without it. */
  bounds?: { x?: number; y?: number; width: number; height: number };
}): BrowserWindowConstructorOptions {
  return {
    title: 'Roadmap Planner',
    ...WINDOW_SIZE,
    ...input.bounds,
    backgroundColor: windowBackground(input.darkMode),
    // Shown on `ready-to-show`, so the user never sees an empty frame.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise ask for a new window; none is ever allowed.
      disableBlinkFeatures: 'Auxclick',
      // Chromium would download spelling dictionaries from the network; the app stays offline.
      spellcheck: false,
    },
  };
}
