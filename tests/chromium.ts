import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * How the end-to-end tests and the bench start Chromium: `CHROMIUM_PATH`, else Debian's
 * Chromium where installed (our machines cannot download Playwright's), else Playwright's
 * own. The flags keep a headless Chromium off the network it cannot reach here.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
