import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, test as base } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { DesktopApp } from './desktop-app';
import { electronSkipReason, launchElectron } from './electron-app';
import { launchHarness } from './harness/launch-harness';

export { expect } from '@playwright/test';
export type { DesktopApp } from './desktop-app';

const root = resolve(__dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/** Which app the specs drive, set per Playwright project (playwright.config.ts). */
export type DesktopOptions = {
  /** `harness`: the built main in Node with a fake `electron`; `electron`: the real binary. */
  desktopDriver: 'harness' | 'electron';
  /** The loopback port the harness serves `app://` on. */
  desktopPort: number;
};

/** The package.json version, which main reports. */
export const APP_VERSION = version;

/**
 * The specs' one fixture: `desktop`, the built app launched on its own empty user data,
 * quit and removed after the test.
 */
export const test = base.extend<
  { desktop: DesktopApp },
  DesktopOptions & { harnessBrowser: () => Promise<Browser> }
>({
  desktopDriver: ['harness', { option: true, scope: 'worker' }],
  desktopPort: [4181, { option: true, scope: 'worker' }],
  // One Chromium per worker, started on first use (the real-Electron run never needs one).
  harnessBrowser: [
    async ({ launchOptions }, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= chromium.launch(launchOptions)));
      await (await browser)?.close();
    },
    { scope: 'worker' },
  ],
  desktop: async ({ desktopDriver, desktopPort, harnessBrowser }, use, testInfo) => {
    if (desktopDriver === 'electron') {
      const reason = electronSkipReason(root);
      testInfo.skip(reason !== undefined, reason);
    }
    const userData = mkdtempSync(join(tmpdir(), 'roadmap-planner-desktop-'));
    try {
      const app =
        desktopDriver === 'electron'
          ? await launchElectron({ root, userData })
          : await launchHarness(await harnessBrowser(), { root, userData, port: desktopPort, version });
      try {
        await use(app);
      } finally {
        await app.close();
      }
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  },
});
