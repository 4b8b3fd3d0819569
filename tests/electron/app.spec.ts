import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { DESKTOP_API_KEY } from '../../electron/shared/ipc-contract';
import { findElectronBinary } from '../../scripts/electron-binary';

const root = resolve(__dirname, '../..');
const binary = findElectronBinary(root);
// Electron on Linux needs a display (run the suite under xvfb-run where there is none).
const noDisplay =
  process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']
    ? 'there is no display (no DISPLAY or WAYLAND_DISPLAY); run it under xvfb-run -s "-screen 0 1920x1080x24"'
    : undefined;
const skipReason =
  'missing' in binary ? `Electron's binary is not installed here: ${binary.missing}` : noDisplay;
const { version }: { version: string } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Starts the built app on a user-data folder. */
function launch(userData: string): Promise<ElectronApplication> {
  if (!('path' in binary)) throw new Error(binary.missing);
  return electron.launch({
    executablePath: binary.path,
    args: ['.', `--user-data-dir=${userData}`],
    cwd: root,
  });
}

/** The built app, launched with its own empty user-data folder, and its window. */
const test = base.extend<{ userData: string; app: ElectronApplication; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  userData: async ({}, use) => {
    const userData = mkdtempSync(join(tmpdir(), 'roadmap-planner-e2e-'));
    await use(userData);
    rmSync(userData, { recursive: true, force: true });
  },
  app: async ({ userData }, use) => {
    const app = await launch(userData);
    await use(app);
    // A test may have closed it already (to reopen the app).
    await app.close().catch(() => {});
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

test.describe('desktop shell', () => {
  test.skip(skipReason !== undefined, skipReason);

  test.beforeAll(() => {
    // Test what `npm start` ships: main, preload and renderer built fresh into out/.
    test.setTimeout(180_000);
    execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
  });

  test('opens one window titled Roadmap Planner', async ({ app, page }) => {
    await expect(page).toHaveTitle('Roadmap Planner');
    const titles = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => window.getTitle()),
    );
    expect(titles).toEqual(['Roadmap Planner']);
    expect(page.url()).toBe('app://roadmap-planner/index.html');
  });

  test('gives the page the desktop API and nothing of Node', async ({ page }) => {
    const seen = await page.evaluate((key) => {
      const api: unknown = Reflect.get(window, key);
      return {
        platform: typeof api === 'object' && api !== null ? Reflect.get(api, 'platform') : undefined,
        require: typeof Reflect.get(window, 'require'),
        process: typeof process,
      };
    }, DESKTOP_API_KEY);
    expect(seen).toEqual({ platform: 'desktop', require: 'undefined', process: 'undefined' });
  });

  test('answers the version over IPC', async ({ page }) => {
    const appVersion = await page.evaluate((key): unknown => {
      const api: unknown = Reflect.get(window, key);
      const getVersion: unknown =
        typeof api === 'object' && api !== null ? Reflect.get(api, 'getVersion') : undefined;
      return typeof getVersion === 'function' ? Reflect.apply(getVersion, api, []) : undefined;
    }, DESKTOP_API_KEY);
    expect(appVersion).toBe(version);
  });

  test('stays on the app when the page tries to navigate away', async ({ app, page }) => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://roadmap-planner/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  test('a menu command exports a backup through the native save dialog', async ({ app, page, userData }) => {
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    const target = join(userData, 'menu-backup.json');
    // The dialog is stubbed in main: the test answers it, as a user would.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('export-backup')?.click());
    await expect.poll(() => existsSync(target)).toBe(true);
    const backup = JSON.parse(readFileSync(target, 'utf8')) as { format: string };
    expect(backup.format).toBe('roadmap-planner-backup');
  });

  test('the View menu switches views through the renderer', async ({ app, page }) => {
    await expect(page.locator('.react-flow__node-topic')).toHaveCount(56);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('view-schedule')?.click());
    await expect(page.getByRole('heading', { name: 'Schedule', level: 2 })).toBeVisible();
  });

  test('documentation links open in the system browser, https only', async ({ app, page }) => {
    await app.evaluate(({ shell }) => {
      shell.openExternal = ((url: string) => {
        Reflect.set(globalThis, 'openedExternally', url);
        return Promise.resolve();
      }) as typeof shell.openExternal;
    });
    await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
    await page.getByRole('region', { name: 'Documentation' }).getByRole('link').first().click();
    await expect
      .poll(() => app.evaluate(() => Reflect.get(globalThis, 'openedExternally') as string | undefined))
      .toMatch(/^https:\/\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('reopening keeps the user’s data and the window’s size', async ({ app, page, userData }) => {
    await page.getByRole('group', { name: 'Python Foundations', exact: true }).click();
    await page.keyboard.press('d');
    await expect(
      page.getByRole('group', { name: 'Python Foundations', exact: true }),
    ).toHaveAccessibleDescription(/^Done\./);
    // The size comes back within the display (a small virtual screen clamps it).
    const size = await app.evaluate(({ BrowserWindow, screen }) => {
      const { width, height } = screen.getPrimaryDisplay().workArea;
      const win = BrowserWindow.getAllWindows()[0]!;
      win.setSize(Math.min(1000, width), Math.min(640, height));
      return win.getSize();
    });
    await app.close();

    const again = await launch(userData);
    try {
      const reopened = await again.firstWindow();
      await expect(
        reopened.getByRole('group', { name: 'Python Foundations', exact: true }),
      ).toHaveAccessibleDescription(/^Done\./);
      const reopenedSize = await again.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]?.getSize(),
      );
      expect(reopenedSize).toEqual(size);
    } finally {
      await again.close();
    }
  });

  test('File → Export Calendar… saves an .ics file and can show it', async ({ app, page, userData }) => {
    await page.evaluate(() => {
      window.location.hash = 'plan';
    });
    await page.getByRole('button', { name: 'Save plan' }).click();
    await page.evaluate(() => {
      window.location.hash = 'schedule';
    });
    await expect(page.getByRole('heading', { name: 'Schedule', level: 2 })).toBeVisible();
    const target = join(userData, 'plan.ics');
    await app.evaluate(({ dialog, shell }, filePath) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      shell.showItemInFolder = ((path: string) =>
        Reflect.set(globalThis, 'shownInFolder', path)) as typeof shell.showItemInFolder;
    }, target);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('export-calendar')?.click());
    const dialog = page.getByRole('dialog', { name: 'Export to calendar' });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog.getByRole('status')).toContainText(/Exported \d+ events/);
    expect(readFileSync(target, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect
      .poll(() => app.evaluate(() => Reflect.get(globalThis, 'shownInFolder') as string | undefined))
      .toBe(target);
  });

  test('refuses to open new windows from the page', async ({ app, page }) => {
    await page.evaluate(() => window.open('app://roadmap-planner/index.html'));
    await page.waitForTimeout(300);
    expect(app.windows()).toHaveLength(1);
  });
});
