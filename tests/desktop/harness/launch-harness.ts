import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DESKTOP_API_KEY } from '../../../electron/shared/ipc-contract';
import { CSP_REPORTER, PROBLEM_BINDING } from '../csp-reporter';
import type { DesktopApp } from '../desktop-app';
import { callGetVersion } from '../page-call';
import { HarnessApp } from './harness-app';
import type { HarnessOptions } from './harness-app';
import { PAGE_NAMES, preloadInitScript } from './page-preload';

/**
 * Routes a browser context's requests, IPC and events to whichever run of main is current.
 * Done once per context: Playwright cannot expose a binding twice.
 */
async function wireContext(context: BrowserContext, root: string, current: () => HarnessApp): Promise<void> {
  context.on('console', (message) => current().onConsole(message));
  context.on('weberror', (error) => current().onProblem(null, `page error: ${error.error().message}`));
  context.on('page', (page) => current().onPage(page));
  await context.exposeBinding(PROBLEM_BINDING, ({ page }, text: unknown) =>
    current().onProblem(page, String(text)),
  );
  await context.exposeBinding(PAGE_NAMES.invoke, ({ frame }, channel: unknown, args: unknown) =>
    current().invoke(frame, channel, args),
  );
  await context.addInitScript({ content: CSP_REPORTER });
  await context.addInitScript({ content: preloadInitScript(join(root, 'out/preload/index.js')) });
  await context.route('**/*', (route) => current().route(route));
}

/**
 * The harness as the specs drive it. The browser context stands for Electron's profile in
 * `userData`: a relaunch quits main and starts it again (a new module on a new fake) on the
 * same context, port and folder, so IndexedDB and the saved window state are what it finds.
 */
export async function launchHarness(browser: Browser, options: HarnessOptions): Promise<DesktopApp> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  let app: HarnessApp | undefined;
  const current = () => {
    if (!app) throw new Error('desktop harness: main is not running');
    return app;
  };
  const start = async () => {
    app = new HarnessApp(options, context);
    await app.start();
    return app.mainPage();
  };
  let page: Page;
  try {
    await wireContext(context, options.root, current);
    page = await start();
  } catch (error) {
    await context.close();
    throw error;
  }
  return {
    driver: 'harness',
    get page() {
      return page;
    },
    userData: options.userData,
    appUrl: () => current().appUrl(page),
    problems: () => current().problems(),
    clickMenuItem: async (id) => {
      current().clickMenuItem(id);
      await current().settle();
    },
    answerSaveDialog: async (filePath) => current().fake.dialog.answerSave(filePath),
    answerOpenDialog: async (filePath) => current().fake.dialog.answerOpen(filePath),
    shellCalls: async () => current().shellCalls(),
    windowCount: () => current().windowCount(),
    windowSize: async () => current().fake.windows[0]!.getSize(),
    setWindowSize: async (width, height) => {
      const window = current().fake.windows[0]!;
      window.setSize(width, height);
      await current().settle();
      return window.getSize();
    },
    invokeFromOtherOrigin: async () => {
      const other = await current().openOtherOriginPage();
      try {
        return await other.evaluate(callGetVersion, DESKTOP_API_KEY);
      } finally {
        await other.close();
      }
    },
    relaunch: async () => {
      await current().quit();
      page = await start();
    },
    close: async () => {
      try {
        await current().quit();
      } finally {
        await context.close();
      }
    },
  };
}
