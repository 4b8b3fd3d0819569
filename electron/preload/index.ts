import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isAppCommand } from '../shared/commands';
import { DESKTOP_API_KEY, MENU_COMMAND_CHANNEL } from '../shared/ipc-contract';
import type { AppCommand, DesktopApi, IpcChannel, IpcContract } from '../shared/ipc-contract';

/** Calls one channel of the contract; the only way the renderer reaches the main process. */
function invoke<C extends IpcChannel>(
  channel: C,
  ...args: Parameters<IpcContract[C]>
): Promise<Awaited<ReturnType<IpcContract[C]>>> {
  return ipcRenderer.invoke(channel, ...args);
}

// The renderer gets exactly these calls, never `ipcRenderer` itself (which would let a
// compromised page send on any channel and listen to every reply).
const api = {
  platform: 'desktop',
  getVersion: () => invoke('app:get-version'),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  notify: (request) => invoke('app:notify', request),
  canNotify: () => invoke('app:can-notify'),
  openSaved: (token) => invoke('file:open-saved', token),
  revealSaved: (token) => invoke('file:reveal-saved', token),
  pickCalendarFile: () => invoke('busy:pick'),
  readCalendarFile: (path) => invoke('busy:read', path),
  calendarSync: {
    connect: (request) => invoke('caldav:connect', request),
    account: () => invoke('caldav:account'),
    calendars: () => invoke('caldav:calendars'),
    makeCalendar: (name) => invoke('caldav:make-calendar', name),
    list: (calendarUrl) => invoke('caldav:list', calendarUrl),
    write: (write) => invoke('caldav:write', write),
    disconnect: () => invoke('caldav:disconnect'),
  },
  onCommand: (listener: (command: AppCommand) => void) => {
    // The page gets the command only, never the event (whose `sender` is ipcRenderer).
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
