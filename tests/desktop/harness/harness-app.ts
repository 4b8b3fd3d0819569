import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type {
  BrowserContext,
  ConsoleMessage,
  Frame,
  Page,
  Request as PageRequest,
  Route,
} from '@playwright/test';
import type { AppCommand } from '../../../electron/shared/commands';
import type { ShellCalls } from '../desktop-app';
import { createFakeElectron, loadMain } from '../fake-electron';
import type { FakeBrowserWindow, FakeElectron, InvokeReply, WindowHost } from '../fake-electron';
import { PAGE_NAMES } from './page-preload';
import { UrlMap } from './url-map';

/** Where the built app is and how to run it. */
export type HarnessOptions = {
  /** The project root: the build is read from `out/`. */
  root: string;
  userData: string;
  /** The fixed loopback port the `app://` origin is served on. */
  port: number;
  version: string;
};

const OTHER_ORIGIN_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Another origin</title><p>Not the app.</p>';

/**
 * One run of the built app: main in this process on a fake `electron`, each window a page of
 * one browser context. The context outlives a relaunch, as Electron's profile in `userData`
 * does (see `launchHarness`).
 */
export class HarnessApp implements WindowHost {
  readonly #options: HarnessOptions;
  readonly #urls: UrlMap;
  readonly #context: BrowserContext;
  readonly #fake: FakeElectron;
  readonly #pages = new Map<FakeBrowserWindow, Promise<Page>>();
  readonly #windowsByPage = new Map<Page, FakeBrowserWindow>();
  readonly #loading = new Set<FakeBrowserWindow>();
  readonly #otherPages = new Set<Page>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #problems: string[] = [];
  #creatingPage = false;
  /** New windows main has refused whose pages are still to be closed. */
  #decidedPopups = 0;
  #unhook: () => void = () => {};

  /** A run of main on `context` (wired by `wireContext` to the current run); {@link start} starts it. */
  constructor(options: HarnessOptions, context: BrowserContext) {
    this.#options = options;
    this.#urls = new UrlMap(options.port);
    this.#context = context;
    this.#fake = createFakeElectron({ userData: options.userData, version: options.version, host: this });
  }

  /** Loads main, makes the app ready, and waits for its window to load; quits again on failure. */
  async start(): Promise<void> {
    try {
      await this.#start();
    } catch (error) {
      await this.quit().catch(() => {});
      throw error;
    }
  }

  async #start(): Promise<void> {
    this.#unhook = loadMain(join(this.#options.root, 'out/main/index.js'), this.#fake.module);
    const created = once(this.#fake.app, 'browser-window-created');
    this.#fake.app.becomeReady();
    const [, window] = (await created) as [unknown, FakeBrowserWindow];
    const failed = once(window.webContents, 'did-fail-load').then(([, , description]) => {
      throw new Error(`desktop harness: main's window did not load: ${String(description)}`);
    });
    failed.catch(() => {}); // raced below; a later failure is not this start's
    await Promise.race([once(window, 'ready-to-show'), failed]);
    await this.settle();
  }

  /** The fake Electron main runs on, for what only the harness can check. */
  get fake(): FakeElectron {
    return this.#fake;
  }

  /** The page of main's first window. */
  async mainPage(): Promise<Page> {
    const window = this.#fake.windows[0];
    const page = window && this.#pages.get(window);
    if (!page) throw new Error('desktop harness: main has no window');
    return page;
  }

  /** Waits for what main started and the harness carries out asynchronously (resizes, messages). */
  async settle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  /** What went wrong in the window (and main quitting with an error code). */
  problems(): readonly string[] {
    const { exitCode } = this.#fake.app.calls;
    return [...this.#problems, ...(exitCode ? [`main exited with code ${exitCode}`] : [])];
  }

  appUrl(page: Page): string {
    return this.#urls.toApp(page.url());
  }

  /** Quits as a user closing the window would: main saves its state, its windows close. */
  async quit(): Promise<void> {
    try {
      for (const window of [...this.#fake.windows]) await window.closeAndWait();
      await this.settle();
    } finally {
      this.#unhook();
    }
  }

  /** A console message of any page of the context: errors in the app's window are problems. */
  onConsole(message: ConsoleMessage): void {
    if (message.type() === 'error' && this.#isWindowPage(message.page())) this.#problems.push(message.text());
  }

  /** An uncaught error in a page, or a CSP violation a page reported. */
  onProblem(page: Page | null, text: string): void {
    if (page === null || this.#isWindowPage(page)) this.#problems.push(text);
  }

  #track<T>(work: Promise<T>): Promise<T> {
    const tracked = work.catch((error: unknown) => {
      this.#problems.push(`desktop harness: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
    return work;
  }

  #isWindowPage(page: Page | null): boolean {
    return page !== null && this.#windowsByPage.has(page);
  }

  async #newPage(): Promise<Page> {
    this.#creatingPage = true;
    try {
      return await this.#context.newPage();
    } finally {
      this.#creatingPage = false;
    }
  }

  // WindowHost: what the fake BrowserWindow asks of its page.

  open(window: FakeBrowserWindow): void {
    const [width = 800, height = 600] = window.getSize();
    const page = this.#track(
      this.#newPage().then(async (page) => {
        this.#windowsByPage.set(page, window);
        await page.setViewportSize({ width, height });
        return page;
      }),
    );
    this.#pages.set(window, page);
  }

  async load(window: FakeBrowserWindow, url: string): Promise<void> {
    const page = await this.#pages.get(window)!;
    this.#loading.add(window);
    try {
      await page.goto(this.#urls.toHttp(url), { waitUntil: 'load' });
      window.webContents.url = url;
    } finally {
      this.#loading.delete(window);
    }
  }

  resize(window: FakeBrowserWindow, width: number, height: number): void {
    void this.#track(this.#pages.get(window)!.then((page) => page.setViewportSize({ width, height })));
  }

  async close(window: FakeBrowserWindow): Promise<void> {
    const page = await this.#pages.get(window)!;
    this.#windowsByPage.delete(page);
    this.#pages.delete(window);
    await page.close();
  }

  send(win: FakeBrowserWindow, channel: string, args: unknown[]): void {
    void this.#track(
      this.#pages.get(win)!.then((page) =>
        page.evaluate(
          ([name, channel, args]) => {
            const deliver: unknown = Reflect.get(window, name);
            if (typeof deliver === 'function') deliver(channel, args);
          },
          [PAGE_NAMES.deliver, channel, args] as const,
        ),
      ),
    );
  }

  // The page's side: requests, navigations, new windows and IPC.

  /** Every request of the context's pages: the app's origin is served by main. */
  async route(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    if (request.isNavigationRequest() && !this.#mayNavigate(request, url)) {
      // 'aborted' is what a cancelled navigation is; anything else shows Chromium's error page.
      await route.abort('aborted');
      return;
    }
    if (this.#urls.isApp(url)) {
      await this.#serveApp(route);
      return;
    }
    if (this.#urls.isOther(url)) {
      await route.fulfill({ status: 200, contentType: 'text/html', body: OTHER_ORIGIN_PAGE });
      return;
    }
    // The app is offline: nothing else exists.
    await route.abort('internetdisconnected');
  }

  /** Serves a request for the app's origin through main's `app://` handler. */
  async #serveApp(route: Route): Promise<void> {
    const request = route.request();
    let response: Response;
    try {
      response = await this.#fake.protocol.serve(
        new Request(this.#urls.toApp(request.url()), { method: request.method() }),
      );
    } catch (error) {
      // Electron fails the request when the handler throws; the test sees why.
      this.#problems.push(`main's app:// handler failed for ${request.url()}: ${String(error)}`);
      await route.abort('failed');
      return;
    }
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  }

  /**
   * Main's `will-navigate`/`will-frame-navigate` rules for a window's navigation, or its
   * window-open handler for the first navigation of a page the app did not make (a popup,
   * whose frame Playwright may not know yet).
   */
  #mayNavigate(request: PageRequest, url: string): boolean {
    let frame: Frame;
    try {
      frame = request.frame();
    } catch {
      this.#decideNewWindow(url);
      return false;
    }
    const page = frame.page();
    const window = this.#windowsByPage.get(page);
    if (!window) {
      if (this.#otherPages.has(page)) return true;
      this.#decideNewWindow(url);
      return false;
    }
    const isMainFrame = frame === page.mainFrame();
    // Electron emits no will-navigate for main's own loadURL.
    if (isMainFrame && this.#loading.has(window)) return true;
    let prevented = false;
    const event = {
      url: this.#urls.toApp(url),
      isMainFrame,
      isSameDocument: false,
      preventDefault: () => {
        prevented = true;
      },
    };
    window.webContents.emit(isMainFrame ? 'will-navigate' : 'will-frame-navigate', event, event.url);
    return !prevented;
  }

  /** Asks main's window-open handler about a new window; the popup page closes in {@link onPage}. */
  #decideNewWindow(url: string): void {
    const window = this.#fake.windows[0];
    if (!window) throw new Error('desktop harness: a new window with no app window open');
    window.webContents.decideWindowOpen({
      url: this.#urls.toApp(url),
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: '', policy: 'strict-origin-when-cross-origin' },
    });
    this.#decidedPopups += 1;
  }

  /**
   * A page opened in the context that the harness did not make is a new window the page asked
   * for. Electron would ask main first and never make it; here Chromium has made it, so it is
   * closed once main has decided (in {@link route}, from its first navigation; a popup with no
   * URL makes no request and is decided here).
   */
  onPage(page: Page): void {
    if (this.#creatingPage || this.#windowsByPage.has(page)) return;
    void this.#track(this.#closePopup(page));
  }

  async #closePopup(page: Page): Promise<void> {
    for (let waited = 0; waited < 1000 && this.#decidedPopups === 0; waited += 50) await delay(50);
    if (this.#decidedPopups === 0) this.#decideNewWindow(page.url());
    this.#decidedPopups -= 1;
    await page.close();
  }

  /** `ipcRenderer.invoke` from a frame: main's real handler answers, after its sender check. */
  async invoke(frame: Frame, channel: unknown, args: unknown): Promise<InvokeReply> {
    if (typeof channel !== 'string' || !Array.isArray(args)) {
      return { ok: false, message: 'desktop harness: ipcRenderer.invoke needs a channel and arguments' };
    }
    return this.#fake.ipcMain.invoke(
      {
        frameUrl: this.#urls.toApp(frame.url()),
        isTopFrame: frame.parentFrame() === null,
        webContents: this.#windowsByPage.get(frame.page())?.webContents,
      },
      channel,
      args,
    );
  }

  /** Windows as a user sees them: main's, and any page the browser opened that is not yet gone. */
  async windowCount(): Promise<number> {
    await this.settle();
    return this.#context.pages().filter((page) => !this.#otherPages.has(page) && !page.isClosed()).length;
  }

  /** Opens a page of another origin (it gets the preload, as every top-level page here does). */
  async openOtherOriginPage(): Promise<Page> {
    this.#creatingPage = true;
    let page: Page;
    try {
      page = await this.#context.newPage();
    } finally {
      this.#creatingPage = false;
    }
    this.#otherPages.add(page);
    await page.goto(`${this.#urls.otherOrigin}/other.html`);
    return page;
  }

  clickMenuItem(id: AppCommand): void {
    const item = this.#fake.applicationMenu()?.getMenuItemById(id);
    if (!item) throw new Error(`desktop harness: main's menu has no item ${id}`);
    item.click();
  }

  shellCalls(): ShellCalls {
    const { shownInFolder, openedPaths, openedExternally } = this.#fake.shell;
    return {
      shownInFolder: [...shownInFolder],
      openedPaths: [...openedPaths],
      openedExternally: [...openedExternally],
    };
  }
}
