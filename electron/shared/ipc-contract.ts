/**
 * The one IPC contract between main and preload: channel → handler signature.
 * Main registers a handler per channel; preload exposes `DesktopApi` built on it.
 */
export type IpcContract = {
  'app:get-version': () => string;
};

export type IpcChannel = keyof IpcContract;

/** What the preload exposes on `window.roadmapPlanner`; the renderer imports only this type. */
export type DesktopApi = {
  readonly platform: 'desktop';
  getVersion(): Promise<string>;
};

/** Name of the global the preload defines in the renderer. */
export const DESKTOP_API_KEY = 'roadmapPlanner';

/** The renderer's view of the global the preload defines (absent in a plain browser). */
export type DesktopApiGlobal = { readonly [K in typeof DESKTOP_API_KEY]?: DesktopApi };
