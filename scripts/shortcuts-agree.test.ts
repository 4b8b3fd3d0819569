import { describe, expect, it } from 'vitest';
import { COMMAND_ACCELERATORS } from '../electron/main/menu-template';
import { COMMAND_KEYS } from '../renderer/src/app/command-keys';

// Main may not import renderer code, nor the renderer main's: this test sits between them.
describe('shortcuts', () => {
  it('are the same in the desktop menu and in the renderer', () => {
    expect(COMMAND_ACCELERATORS).toEqual(COMMAND_KEYS);
  });
});
