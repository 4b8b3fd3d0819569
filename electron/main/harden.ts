import { shell } from 'electron';
import type { Event as ElectronEvent, WebContents } from 'electron';
import { decideWindowOpen, isNavigationAllowed, isSafeExternalUrl } from './navigation-policy';

/** The parts of a `WebContents` the rules are set on. */
export type HardenedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applies the navigation, window and webview rules to one web contents: navigations and
 * redirects away from the app are refused, webviews never attach, new windows are never
 * opened (safe https links go to the system browser instead).
 */
export function hardenContents(contents: HardenedContents, appOrigin: string): void {
  const refuseNavigation = (event: ElectronEvent<{ url: string }>) => {
    if (!isNavigationAllowed(event.url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  // Subframes too (the CSP keeps foreign frames out already; this is the second lock).
  contents.on('will-frame-navigate', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally && isSafeExternalUrl(url)) {
      // electronegativity: OPEN_EXTERNAL_JS_CHECK — only https URLs with a host and no
      // credentials get here (isSafeExternalUrl, unit-tested in navigation-policy.test.ts).
      shell.openExternal(url).catch((error: unknown) => {
        console.error(`Could not open ${url} in the system browser:`, error);
      });
    }
    return { action: 'deny' };
  });
}
