/** Parses a URL, or returns undefined where `new URL` would throw. */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` belongs to the app itself: same scheme and host (with port) as `appOrigin`,
 * which is `app://roadmap-planner` when packaged or the dev server's origin in development.
 * Compares scheme and host rather than `URL.origin`, which is the opaque `"null"` for custom
 * schemes in Node and would make every `app://` URL look alike.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const target = parseUrl(url);
  const origin = parseUrl(appOrigin);
  if (!target || !origin || origin.host === '') return false;
  // Chromium lowercases hosts of standard schemes; Node's URL does not for custom ones.
  return target.protocol === origin.protocol && target.host.toLowerCase() === origin.host.toLowerCase();
}

/**
 * Whether `url` may be handed to the system browser: https only (no `file:`, `javascript:`,
 * custom protocol handlers or plain http), with a host and without embedded credentials.
 */
export function isSafeExternalUrl(url: string): boolean {
  const target = parseUrl(url);
  if (!target) return false;
  return (
    target.protocol === 'https:' && target.hostname !== '' && target.username === '' && target.password === ''
  );
}

/** What to do with a request to open a new window: never open one; maybe hand it to the OS. */
export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/**
 * Decides a `window.open`/`target="_blank"` request. The app has one window, so new windows
 * are always denied; safe https links go to the system browser instead.
 */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/** Whether an in-window navigation or redirect to `url` may proceed (only within the app). */
export function isNavigationAllowed(url: string, appOrigin: string): boolean {
  return isAppUrl(url, appOrigin);
}
