import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  withContentSecurityPolicy,
} from './content-security-policy';

/** Parses a policy into directive → sources, to assert on meaning rather than spelling. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('never allows eval or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
  });
});

describe('devContentSecurityPolicy', () => {
  const dev = directives(devContentSecurityPolicy('http://localhost:5173'));

  it('allows the Fast Refresh preamble and the HMR socket of that one dev server', () => {
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });

  it('keeps everything else as strict as production, and never allows eval', () => {
    const production = directives(CONTENT_SECURITY_POLICY);
    for (const [name, sources] of production) {
      if (name !== 'script-src' && name !== 'connect-src') expect(dev.get(name)).toEqual(sources);
    }
    expect(devContentSecurityPolicy('http://localhost:5173')).not.toContain('unsafe-eval');
  });

  it('uses wss for an https dev server', () => {
    expect(devContentSecurityPolicy('https://127.0.0.1:5173')).toContain('wss://127.0.0.1:5173');
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy and keeps other headers', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, 'default-src x')).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ['default-src x'],
    });
  });

  it('replaces a server policy in any spelling, so it cannot be loosened', () => {
    const headers = {
      'content-security-policy': ["script-src 'unsafe-eval'"],
      'CONTENT-SECURITY-POLICY': ['*'],
    };
    expect(withContentSecurityPolicy(headers, 'default-src x')).toEqual({
      'Content-Security-Policy': ['default-src x'],
    });
  });

  it('works when the response has no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'default-src x')).toEqual({
      'Content-Security-Policy': ['default-src x'],
    });
  });
});
