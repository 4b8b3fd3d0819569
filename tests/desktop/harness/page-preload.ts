import { readFileSync } from 'node:fs';

/** Names of what the harness puts on a page's `window` (there is no isolated world: see the README). */
export const PAGE_NAMES = {
  /** The Playwright binding `ipcRenderer.invoke` calls; main's real handlers answer it. */
  invoke: '__desktopHarnessInvoke',
  /** Where main's `webContents.send` messages are delivered to `ipcRenderer.on` listeners. */
  deliver: '__desktopHarnessDeliver',
} as const;

type PageNames = typeof PAGE_NAMES;
type Listener = (event: unknown, ...args: unknown[]) => void;
type Reply = { ok: true; value: unknown } | { ok: false; message: string };
type Preload = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

/**
 * Runs in the page (serialised with `toString`, so it uses nothing from this file): gives the
 * built preload what Electron's sandbox gives it, a `require` that knows only `electron`, and
 * runs it. Like Electron with `nodeIntegrationInSubFrames` off, only top-level frames get it.
 */
function installPreload(names: PageNames, preload: Preload): void {
  if (window.top !== window) return;
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]): Promise<unknown> => {
      const binding: unknown = Reflect.get(window, names.invoke);
      if (typeof binding !== 'function') throw new Error('desktop harness: the IPC binding is missing');
      const reply: Reply = await Reflect.apply(binding, window, [channel, args]);
      if (!reply.ok) throw new Error(reply.message);
      return reply.value;
    },
    on: (channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return ipcRenderer;
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => {
      if (key in window)
        throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      // contextBridge hands the page a frozen copy; functions stay callable.
      Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  const electron: Record<string, unknown> = { ipcRenderer, contextBridge };
  Object.defineProperty(window, names.deliver, {
    value: (channel: string, args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? [])
        listener({ sender: ipcRenderer, senderId: 0 }, ...args);
    },
  });
  const sandboxRequire = (id: string): unknown => {
    if (id !== 'electron') throw new Error(`module not found: ${id}`);
    return new Proxy(electron, {
      get: (target, key) => {
        if (typeof key === 'string' && !(key in target)) {
          throw new Error(`desktop harness: electron.${key} is not faked in the preload`);
        }
        return Reflect.get(target, key);
      },
    });
  };
  const module = { exports: {} };
  preload(sandboxRequire, module, module.exports);
}

/**
 * The init script for every page: {@link installPreload} around the built preload's source,
 * pasted in as a function body (the page's CSP forbids `eval`, and an init script is exempt).
 */
export function preloadInitScript(preloadPath: string): string {
  const source = readFileSync(preloadPath, 'utf8');
  return `(${installPreload.toString()})(${JSON.stringify(PAGE_NAMES)}, function (require, module, exports) {\n${source}\n});`;
}
