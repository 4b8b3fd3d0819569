import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './app-protocol';
import { decideWindowOpen, isAppUrl, isNavigationAllowed, isSafeExternalUrl } from './navigation-policy';

describe('isAppUrl', () => {
  it('accepts pages of the packaged app', () => {
    expect(isAppUrl('app://roadmap-planner/index.html', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://roadmap-planner/index.html#/plan', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('app://ROADMAP-PLANNER/', APP_ORIGIN)).toBe(true);
  });

  it('accepts pages of the dev server, port included', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
  });

  it('refuses other hosts, schemes and look-alikes', () => {
    expect(isAppUrl('app://other/index.html', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('app://roadmap-planner.evil.com/', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('https://roadmap-planner/', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('about:blank', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('', APP_ORIGIN)).toBe(false);
  });

  it('refuses everything when the app origin has no host', () => {
    expect(isAppUrl('file:///index.html', 'file:///')).toBe(false);
    expect(isAppUrl('app://roadmap-planner/', 'not a url')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain https links', () => {
    expect(isSafeExternalUrl('https://fastapi.tiangolo.com/tutorial/')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'vscode://file/etc/passwd',
    'app://roadmap-planner/index.html',
    'https://user:secret@example.com/',
    'https://',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('never opens a window, but sends https links to the system browser', () => {
    expect(decideWindowOpen('https://example.com/')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(decideWindowOpen('app://roadmap-planner/index.html')).toEqual({
      action: 'deny',
      openExternally: false,
    });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({
      action: 'deny',
      openExternally: false,
    });
  });
});

describe('isNavigationAllowed', () => {
  it('allows navigation inside the app only', () => {
    expect(isNavigationAllowed('app://roadmap-planner/index.html', APP_ORIGIN)).toBe(true);
    expect(isNavigationAllowed('https://example.com/', APP_ORIGIN)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', APP_ORIGIN)).toBe(false);
  });
});
