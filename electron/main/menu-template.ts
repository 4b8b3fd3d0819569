import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/ipc-contract';

/** What the menu needs from main: where to send commands, and the platform. */
export type MenuInput = {
  appName: string;
  isMac: boolean;
  /** Sends a command to the window, which runs it as it runs its own shortcut. */
  send: (command: AppCommand) => void;
};

/**
 * The shortcut of each command: the same keys the renderer listens for itself
 * (`useGlobalShortcuts`), so the web app and the desktop app answer alike.
 */
export const COMMAND_ACCELERATORS = {
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

/**
 * The application menu: File, Edit, View and Help (and the app menu on macOS). Items that
 * are the app's commands carry an id (the command), its accelerator, and a click that only
 * sends the command; the rest are Electron's roles.
 */
export function buildMenuTemplate({ appName, isMac, send }: MenuInput): MenuItemConstructorOptions[] {
  const command = (id: AppCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: COMMAND_ACCELERATORS[id],
    click: () => send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: '&File',
      submenu: [
        command('export-calendar', 'Export Calendar…'),
        separator,
        command('export-backup', 'Export Backup…'),
        command('import-backup', 'Import Backup…'),
        ...(isMac ? [separator, { role: 'close' } as const] : [separator, { role: 'quit' } as const]),
      ],
    },
    {
      // Text fields need these roles (on macOS copy and paste work only through the menu);
      // the app's own undo of statuses listens to the same keys outside text fields.
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        command('view-graph', 'Graph'),
        command('view-plan', 'Plan'),
        command('view-schedule', 'Schedule'),
        command('view-progress', 'Progress'),
        separator,
        command('find-topic', 'Find Topic…'),
        separator,
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        command('show-help', 'Documentation'),
        ...(isMac ? [] : [separator, { role: 'about', label: `About ${appName}` } as const]),
      ],
    },
  ];
}
