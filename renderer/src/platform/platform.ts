import type {
  DesktopApi,
  DesktopApiGlobal,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../../electron/shared/ipc-contract';

/** What the app needs of the world outside the renderer; desktop and web both provide it. */
export type Platform = {
  readonly kind: 'desktop' | 'web';
  getVersion(): Promise<string>;
  /** Desktop: a native save dialog. Web: a download (always reported as saved). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Desktop: a native open dialog. Web: the browser's file picker. Null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult | null>;
};

export type {
  DesktopApi,
  DesktopApiGlobal,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
};
