import type {
  AppCommand,
  CalendarFileResult,
  CalendarSyncApi,
  DesktopApi,
  DesktopApiGlobal,
  OpenFileRequest,
  NotifyRequest,
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
  /** Desktop: opens a file saved this session (`SaveFileResult.token`) in its app. */
  openSaved(token: string): Promise<boolean>;
  /** Desktop: shows a file saved this session in the file manager. */
  revealSaved(token: string): Promise<boolean>;
  /** Asks once for leave to notify (the browser asks the user; the desktop needs none). */
  allowNotifications(): Promise<boolean>;
  /** A system notification; false when it could not be shown. */
  notify(request: NotifyRequest): Promise<boolean>;
  /** Commands from the desktop menu; the web has none. Returns the way to stop listening. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Desktop: busy calendar files picked in a native dialog (their path kept) and read again
   * by that path. Null in a browser, which cannot read a file again.
   */
  readonly calendarFiles: {
    pick(): Promise<CalendarFileResult | null>;
    read(path: string): Promise<CalendarFileResult>;
  } | null;
  /** Desktop: CalDAV calendar sync through main, which keeps the password. Null in a browser (CORS). */
  readonly calendarSync: CalendarSyncApi | null;
};

export type {
  AppCommand,
  CalendarFileResult,
  CalendarSyncApi,
  DesktopApi,
  DesktopApiGlobal,
  OpenFileRequest,
  NotifyRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
};
