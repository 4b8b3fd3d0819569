import { APP_ORIGIN } from '../../../electron/main/app-protocol';

/**
 * Maps between the app's `app://roadmap-planner/…` URLs and the loopback origin the harness
 * serves them on. The port is fixed: the origin decides where Chromium keeps IndexedDB, so a
 * relaunch on another port would start with no data.
 */
export class UrlMap {
  /** `http://127.0.0.1:<port>`: where the page sees the app. */
  readonly httpOrigin: string;
  /** Another origin, for the page that tries IPC from outside the app. */
  readonly otherOrigin: string;

  constructor(port: number) {
    this.httpOrigin = `http://127.0.0.1:${port}`;
    this.otherOrigin = `http://127.0.0.1:${port + 1}`;
  }

  /** `app://roadmap-planner/x` → `http://127.0.0.1:<port>/x`; throws for any other URL. */
  toHttp(appUrl: string): string {
    if (!appUrl.startsWith(`${APP_ORIGIN}/`)) {
      throw new Error(`desktop harness: main loaded ${appUrl}; only ${APP_ORIGIN} URLs are served`);
    }
    return this.httpOrigin + appUrl.slice(APP_ORIGIN.length);
  }

  /** The URL as Electron would report it: the app's origin back to `app://`, others as they are. */
  toApp(url: string): string {
    return url === this.httpOrigin || url.startsWith(`${this.httpOrigin}/`)
      ? APP_ORIGIN + (url.slice(this.httpOrigin.length) || '/')
      : url;
  }

  isApp(url: string): boolean {
    return this.toApp(url) !== url;
  }

  isOther(url: string): boolean {
    return url.startsWith(`${this.otherOrigin}/`);
  }
}
