/**
 * The pages `npm run bench` times start-up on: the app's web build and a bare React Flow
 * page with the same 56 topic nodes (memo nodes, nothing else), both built into
 * node_modules/.cache/roadmap-bench (not dist-web, which the end-to-end tests use) and
 * served by one small static server, so the two differ only in their own code.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type * as Vite from 'vite';
import { layoutRoadmap } from '../renderer/src/domain';
import type { Roadmap } from '../renderer/src/domain';
import { PROJECT_ROOT, UserFacingError } from './process-helpers';

const CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'roadmap-bench');
/** The app's web build. */
export const APP_DIR = join(CACHE, 'app');
/** The bare React Flow page's build. */
export const BARE_DIR = join(CACHE, 'bare');

// As in scripts/web.ts: Vite through tsx's require hook breaks its own build.
const loadVite = (): Promise<typeof Vite> => import('vite');

/** Builds the app as `npm run web` does, into {@link APP_DIR}. */
export async function buildApp(): Promise<void> {
  const { build } = await loadVite();
  try {
    await build({
      configFile: join(PROJECT_ROOT, 'vite.web.config.mts'),
      root: join(PROJECT_ROOT, 'renderer'),
      logLevel: 'warn',
      build: { outDir: APP_DIR, emptyOutDir: true },
    });
  } catch {
    throw new UserFacingError('the web build failed (see the errors above)');
  }
}

// Plain JavaScript, no JSX: the page needs no plugin, only React and React Flow.
const BARE_MAIN = `
import { createElement as h, memo, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import nodes from './nodes.json';

const Topic = memo(function Topic({ data }) {
  return h('div', { className: 'bare-topic' }, data.label);
});
const nodeTypes = { topic: Topic };

createRoot(document.getElementById('root')).render(
  h(StrictMode, null, h('div', { style: { width: '100vw', height: '100vh' } },
    h(ReactFlow, { nodes, nodeTypes, fitView: true, minZoom: 0.05 }))),
);
`;

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Bare React Flow</title>
  <style>body { margin: 0; font: 14px system-ui; } .bare-topic { width: 100%; height: 100%; border: 1px solid #888; border-radius: 6px; padding: 6px; box-sizing: border-box; background: #fff; }</style></head>
  <body><div id="root"></div><script type="module" src="./main.js"></script></body>
</html>
`;

/** Builds the bare page into {@link BARE_DIR} with the roadmap's topics where the app puts them. */
export async function buildBarePage(roadmap: Roadmap): Promise<void> {
  const layout = layoutRoadmap(roadmap);
  const nodes = layout.topics.map((box) => ({
    id: box.id,
    type: 'topic',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    style: { width: box.width, height: box.height },
    data: { label: roadmap.topicsById.get(box.id)?.title ?? box.id },
  }));
  // Inside node_modules so that Vite resolves react and @xyflow/react from the project.
  const source = join(CACHE, 'bare-src');
  rmSync(source, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'index.html'), BARE_HTML);
  writeFileSync(join(source, 'main.js'), BARE_MAIN);
  writeFileSync(join(source, 'nodes.json'), JSON.stringify(nodes));
  const { build } = await loadVite();
  await build({
    configFile: false,
    root: source,
    base: './',
    // Not 'warn': Rolldown warns that React Flow's "use client" means nothing in a bundle.
    logLevel: 'error',
    build: { outDir: BARE_DIR, emptyOutDir: true },
  });
}

/**
 * KiB of gzip (level 9) in the JavaScript the first paint waits for: the entry script and
 * every chunk the built index.html preloads (its static imports). Lazy chunks do not count.
 */
export function startupJsGzipKiB(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url) files.add(normalize(join(dir, url)));
  }
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  return bytes / 1024;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A running server: `url(dir)` is where a folder's index.html is. */
export type StaticServer = { url: (dir: string) => string; close: () => Promise<void> };

/** Serves the cache folder (both pages) on 127.0.0.1:`port`. */
export async function serveBenchPages(port: number): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(CACHE, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(CACHE + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new UserFacingError(`port ${port} is already in use; set BENCH_PORT to use another one`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: (dir) =>
      `http://127.0.0.1:${bound}/${dir
        .slice(CACHE.length + 1)
        .split(sep)
        .join('/')}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
