import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { DESKTOP_API_KEY } from '../../electron/shared/ipc-contract';
import { findElectronBinary } from '../../scripts/electron-binary';

const root = resolve(__dirname, '../..');
const binary = findElectronBinary(root);
const skipReason =
  'missing' in binary ? `Electron's binary is not installed here: ${binary.missing}` : undefined;
const { version }: { version: string } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The built app, launched with its own empty user-data folder, and its window. */
const test = base.extend<{ app: ElectronApplication; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  app: async ({}, use) => {
    if (!('path' in binary)) throw new Error(binary.missing);
    const userData = mkdtempSync(join(tmpdir(), 'roadmap-planner-e2e-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['.', `--user-data-dir=${userData}`],
      cwd: root,
    });
    await use(app);
    await app.close();
    rmSync(userData, { recursive: true, force: true });
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
});
