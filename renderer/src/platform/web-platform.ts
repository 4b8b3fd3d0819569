import type { OpenFileResult, Platform } from './platform';

/** The plain-browser platform: downloads and the file picker stand in for native dialogs. */
export function createWebPlatform(version: string): Platform {
  return {
    kind: 'web',
    getVersion: () => Promise.resolve(version),
    saveFile: ({ suggestedName, contents, mimeType, encoding }) => {
      const body = encoding === 'base64' ? bytesOfBase64(contents) : contents;
      const url = URL.createObjectURL(new Blob([body], { type: mimeType ?? 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      // Revoked later, not at once: some browsers start the download after this task.
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
      return Promise.resolve({ saved: true });
    },
    openFile: ({ extensions, maxBytes }) =>
      new Promise<OpenFileResult | null>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = extensions.map((e) => `.${e}`).join(',');
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          // A file over the limit is refused by its size, never read into memory.
          if (file.size > maxBytes) return resolve({ name: file.name, size: file.size, text: null });
          file.text().then((text) => resolve({ name: file.name, size: file.size, text }), reject);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      }),
    // A download lands where the browser puts it: the page cannot open or show it.
    openSaved: () => Promise.resolve(false),
    revealSaved: () => Promise.resolve(false),
    allowNotifications: async () => {
      if (!('Notification' in window)) return false;
      if (Notification.permission === 'default') await Notification.requestPermission();
      return Notification.permission === 'granted';
    },
    notify: ({ title, body }) => {
      if (!('Notification' in window) || Notification.permission !== 'granted') return Promise.resolve(false);
      new Notification(title, { body });
      return Promise.resolve(true);
    },
    // A browser page has no native menu: its commands come from the keyboard only.
    onCommand: () => () => {},
    calendarFiles: null,
    calendarSync: null,
  };
}

/** The bytes a base64 string stands for (`atob` gives one character per byte). */
function bytesOfBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
