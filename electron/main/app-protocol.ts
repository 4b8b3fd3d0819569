import path from 'node:path';
import type { CustomScheme } from 'electron';

/** Scheme the packaged renderer is served from, instead of `file://`. */
export const APP_SCHEME = 'app';

/** The one host under {@link APP_SCHEME}; any other host is refused. */
export const APP_HOST = 'roadmap-planner';

/** Origin of the packaged renderer, compared against navigation targets and IPC senders. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** URL the window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for {@link APP_SCHEME}, registered before the app is ready.
 * `standard` gives it a real origin (relative URLs, IndexedDB for Dexie), `secure` makes it a
 * secure context, `supportFetchAPI`/`corsEnabled` let module scripts and workers load, and
 * `codeCache` keeps start-up fast. `bypassCSP` stays off: our CSP must apply.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
} satisfies CustomScheme;

/** Outcome of mapping a request: a file to serve, or the HTTP status to refuse it with. */
export type AppRequestResolution = { path: string } | { status: 400 | 403 | 404 };

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps an `app://roadmap-planner/…` request URL to a file inside `rootDir` (the renderer's build
 * output). Refuses other schemes and hosts, malformed escapes, NUL bytes and anything that would
 * resolve outside `rootDir`. Does not touch the file system.
 */
export function resolveAppRequest(
  requestUrl: string,
  rootDir: string,
  pathApi: PathApi = path,
): AppRequestResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return { status: 404 };

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };

  const relativeRequest = pathname.replace(/^\/+/, '') || 'index.html';
  const root = pathApi.resolve(rootDir);
  const target = pathApi.resolve(root, relativeRequest);
  const fromRoot = pathApi.relative(root, target);
  // `relative` is the reliable containment test: prefix checks on strings are fooled by
  // sibling folders (`renderer-evil`) and by Windows drive letters.
  const escapes = fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`);
  if (fromRoot === '' || escapes || pathApi.isAbsolute(fromRoot)) return { status: 403 };
  return { path: target };
}
