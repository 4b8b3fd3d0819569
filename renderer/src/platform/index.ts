import { createDesktopPlatform } from './desktop-platform';
import type { DesktopApi, Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { Platform } from './platform';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Defined by the Electron preload; absent in a plain browser. */
    readonly roadmapPlanner?: DesktopApi;
  }
}

/** The platform the renderer runs on: the preload's bridge in Electron, else the web. */
export const platform: Platform = window.roadmapPlanner
  ? createDesktopPlatform(window.roadmapPlanner)
  : createWebPlatform(import.meta.env.VITE_APP_VERSION ?? '0.0.0');
