import type { AppCommand } from '../platform';

/**
 * The keys of the app's commands, written as Electron accelerators. The desktop menu
 * carries the same ones (electron/main/menu-template.ts; a test keeps the two equal), so a
 * shortcut does the same thing in the browser and on the desktop.
 */
export const COMMAND_KEYS = {
  'export-calendar': 'CmdOrCtrl+E',
  'export-backup': 'CmdOrCtrl+Shift+E',
  'import-backup': 'CmdOrCtrl+O',
  'view-graph': 'CmdOrCtrl+1',
  'view-plan': 'CmdOrCtrl+2',
  'view-schedule': 'CmdOrCtrl+3',
  'view-progress': 'CmdOrCtrl+4',
  'find-topic': 'CmdOrCtrl+K',
  'show-help': 'F1',
} as const satisfies Record<AppCommand, string>;

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
  for (const [command, accelerator] of Object.entries(COMMAND_KEYS) as [AppCommand, string][]) {
    if (matchesAccelerator(accelerator, press, isMac)) return command;
  }
  return null;
}
