/**
 * The one IPC contract between main and preload: channel → handler signature.
 * Main registers a handler per channel; preload exposes `DesktopApi` built on it.
 */
export type IpcContract = {
  'app:get-version': () => string;
  /** Asks where to save (a native dialog) and writes the file there atomically. */
  'file:save': (request: SaveFileRequest) => Promise<SaveFileResult>;
  /** Asks which file to open (a native dialog) and reads it, up to a size. */
  'file:open': (request: OpenFileRequest) => Promise<OpenFileResult | null>;
};

export type SaveFileRequest = { suggestedName: string; contents: string; extensions: string[] };
export type SaveFileResult = { saved: boolean };
export type OpenFileRequest = { extensions: string[]; maxBytes: number };
/** `text` is null when the file is larger than asked for: it was not read. */
export type OpenFileResult = { name: string; size: number; text: string | null };

export type IpcChannel = keyof IpcContract;

/** What the preload exposes on `window.roadmapPlanner`; the renderer imports only this type. */
export type DesktopApi = {
  readonly platform: 'desktop';
  getVersion(): Promise<string>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult | null>;
};

/** Name of the global the preload defines in the renderer. */
export const DESKTOP_API_KEY = 'roadmapPlanner';

/** The renderer's view of the global the preload defines (absent in a plain browser). */
export type DesktopApiGlobal = { readonly [K in typeof DESKTOP_API_KEY]?: DesktopApi };
