import type { DesktopApi, DesktopApiGlobal } from '../../../electron/shared/ipc-contract';

/** What the app needs of the world outside the renderer; desktop and web both provide it. */
export type Platform = {
  readonly kind: 'desktop' | 'web';
  getVersion(): Promise<string>;
};

export type { DesktopApi, DesktopApiGlobal };
