import type { CalDavCalendar, CalDavObject, CalDavResult, CalDavWrite } from './caldav-contract';
import type { AppCommand } from './commands';

export type { AppCommand } from './commands';

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
  /** Shows a system notification; false where the system has none. */
  'app:notify': (request: NotifyRequest) => boolean;
  /** Whether this system shows notifications at all. */
  'app:can-notify': () => boolean;
  /** Opens a file this session saved in the app the system picks for it (a calendar for .ics). */
  'file:open-saved': (token: string) => Promise<boolean>;
  /** Shows a file this session saved in the system's file manager. */
  'file:reveal-saved': (token: string) => boolean;
  /** Asks which calendar (.ics) file to add as busy time (a native dialog) and reads it. */
  'busy:pick': () => Promise<CalendarFileResult | null>;
  /** Reads a busy calendar's file again by its path (only .ics files, up to the size limit). */
  'busy:read': (path: string) => Promise<CalendarFileResult>;
  /** Discovers the calendars with these credentials; only then keeps the account (password in the keychain). */
  'caldav:connect': (request: CalDavConnectRequest) => Promise<CalDavResult<CalDavConnection>>;
  /** The kept account, without its password; null when none is connected. */
  'caldav:account': () => Promise<CalDavAccountInfo | null>;
  /** Discovers the kept account's calendars again. */
  'caldav:calendars': () => Promise<CalDavResult<CalDavCalendar[]>>;
  /** Makes a calendar (MKCALENDAR) with this display name in the account's calendar home. */
  'caldav:make-calendar': (name: string) => Promise<CalDavResult<CalDavCalendar>>;
  /** Every event object of a calendar on the connected server. */
  'caldav:list': (calendarUrl: string) => Promise<CalDavResult<CalDavObject[]>>;
  /** One create, update or delete on the connected server. */
  'caldav:write': (write: CalDavWrite) => Promise<CalDavResult<{ etag: string | null }>>;
  /** Forgets the account: its file and its password. */
  'caldav:disconnect': () => Promise<void>;
};

/** What the user typed to connect calendar sync: the only time the password crosses IPC. */
export type CalDavConnectRequest = { serverUrl: string; user: string; password: string };
/** The connected account as the page may see it: never the password. */
export type CalDavAccountInfo = { serverUrl: string; user: string };
/** A connection made: the account (without its password) and the calendars found. */
export type CalDavConnection = CalDavAccountInfo & { calendars: CalDavCalendar[] };

/** Calendar sync through main (the desktop only: browsers cannot speak CalDAV across origins). */
export type CalendarSyncApi = {
  connect(request: CalDavConnectRequest): Promise<CalDavResult<CalDavConnection>>;
  account(): Promise<CalDavAccountInfo | null>;
  calendars(): Promise<CalDavResult<CalDavCalendar[]>>;
  makeCalendar(name: string): Promise<CalDavResult<CalDavCalendar>>;
  list(calendarUrl: string): Promise<CalDavResult<CalDavObject[]>>;
  write(write: CalDavWrite): Promise<CalDavResult<{ etag: string | null }>>;
  disconnect(): Promise<void>;
};

/**
 * The largest busy-calendar file read, in bytes (about 5 MB): UTF-8 never takes fewer bytes
 * than characters, so its text is never longer than busy time reads.
 */
export const MAX_CALENDAR_FILE_BYTES = 5_000_000;

/**
 * A calendar file as read for busy time: its path is kept (the desktop re-reads it), or why
 * it could not be read, in words that name the file.
 */
export type CalendarFileResult =
  { ok: true; path: string; name: string; text: string } | { ok: false; name: string; message: string };

export type NotifyRequest = { title: string; body: string };

/** The one channel main sends on (to the renderer): a menu command. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export type SaveFileRequest = {
  suggestedName: string;
  /** The file's text, or with `encoding: 'base64'` its bytes (a PNG) as base64. */
  contents: string;
  extensions: string[];
  /** The file's type, for a download (`text/calendar`); JSON when not given. */
  mimeType?: string;
  /**
   * `base64` for a binary file: typed arrays do not cross every bridge (the desktop test
   * harness serialises as JSON), a string does. Text (UTF-8) when not given.
   */
  encoding?: 'base64';
};
/**
 * `token` names the saved file in later requests (open it, show it in its folder): the page
 * never learns or sends a path. The web has no tokens.
 */
export type SaveFileResult = { saved: boolean; token?: string };
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
  notify(request: NotifyRequest): Promise<boolean>;
  canNotify(): Promise<boolean>;
  openSaved(token: string): Promise<boolean>;
  revealSaved(token: string): Promise<boolean>;
  /** A native dialog for an .ics file; its path, name and text, or null when cancelled. */
  pickCalendarFile(): Promise<CalendarFileResult | null>;
  /** Reads an .ics file again by the path `pickCalendarFile` gave. */
  readCalendarFile(path: string): Promise<CalendarFileResult>;
  /** CalDAV calendar sync; main keeps the account and the password never reaches the page. */
  readonly calendarSync: CalendarSyncApi;
  /** Calls `listener` with each menu command; returns the way to stop. */
  onCommand(listener: (command: AppCommand) => void): () => void;
};

/** Name of the global the preload defines in the renderer. */
export const DESKTOP_API_KEY = 'roadmapPlanner';

/** The renderer's view of the global the preload defines (absent in a plain browser). */
export type DesktopApiGlobal = { readonly [K in typeof DESKTOP_API_KEY]?: DesktopApi };
