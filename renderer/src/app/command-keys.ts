import { APP_COMMANDS, COMMANDS } from '../../../electron/shared/commands';
import type { AppCommand } from '../../../electron/shared/commands';

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key press is an accelerator (`CmdOrCtrl` is ⌘ on macOS, Ctrl elsewhere). */
export function matchesAccelerator(accelerator: string, press: KeyPress, isMac: boolean): boolean {
  const parts = accelerator.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const wants = new Set(parts.slice(0, -1));
  const command = wants.has('CmdOrCtrl');
  return (
    press.key.toLowerCase() === key &&
    (isMac ? press.metaKey : press.ctrlKey) === command &&
    (isMac ? press.ctrlKey : press.metaKey) === false &&
    press.shiftKey === wants.has('Shift') &&
    press.altKey === wants.has('Alt')
  );
}

/** The command a key press asks for, if any. */
export function commandForKey(press: KeyPress, isMac: boolean): AppCommand | null {
  return APP_COMMANDS.find((command) => matchesAccelerator(COMMANDS[command].keys, press, isMac)) ?? null;
}
