import { join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { DESKTOP_API_KEY } from '../../electron/shared/ipc-contract';
import { findElectronBinary } from '../../scripts/electron-binary';
import { CSP_REPORTER, PROBLEM_BINDING } from './csp-reporter';
import type { DesktopApp, ShellCalls } from './desktop-app';
import { callGetVersion } from './page-call';

/** Why the real Electron cannot run here, or undefined where it can. */
export function electronSkipReason(root: string): string | undefined {
  const binary = findElectronBinary(root);
  if ('missing' in binary) return `Electron's binary is not installed here: ${binary.missing}`;
  // Electron on Linux needs a display (run the suite under xvfb-run where there is none).
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'there is no display (no DISPLAY or WAYLAND_DISPLAY); run it under xvfb-run -s "-screen 0 1920x1080x24"';
  }
  return undefined;
}

/** Starts the built app with the real binary, its dialogs and shell answered by the test. */
async function start(root: string, userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const binary = findElectronBinary(root);
  if (!('path' in binary)) throw new Error(binary.missing);
  const app = await electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`],
    cwd: root,
  });
  // The system's side of `shell` records instead of opening anything.
  await app.evaluate(({ shell }) => {
    const calls: ShellCalls = { shownInFolder: [], openedPaths: [], openedExternally: [] };
    Reflect.set(globalThis, '__shellCalls', calls);
    shell.showItemInFolder = (path: string) => {
      calls.shownInFolder.push(path);
    };
    shell.openPath = (path: string) => {
      calls.openedPaths.push(path);
      return Promise.resolve('');
    };
    shell.openExternal = (url: string) => {
      calls.openedExternally.push(url);
      return Promise.resolve();
    };
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('load');
  return { app, page };
}

/** The real Electron app as the specs drive it (where its binary and a display exist). */
export async function launchElectron(options: { root: string; userData: string }): Promise<DesktopApp> {
  let { app, page } = await start(options.root, options.userData);
  let problems: string[] = [];
  // Listening starts once the window is open; a reload shows start-up to the listeners.
  const instrument = async (window: Page) => {
    problems = [];
    window.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    window.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await window.exposeBinding(PROBLEM_BINDING, (_source, text: unknown) => problems.push(String(text)));
    await window.addInitScript({ content: CSP_REPORTER });
    await window.reload({ waitUntil: 'load' });
  };
  await instrument(page);
  return {
    driver: 'electron',
    get page() {
      return page;
    },
    userData: options.userData,
    appUrl: () => page.url(),
    problems: () => [...problems],
    clickMenuItem: async (id) => {
      await app.evaluate(({ Menu }, id) => Menu.getApplicationMenu()?.getMenuItemById(id)?.click(), id);
    },
    answerSaveDialog: async (filePath) => {
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
      }, filePath);
    },
    answerOpenDialog: async (filePath) => {
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [filePath] });
      }, filePath);
    },
    shellCalls: () => app.evaluate(() => Reflect.get(globalThis, '__shellCalls') as ShellCalls),
    windowCount: () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length),
    windowSize: () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getSize()),
    setWindowSize: (width, height) =>
      app.evaluate(
        ({ BrowserWindow, screen }, [width, height]) => {
          // A small virtual screen clamps the size; the test compares with what it got.
          const area = screen.getPrimaryDisplay().workArea;
          const win = BrowserWindow.getAllWindows()[0]!;
          win.setSize(Math.min(width, area.width), Math.min(height, area.height));
          return win.getSize();
        },
        [width, height] as const,
      ),
    invokeFromOtherOrigin: async () => {
      // A window of another origin with the app's preload: main's sender check must refuse it.
      const opened = app.waitForEvent('window');
      await app.evaluate(
        ({ BrowserWindow }, preloadPath) => {
          const other = new BrowserWindow({
            show: false,
            webPreferences: { preload: preloadPath, sandbox: true, contextIsolation: true },
          });
          void other.loadURL('data:text/html,<title>Another origin</title>');
        },
        join(options.root, 'out/preload/index.js'),
      );
      const other = await opened;
      await other.waitForLoadState('load');
      try {
        return await other.evaluate(callGetVersion, DESKTOP_API_KEY);
      } finally {
        await other.close();
      }
    },
    relaunch: async () => {
      await app.close();
      ({ app, page } = await start(options.root, options.userData));
      await instrument(page);
    },
    close: () => app.close(),
  };
}
