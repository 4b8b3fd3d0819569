import { EventEmitter } from 'node:events';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  HandlerDetails,
  Rectangle,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import type { FakeApp } from './app';
import { NotFakedError, strict } from './strict';
import type { Lifecycle } from './strict';

/**
 * What stands behind a window: the harness opens a Playwright page for each. The fake keeps
 * a window's state itself, so main's synchronous calls (`getSize`) answer at once.
 */
export type WindowHost = {
  /** A window was made: open a page of its size (the harness tracks the async work). */
  open(window: FakeBrowserWindow): void;
  /** `loadURL`: the page loads `url` (an `app://` URL, mapped by the harness). */
  load(window: FakeBrowserWindow, url: string): Promise<void>;
  /** The window's size changed. */
  resize(window: FakeBrowserWindow, width: number, height: number): void;
  /** The window is closing for good: close its page. */
  close(window: FakeBrowserWindow): Promise<void>;
  /** `webContents.send`: deliver a message to the page's `ipcRenderer` listeners. */
  send(window: FakeBrowserWindow, channel: string, args: unknown[]): void;
};

/** What every window of one fake app shares. */
export type WindowContext = {
  lifecycle: Lifecycle;
  app: FakeApp;
  host: WindowHost;
  windows: FakeBrowserWindow[];
  nextId: number;
};

type FakedWebContents = Pick<WebContents, 'id' | 'send' | 'setWindowOpenHandler' | 'getURL' | 'isDestroyed'>;

/** A window's web contents: the events main hardens, its window-open handler, `send`. */
export class FakeWebContents extends EventEmitter implements FakedWebContents {
  readonly id: number;
  /** The URL the page shows, as Electron reports it (`app://…`); kept up to date by the harness. */
  url = '';
  destroyed = false;
  #windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  readonly #window: FakeBrowserWindow;
  readonly #host: WindowHost;

  constructor(id: number, window: FakeBrowserWindow, host: WindowHost) {
    super();
    this.id = id;
    this.#window = window;
    this.#host = host;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('fake electron: webContents.send on a destroyed window');
    this.#host.send(this.#window, channel, args);
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.#windowOpenHandler = handler;
  }

  /** Called by the harness when the page asks for a new window; Electron's default would open one. */
  decideWindowOpen(details: HandlerDetails): WindowOpenHandlerResponse {
    if (!this.#windowOpenHandler) throw new NotFakedError('opening a window without a window-open handler');
    const response = this.#windowOpenHandler(details);
    if (response.action !== 'deny') throw new NotFakedError('a window-open handler that allows a window');
    return response;
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type FakedWindow = Pick<
  BrowserWindow,
  | 'id'
  | 'loadURL'
  | 'show'
  | 'isVisible'
  | 'focus'
  | 'maximize'
  | 'isMaximized'
  | 'setFullScreen'
  | 'isFullScreen'
  | 'isMinimized'
  | 'restore'
  | 'getBounds'
  | 'getNormalBounds'
  | 'getSize'
  | 'setSize'
  | 'setBackgroundColor'
  | 'getTitle'
  | 'close'
  | 'isDestroyed'
>;

const DISPLAY = { width: 1920, height: 1080 };

/** Electron's `BrowserWindow`, standing on a page the harness opens. Made through {@link browserWindowClass}. */
export class FakeBrowserWindow extends EventEmitter implements FakedWindow {
  readonly id: number;
  readonly webContents: FakeWebContents;
  readonly options: BrowserWindowConstructorOptions;
  #bounds: Rectangle;
  #visible = false;
  #maximized = false;
  #fullScreen = false;
  #destroyed = false;
  #shownOnce = false;
  readonly #context: WindowContext;

  constructor(context: WindowContext, options: BrowserWindowConstructorOptions = {}) {
    super();
    context.lifecycle.requireReady('new BrowserWindow()');
    this.#context = context;
    this.options = options;
    this.id = context.nextId++;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.#bounds = {
      x: options.x ?? Math.round((DISPLAY.width - width) / 2),
      y: options.y ?? Math.round((DISPLAY.height - height) / 2),
      width,
      height,
    };
    this.webContents = strict('webContents', new FakeWebContents(this.id, this, context.host));
    context.windows.push(this);
    context.app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
    context.app.emit('browser-window-created', { preventDefault() {} }, this);
    context.host.open(this);
  }

  async loadURL(url: string): Promise<void> {
    try {
      await this.#context.host.load(this, url);
    } catch (error) {
      this.webContents.emit('did-fail-load', { preventDefault() {} }, -2, String(error), url, true);
      throw error;
    }
    this.webContents.emit('did-finish-load');
    if (!this.#shownOnce) {
      this.#shownOnce = true;
      this.emit('ready-to-show');
    }
  }

  show(): void {
    this.#visible = true;
    this.emit('show');
  }

  isVisible(): boolean {
    return this.#visible;
  }

  focus(): void {
    this.emit('focus');
  }

  /** Recorded only: the page keeps its size (see tests/desktop/README.md). */
  maximize(): void {
    this.#maximized = true;
    this.emit('maximize');
  }

  isMaximized(): boolean {
    return this.#maximized;
  }

  setFullScreen(flag: boolean): void {
    this.#fullScreen = flag;
  }

  isFullScreen(): boolean {
    return this.#fullScreen;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  getBounds(): Rectangle {
    return { ...this.#bounds };
  }

  getNormalBounds(): Rectangle {
    return { ...this.#bounds };
  }

  getSize(): number[] {
    return [this.#bounds.width, this.#bounds.height];
  }

  /** Like Electron, keeps the window within its minimum size. */
  setSize(width: number, height: number): void {
    const w = Math.max(Math.round(width), this.options.minWidth ?? 0);
    const h = Math.max(Math.round(height), this.options.minHeight ?? 0);
    this.#bounds = { ...this.#bounds, width: w, height: h };
    this.#context.host.resize(this, w, h);
    this.emit('resize');
    this.emit('resized');
  }

  setBackgroundColor(_color: string): void {}

  getTitle(): string {
    return this.options.title ?? 'Electron';
  }

  /** Like Electron: `close` may be prevented; otherwise the window goes and `closed` follows. */
  close(): void {
    void this.closeAndWait();
  }

  /** {@link close}, for the harness, which must know when the page is gone. */
  async closeAndWait(): Promise<void> {
    if (this.#destroyed) return;
    let prevented = false;
    this.emit('close', {
      preventDefault: () => {
        prevented = true;
      },
    });
    if (prevented) return;
    this.#destroyed = true;
    this.webContents.destroyed = true;
    await this.#context.host.close(this);
    const windows = this.#context.windows;
    windows.splice(windows.indexOf(this), 1);
    this.webContents.emit('destroyed');
    this.emit('closed');
    if (windows.length === 0) this.#context.app.emit('window-all-closed');
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
}

/** The `BrowserWindow` class main sees: `new` makes a window on this app's host. */
export function browserWindowClass(context: WindowContext) {
  const BrowserWindowClass = class BrowserWindow extends FakeBrowserWindow {
    constructor(options?: BrowserWindowConstructorOptions) {
      super(context, options);
      return strict('BrowserWindow', this);
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return [...context.windows];
    }
  };
  return strict('BrowserWindow', BrowserWindowClass);
}
