import { createDesktopPlatform } from './desktop-platform';
import type { DesktopApiGlobal, Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type {
  AppCommand,
  CalendarFileResult,
  CalendarSyncApi,
  Platform,
  SaveFileRequest,
  SaveFileResult,
} from './platform';

declare global {
  // Declaration merging with the DOM's Window needs an interface; the key comes from the
  // IPC contract's type, so renaming it there breaks the build here instead of silently
  // dropping the desktop app into web mode.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface Window extends DesktopApiGlobal {}
}

/** The platform the renderer runs on: the preload's bridge in Electron, else the web. */
export const platform: Platform = window.roadmapPlanner
  ? createDesktopPlatform(window.roadmapPlanner)
  : createWebPlatform(import.meta.env.VITE_APP_VERSION ?? '0.0.0');
