import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake of the `electron` module: the rules run in Node, without Electron's binary.
const openExternal = vi.fn((_url: string) => Promise.resolve());
vi.mock('electron', () => ({ shell: { openExternal } }));

const { hardenContents } = await import('./harden');

type Listener = (event: { url: string; preventDefault: () => void }) => void;
type OpenHandler = (details: { url: string }) => { action: string };

/** A web contents that records what the rules set on it. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

const ORIGIN = 'app://roadmap-planner';

describe('hardenContents', () => {
  beforeEach(() => openExternal.mockClear());

  it('refuses navigations and redirects away from the app, and every webview', () => {
    const fake = fakeContents();
    hardenContents(fake.contents as never, ORIGIN);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-frame-navigate', 'https://example.com/frame')).toBe(true);
    expect(fake.fire('will-navigate', 'app://roadmap-planner/index.html#schedule')).toBe(false);
    expect(fake.fire('will-attach-webview', 'app://roadmap-planner/')).toBe(true);
  });

  it('never opens a window; https links go to the system browser, nothing else does', () => {
    const fake = fakeContents();
    hardenContents(fake.contents as never, ORIGIN);
    expect(fake.open('https://fastapi.tiangolo.com/tutorial/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://fastapi.tiangolo.com/tutorial/');
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://me:pw@x.com/',
    ]) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
