/**
 * The app's commands: one table for the names, the keys (Electron accelerators) and the
 * menu labels. Main builds its menu from it and the renderer listens for the same keys, so
 * a shortcut does the same thing in the browser and on the desktop. Values only, no
 * Electron or DOM: both sides import it.
 */
export const COMMANDS = {
  'import-roadmap': {
    keys: 'CmdOrCtrl+Shift+O',
    label: 'Import Roadmap…',
    help: 'Import a roadmap (Markdown or JSON Canvas)',
  },
  'export-calendar': {
    keys: 'CmdOrCtrl+E',
    label: 'Export Calendar…',
    help: 'Export the plan to your calendar',
  },
  'export-picture': {
    keys: 'CmdOrCtrl+Shift+S',
    label: 'Export Picture…',
    help: 'Save a picture of the whole graph (PNG or SVG)',
  },
  'export-backup': { keys: 'CmdOrCtrl+Shift+E', label: 'Export Backup…', help: 'Export a backup' },
  'import-backup': { keys: 'CmdOrCtrl+O', label: 'Import Backup…', help: 'Import a backup' },
  'view-graph': { keys: 'CmdOrCtrl+1', label: 'Graph', help: 'Show the graph' },
  'view-plan': { keys: 'CmdOrCtrl+2', label: 'Plan', help: 'Show the plan' },
  'view-schedule': { keys: 'CmdOrCtrl+3', label: 'Schedule', help: 'Show the schedule' },
  'view-progress': { keys: 'CmdOrCtrl+4', label: 'Progress', help: 'Show progress' },
  'view-review': {
    keys: 'CmdOrCtrl+5',
    label: 'Review',
    help: 'Review the topics due today (then 1–4 rates)',
  },
  'find-topic': { keys: 'CmdOrCtrl+K', label: 'Find Topic…', help: 'Find a topic (also /)' },
  'show-help': { keys: 'F1', label: 'Documentation', help: 'This help' },
} as const satisfies Record<string, { keys: string; label: string; help: string }>;

/** A command the menu sends to the renderer and the renderer runs. */
export type AppCommand = keyof typeof COMMANDS;

/** Every command, in the table's order. */
export const APP_COMMANDS = Object.keys(COMMANDS) as AppCommand[];

/** Whether a value from the other side of the bridge is one of our commands. */
export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}
