import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS } from '../shared/commands';
import type { AppCommand } from '../shared/commands';

/** What the menu needs from main: where to send commands, and the platform. */
export type MenuInput = {
  appName: string;
  isMac: boolean;
  /** Sends a command to the window, which runs it as it runs its own shortcut. */
  send: (command: AppCommand) => void;
};

/**
 * The application menu: File, Edit, View and Help (and the app menu on macOS). Items that
 * are the app's commands carry an id (the command), its accelerator, and a click that only
 * sends the command; the rest are Electron's roles.
 */
export function buildMenuTemplate({ appName, isMac, send }: MenuInput): MenuItemConstructorOptions[] {
  const command = (id: AppCommand): MenuItemConstructorOptions => ({
    id,
    label: COMMANDS[id].label,
    accelerator: COMMANDS[id].keys,
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
        command('import-roadmap'),
        separator,
        command('export-calendar'),
        command('export-picture'),
        separator,
        command('export-backup'),
        command('import-backup'),
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
        command('view-graph'),
        command('view-plan'),
        command('view-schedule'),
        command('view-progress'),
        command('view-review'),
        separator,
        command('find-topic'),
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
        command('show-help'),
        ...(isMac ? [] : [separator, { role: 'about', label: `About ${appName}` } as const]),
      ],
    },
  ];
}
