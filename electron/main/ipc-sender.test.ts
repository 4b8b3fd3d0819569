import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from './app-protocol';
import { guardHandler, isTrustedSender, UntrustedSenderError } from './ipc-sender';

const appFrame = { url: 'app://roadmap-planner/index.html', parent: null };

describe('isTrustedSender', () => {
  it('trusts the app page in the top-level frame', () => {
    expect(isTrustedSender(appFrame, APP_ORIGIN)).toBe(true);
  });

  it('trusts the dev server page when that is the app origin', () => {
    const frame = { url: 'http://localhost:5173/', parent: null };
    expect(isTrustedSender(frame, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(frame, APP_ORIGIN)).toBe(false);
  });

  it('refuses destroyed frames, iframes and foreign pages', () => {
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...appFrame, parent: appFrame }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null }, APP_ORIGIN)).toBe(false);
  });
});

describe('guardHandler', () => {
  it('runs the handler with the arguments for a trusted sender', () => {
    const handler = vi.fn((a: number, b: number) => a + b);
    const guarded = guardHandler('math:add', APP_ORIGIN, handler);
    expect(guarded({ senderFrame: appFrame }, 2, 3)).toBe(5);
    expect(handler).toHaveBeenCalledWith(2, 3);
  });

  it('refuses an untrusted sender without running the handler', () => {
    const handler = vi.fn(() => 'secret');
    const guarded = guardHandler('app:get-version', APP_ORIGIN, handler);
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(() => guarded(foreign)).toThrow(UntrustedSenderError);
    expect(() => guarded({ senderFrame: null })).toThrow(/app:get-version/);
    expect(handler).not.toHaveBeenCalled();
  });
});
