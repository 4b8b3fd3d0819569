import { describe, expect, it } from 'vitest';
import { isEntryPoint, resolvePort, UserFacingError } from './process-helpers';

describe('resolvePort', () => {
  it('uses the fallback when PORT is unset or blank', () => {
    expect(resolvePort(undefined, 4173)).toBe(4173);
    expect(resolvePort('  ', 4173)).toBe(4173);
  });

  it('reads a valid port', () => {
    expect(resolvePort('8080', 4173)).toBe(8080);
    expect(resolvePort(' 5173 ', 4173)).toBe(5173);
  });

  it.each(['0', '65536', 'abc', '80.5', '-1', '1e3', '0x50'])('refuses %s', (value) => {
    expect(() => resolvePort(value, 4173)).toThrow(UserFacingError);
  });
});

describe('isEntryPoint', () => {
  it('is true only for the script Node was started with', () => {
    expect(isEntryPoint(import.meta.filename, ['node', import.meta.filename])).toBe(true);
    expect(isEntryPoint(import.meta.filename, ['node', '/elsewhere/web.ts'])).toBe(false);
    expect(isEntryPoint(import.meta.filename, ['node'])).toBe(false);
  });
});
