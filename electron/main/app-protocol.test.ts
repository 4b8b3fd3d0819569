import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, resolveAppRequest } from './app-protocol';

const root = '/opt/roadmap-planner/out/renderer';

describe('resolveAppRequest', () => {
  it('serves the entry page and assets from the renderer folder', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)).toEqual({ path: `${root}/index.html` });
    expect(resolveAppRequest(`${APP_ORIGIN}/assets/index-abc.js`, root)).toEqual({
      path: `${root}/assets/index-abc.js`,
    });
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppRequest(`${APP_ORIGIN}/`, root)).toEqual({ path: `${root}/index.html` });
    expect(resolveAppRequest(APP_ORIGIN, root)).toEqual({ path: `${root}/index.html` });
  });

  it('ignores the query and fragment', () => {
    expect(resolveAppRequest(`${APP_ORIGIN}/index.html?x=1#plan`, root)).toEqual({
      path: `${root}/index.html`,
    });
  });

  it('decodes escaped names', () => {
    expect(resolveAppRequest(`${APP_ORIGIN}/fonts/My%20Font.woff2`, root)).toEqual({
      path: `${root}/fonts/My Font.woff2`,
    });
  });

  it('keeps dot segments the URL parser already removed inside the root', () => {
    // `%2e%2e` is `..` to the URL parser, which drops it before we see the path.
    expect(resolveAppRequest(`${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`, root)).toEqual({
      path: `${root}/etc/passwd`,
    });
    // A decoded leading slash must not make the path absolute.
    expect(resolveAppRequest(`${APP_ORIGIN}/%2Fetc%2Fpasswd`, root)).toEqual({
      path: `${root}/etc/passwd`,
    });
  });

  it.each([
    `${APP_ORIGIN}/..%2F..%2Fsecret`,
    `${APP_ORIGIN}/assets/..%2F..%2F..%2Fetc%2Fpasswd`,
    // A sibling folder whose name starts with the root's name is still outside it.
    `${APP_ORIGIN}/..%2Frenderer-evil%2Fx.js`,
    `${APP_ORIGIN}/..%2F`,
  ])('refuses %s, which escapes the renderer folder', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 403 });
  });

  it('refuses Windows-style escapes with backslashes and drive letters', () => {
    const winRoot = 'C:\\Program Files\\Roadmap Planner\\resources\\app.asar\\out\\renderer';
    expect(resolveAppRequest(`${APP_ORIGIN}/..%5C..%5Csecret.txt`, winRoot, path.win32)).toEqual({
      status: 403,
    });
    expect(resolveAppRequest(`${APP_ORIGIN}/D:%5Csecret.txt`, winRoot, path.win32)).toEqual({
      status: 403,
    });
    expect(resolveAppRequest(`${APP_ORIGIN}/assets%5Capp.js`, winRoot, path.win32)).toEqual({
      path: `${winRoot}\\assets\\app.js`,
    });
  });

  it('refuses malformed escapes and NUL bytes', () => {
    expect(resolveAppRequest(`${APP_ORIGIN}/%E0%A4%A`, root)).toEqual({ status: 400 });
    expect(resolveAppRequest(`${APP_ORIGIN}/index.html%00.png`, root)).toEqual({ status: 400 });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppRequest('app://other-host/index.html', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('file:///etc/passwd', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('https://roadmap-planner/index.html', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('not a url', root)).toEqual({ status: 400 });
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure origin that still obeys CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});
