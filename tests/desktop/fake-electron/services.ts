import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  BaseWindow,
  CustomScheme,
  Dialog,
  Display,
  IpcMain,
  IpcMainInvokeEvent,
  NativeTheme,
  Net,
  Notification,
  OpenDialogOptions,
  OpenDialogReturnValue,
  Protocol,
  SaveDialogOptions,
  SaveDialogReturnValue,
  Screen,
  Session,
  Shell,
  WebRequest,
} from 'electron';
import type { FakeWebContents } from './browser-window';
import { strict } from './strict';
import type { Lifecycle } from './strict';

/** A native dialog main showed, and what it was asked. */
export type ShownDialog =
  { kind: 'save'; options: SaveDialogOptions } | { kind: 'open'; options: OpenDialogOptions };

/** The options of a dialog called as `show…Dialog(window, options)` or `show…Dialog(options)`. */
function dialogOptions<Options extends object>(
  windowOrOptions: BaseWindow | Options,
  options?: Options,
): Options {
  if (options) return options;
  if (windowOrOptions instanceof EventEmitter) throw new Error('fake electron: a dialog without options');
  return windowOrOptions;
}

/**
 * The user's side of the native dialogs: the test sets what the user picks, and every dialog
 * answers with it until the test sets another (as a stub in the real Electron run does).
 */
export class FakeDialog implements Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'> {
  readonly shown: ShownDialog[] = [];
  #saveAnswer: SaveDialogReturnValue | undefined;
  #openAnswer: OpenDialogReturnValue | undefined;
  readonly #lifecycle: Lifecycle;

  constructor(lifecycle: Lifecycle) {
    this.#lifecycle = lifecycle;
  }

  /** Save dialogs answer with this path (or are cancelled). */
  answerSave(filePath: string | null): void {
    this.#saveAnswer = filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath };
  }

  /** Open dialogs answer with this file (or are cancelled). */
  answerOpen(filePath: string | null): void {
    this.#openAnswer =
      filePath === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] };
  }

  async showSaveDialog(
    windowOrOptions: BaseWindow | SaveDialogOptions,
    options?: SaveDialogOptions,
  ): Promise<SaveDialogReturnValue> {
    this.#lifecycle.requireReady('dialog.showSaveDialog()');
    this.shown.push({ kind: 'save', options: dialogOptions(windowOrOptions, options) });
    if (!this.#saveAnswer)
      throw new Error('fake electron: a save dialog was shown but the test gave no answer');
    return this.#saveAnswer;
  }

  async showOpenDialog(
    windowOrOptions: BaseWindow | OpenDialogOptions,
    options?: OpenDialogOptions,
  ): Promise<OpenDialogReturnValue> {
    this.#lifecycle.requireReady('dialog.showOpenDialog()');
    this.shown.push({ kind: 'open', options: dialogOptions(windowOrOptions, options) });
    if (!this.#openAnswer)
      throw new Error('fake electron: an open dialog was shown but the test gave no answer');
    return this.#openAnswer;
  }
}

/** The system's side of `shell`: nothing is opened, every call is recorded. */
export class FakeShell implements Pick<Shell, 'openPath' | 'showItemInFolder' | 'openExternal'> {
  readonly openedPaths: string[] = [];
  readonly shownInFolder: string[] = [];
  readonly openedExternally: string[] = [];

  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return '';
  }

  showItemInFolder(fullPath: string): void {
    this.shownInFolder.push(fullPath);
  }

  async openExternal(url: string): Promise<void> {
    this.openedExternally.push(url);
  }
}

type ProtocolHandler = Parameters<Protocol['handle']>[1];

/** Custom schemes: registered before `ready`, handled after, served to the harness. */
export class FakeProtocol implements Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'> {
  readonly privileged: CustomScheme[] = [];
  readonly #handlers = new Map<string, ProtocolHandler>();
  readonly #lifecycle: Lifecycle;

  constructor(lifecycle: Lifecycle) {
    this.#lifecycle = lifecycle;
  }

  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    this.#lifecycle.requireNotReady('protocol.registerSchemesAsPrivileged()');
    this.privileged.push(...customSchemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.#lifecycle.requireReady('protocol.handle()');
    if (!this.privileged.some((custom) => custom.scheme === scheme)) {
      throw new Error(
        `fake electron: protocol.handle('${scheme}') for a scheme never registered as privileged`,
      );
    }
    if (this.#handlers.has(scheme))
      throw new Error(`fake electron: the ${scheme}: scheme is handled already`);
    this.#handlers.set(scheme, handler);
  }

  /** Serves one request through main's handler for its scheme (for the harness). */
  async serve(request: Request): Promise<Response> {
    const scheme = new URL(request.url).protocol.slice(0, -1);
    const handler = this.#handlers.get(scheme);
    if (!handler) throw new Error(`fake electron: main handles no ${scheme}: scheme`);
    return handler(request);
  }
}

/** Answers of main's permission handlers, and its header hook (recorded, see the README). */
export class FakeSession implements Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> {
  permissionRequestHandler: Parameters<Session['setPermissionRequestHandler']>[0] = null;
  permissionCheckHandler: Parameters<Session['setPermissionCheckHandler']>[0] = null;
  headersReceived: unknown = null;
  readonly webRequest: Pick<WebRequest, 'onHeadersReceived'> = strict('webRequest', {
    onHeadersReceived: (filterOrListener: unknown, listener?: unknown): void => {
      this.headersReceived = listener ?? filterOrListener;
    },
  });

  setPermissionRequestHandler(handler: Parameters<Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: Parameters<Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheckHandler = handler;
  }
}

/** What the page gets back from `ipcRenderer.invoke`: the value, or Electron's error message. */
export type InvokeReply = { ok: true; value: unknown } | { ok: false; message: string };

/** The frame an IPC message came from, as the harness sees it. */
export type InvokeSender = {
  frameUrl: string;
  isTopFrame: boolean;
  webContents: FakeWebContents | undefined;
};

type InvokeHandler = Parameters<IpcMain['handle']>[1];

/** `ipcMain.handle` and a way for the harness to call the handlers as the renderer would. */
export class FakeIpcMain implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  readonly #handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    if (this.#handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.#handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel);
  }

  /** Calls main's handler with an event that carries only what the sender check reads. */
  async invoke(sender: InvokeSender, channel: string, args: unknown[]): Promise<InvokeReply> {
    const handler = this.#handlers.get(channel);
    if (!handler)
      return {
        ok: false,
        message: `Error invoking remote method '${channel}': No handler registered for '${channel}'`,
      };
    const event = strict('IpcMainInvokeEvent', {
      senderFrame: { url: sender.frameUrl, parent: sender.isTopFrame ? null : {} },
      sender: sender.webContents,
      type: 'frame',
    }) satisfies Pick<IpcMainInvokeEvent, 'type'>;
    try {
      return { ok: true, value: await Reflect.apply(handler, undefined, [event, ...args]) };
    } catch (error) {
      // Electron hands the renderer the error's text only, never its stack.
      return { ok: false, message: `Error invoking remote method '${channel}': ${String(error)}` };
    }
  }
}

/** The OS theme: light, and never changing. */
export class FakeNativeTheme extends EventEmitter implements Pick<NativeTheme, 'shouldUseDarkColors'> {
  readonly shouldUseDarkColors = false;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown',
  '.txt': 'text/plain',
};

/** `net.fetch` for `file:` URLs, typed like Chromium's file loader (by extension). */
export function fakeNet(lifecycle: Lifecycle): Pick<Net, 'fetch'> {
  return strict('net', {
    fetch: async (input: string | Request): Promise<Response> => {
      lifecycle.requireReady('net.fetch()');
      const url = typeof input === 'string' ? input : input.url;
      if (!url.startsWith('file:'))
        throw new Error(`fake electron: net.fetch is faked for file: URLs only, not ${url}`);
      const path = fileURLToPath(url);
      // Chromium fails a missing file with net::ERR_FILE_NOT_FOUND; main turns that into a 404.
      const body = await readFile(path);
      const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    },
  });
}

const PRIMARY_DISPLAY = {
  id: 1,
  label: 'fake display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1080 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1080 },
  scaleFactor: 1,
  rotation: 0,
  internal: true,
  detected: true,
  monochrome: false,
  colorDepth: 24,
  colorSpace: '',
  depthPerComponent: 8,
  displayFrequency: 60,
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
  maximumCursorSize: { width: 0, height: 0 },
  nativeOrigin: { x: 0, y: 0 },
} satisfies Display;

/** One 1920×1080 display. */
export function fakeScreen(lifecycle: Lifecycle): Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'> {
  return strict('screen', {
    getAllDisplays: (): Display[] => {
      lifecycle.requireReady('screen');
      return [PRIMARY_DISPLAY];
    },
    getPrimaryDisplay: (): Display => {
      lifecycle.requireReady('screen');
      return PRIMARY_DISPLAY;
    },
  });
}

/** Notifications: the harness's system has none, so main never builds one. */
export const FakeNotification = strict('Notification', {
  isSupported: (): boolean => false,
} satisfies Pick<typeof Notification, 'isSupported'>);
