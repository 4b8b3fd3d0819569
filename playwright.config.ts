import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';
import type { DesktopOptions } from './tests/desktop/fixtures';

const PORT = Number(process.env['E2E_PORT'] ?? 4174);
// The desktop harness serves app:// on this loopback origin (routed, nothing listens on it).
// Fixed: the origin decides where Chromium keeps IndexedDB, so a relaunch must reuse it.
const DESKTOP_PORT = Number(process.env['DESKTOP_PORT'] ?? 4181);

/** The projects that run the built desktop app and need no web server. */
const DESKTOP_PROJECTS = new Set(['desktop', 'electron']);

/** The projects named on the command line (`--project a`, `--project=a`, `--project a b`). */
function selectedProjects(argv: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
    if (arg !== '--project') continue;
    while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-')) names.push(argv[++i]!);
  }
  return names;
}

const selected = selectedProjects(process.argv);
const needsWebServer = selected.length === 0 || selected.some((name) => !DESKTOP_PROJECTS.has(name));

export default defineConfig<DesktopOptions>({
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [
    ['list'],
    ['./tests/skip-reasons-reporter.ts'],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      // The built desktop app: main in Node on a fake `electron`, the renderer in Chromium.
      name: 'desktop',
      testDir: 'tests/desktop',
      // Each test starts the app (and the first one Chromium) on a 2-core machine.
      timeout: 60_000,
      use: {
        desktopDriver: 'harness',
        desktopPort: DESKTOP_PORT,
        launchOptions: chromiumLaunchOptions(),
        // Tracing the graph page costs ~40% of the suite's time; `--trace on` when debugging.
        trace: 'off',
      },
    },
    {
      // The same specs on the real Electron binary; they skip, saying why, where it cannot run.
      name: 'electron',
      testDir: 'tests/desktop',
      timeout: 60_000,
      testIgnore: ['**/fake-electron.spec.ts'],
      use: { desktopDriver: 'electron' },
    },
  ],
  // Only the web project needs the web build served; `npm run test:desktop` starts none.
  webServer: needsWebServer
    ? {
        command: `npx vite preview --config vite.web.config.mts --host 127.0.0.1 --port ${PORT} --strictPort`,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: !process.env['CI'],
        timeout: 60_000,
        stdout: 'ignore',
      }
    : undefined,
});
