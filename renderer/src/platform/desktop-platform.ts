import type { DesktopApi, Platform } from './platform';

/** The Electron platform, over the object the preload exposes. */
export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    getVersion: () => api.getVersion(),
    saveFile: (request) => api.saveFile(request),
    openFile: (request) => api.openFile(request),
    openSaved: (token) => api.openSaved(token),
    revealSaved: (token) => api.revealSaved(token),
    // The desktop asks no leave, but some systems have no notifications at all.
    allowNotifications: () => api.canNotify(),
    notify: (request) => api.notify(request),
    onCommand: (listener) => api.onCommand(listener),
    calendarFiles: {
      pick: () => api.pickCalendarFile(),
      read: (path) => api.readCalendarFile(path),
    },
    calendarSync: api.calendarSync,
  };
}
