/**
 * `npm run web`: builds the renderer as a plain web app and serves it on 127.0.0.1, for
 * machines without Electron's binary and for anyone who prefers a browser.
 */
import { join } from 'node:path';
import type * as Vite from 'vite';
import type { ResolvedServerUrls } from 'vite';
import { exitWithError, isEntryPoint, PROJECT_ROOT, resolvePort, UserFacingError } from './process-helpers';

const HOST = '127.0.0.1';
const WEB_CONFIG = join(PROJECT_ROOT, 'vite.web.config.mts');
// The config's `root` is relative to the current directory; pinning it lets the scripts run
// from anywhere, not only from the project root as npm does.
const WEB_ROOT = join(PROJECT_ROOT, 'renderer');

// Vite is loaded with `import()`, never a static import: tsx runs these scripts as CommonJS
// (package.json has no "type": "module"), and Vite pulled in through tsx's `require` hook
// breaks its own build ("./modulepreload-polyfill" is not exported from vite).
const loadVite = (): Promise<typeof Vite> => import('vite');

/** A running server: where it is and how to stop it. */
export type WebServer = { url: string; close: () => Promise<void> };

function announce(urls: ResolvedServerUrls | null, port: number): string {
  const url = urls?.local[0] ?? `http://${HOST}:${port}/`;
  console.log(`Roadmap Planner is running at ${url}`);
  return url;
}

function closeOnSignals(close: () => Promise<void>): void {
  const stop = (): void => {
    close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Turns Vite's "port in use" into advice; other errors pass through. */
function explainListenError(error: unknown, port: number): unknown {
  const inUse =
    (error instanceof Error && /already in use/i.test(error.message)) ||
    (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE');
  return inUse ? new UserFacingError(`port ${port} is already in use; set PORT to use another one`) : error;
}

/**
 * Builds the web app into dist-web/ and serves it with Vite's preview server on
 * 127.0.0.1:$PORT (default 4173; the port is strict, never silently changed). Prints the URL
 * as one line and resolves once the server listens.
 */
export async function serveWeb(env: NodeJS.ProcessEnv = process.env): Promise<WebServer> {
  const port = resolvePort(env['PORT'], 4173);
  const { build, preview } = await loadVite();
  try {
    await build({ configFile: WEB_CONFIG, root: WEB_ROOT, logLevel: 'warn' });
  } catch {
    // Vite has already printed the build error with its code frame.
    throw new UserFacingError('the web build failed (see the errors above)');
  }
  const server = await preview({
    configFile: WEB_CONFIG,
    root: WEB_ROOT,
    logLevel: 'warn',
    preview: { host: HOST, port, strictPort: true, open: false },
  }).catch((error: unknown) => {
    throw explainListenError(error, port);
  });
  const url = announce(server.resolvedUrls, port);
  const close = (): Promise<void> => server.close();
  closeOnSignals(close);
  return { url, close };
}

/**
 * Runs the renderer on Vite's dev server (hot reload) at 127.0.0.1:$PORT (default 5173):
 * `npm run dev` where Electron's binary is missing.
 */
export async function serveWebDev(env: NodeJS.ProcessEnv = process.env): Promise<WebServer> {
  const port = resolvePort(env['PORT'], 5173);
  const { createServer } = await loadVite();
  const server = await createServer({
    configFile: WEB_CONFIG,
    root: WEB_ROOT,
    logLevel: 'warn',
    server: { host: HOST, port, strictPort: true, open: false },
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw explainListenError(error, port);
  }
  const url = announce(server.resolvedUrls, port);
  const close = (): Promise<void> => server.close();
  closeOnSignals(close);
  return { url, close };
}

if (isEntryPoint(import.meta.filename)) {
  serveWeb().catch((error: unknown) => exitWithError('Could not start Roadmap Planner', error));
}
