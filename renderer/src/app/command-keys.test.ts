import { describe, expect, it } from 'vitest';
import { commandForKey } from './command-keys';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('command keys', () => {
  it('reads Ctrl on Linux and Windows, ⌘ on macOS', () => {
    expect(commandForKey(press('3', { ctrlKey: true }), false)).toBe('view-schedule');
    expect(commandForKey(press('3', { metaKey: true }), true)).toBe('view-schedule');
    expect(commandForKey(press('3', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('3'), false)).toBeNull();
  });

  it('tells Shift apart, ignores letter case, and knows F1', () => {
    expect(commandForKey(press('e', { ctrlKey: true }), false)).toBe('export-calendar');
    expect(commandForKey(press('E', { ctrlKey: true, shiftKey: true }), false)).toBe('export-backup');
    expect(commandForKey(press('F1'), false)).toBe('show-help');
    expect(commandForKey(press('o', { ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});
