import { FakeApp } from './app';
import { browserWindowClass } from './browser-window';
import type { FakeBrowserWindow, WindowContext, WindowHost } from './browser-window';
import { menuClass } from './menu';
import type { FakeMenu } from './menu';
import { FakeSafeStorage } from './safe-storage';
import {
  FakeDialog,
  FakeIpcMain,
  FakeNativeTheme,
  fakeNet,
  FakeNotification,
  FakeProtocol,
  fakeScreen,
  FakeSession,
  FakeShell,
} from './services';
import { Lifecycle, strict } from './strict';

export { loadMain } from './load-main';
export type { FakeBrowserWindow, WindowHost } from './browser-window';
export type { InvokeReply } from './services';
export { FakeSafeStorage } from './safe-storage';

/** One fake Electron: the module main `require`s, and the handles the harness and tests use. */
export type FakeElectron = {
  /** What `require('electron')` returns in main: anything not faked throws when read. */
  module: object;
  app: FakeApp;
  dialog: FakeDialog;
  shell: FakeShell;
  protocol: FakeProtocol;
  ipcMain: FakeIpcMain;
  session: FakeSession;
  /** The keychain: works after `ready` unless a test takes it away. */
  safeStorage: FakeSafeStorage;
  /** The open windows, oldest first. */
  windows: readonly FakeBrowserWindow[];
  /** The menu main set with `Menu.setApplicationMenu`. */
  applicationMenu(): FakeMenu | null;
};

/** Makes a fresh fake Electron for one launch of main, its windows standing on `host`. */
export function createFakeElectron(options: {
  userData: string;
  version: string;
  host: WindowHost;
}): FakeElectron {
  const lifecycle = new Lifecycle();
  const app = new FakeApp(lifecycle, options);
  const context: WindowContext = { lifecycle, app, host: options.host, windows: [], nextId: 1 };
  const dialog = new FakeDialog(lifecycle);
  const shell = new FakeShell();
  const protocol = new FakeProtocol(lifecycle);
  const ipcMain = new FakeIpcMain();
  const session = new FakeSession();
  const safeStorage = new FakeSafeStorage(lifecycle);
  const Menu = menuClass(() => context.windows[0]);
  const module = strict('electron', {
    app: strict('app', app),
    BrowserWindow: browserWindowClass(context),
    dialog: strict('dialog', dialog),
    ipcMain: strict('ipcMain', ipcMain),
    Menu,
    nativeTheme: strict('nativeTheme', new FakeNativeTheme()),
    net: fakeNet(lifecycle),
    Notification: FakeNotification,
    protocol: strict('protocol', protocol),
    safeStorage: strict('safeStorage', safeStorage),
    screen: fakeScreen(lifecycle),
    session: strict('session', {
      get defaultSession() {
        lifecycle.requireReady('session.defaultSession');
        return strict('defaultSession', session);
      },
    }),
    shell: strict('shell', shell),
  });
  return {
    module,
    app,
    dialog,
    shell,
    protocol,
    ipcMain,
    session,
    safeStorage,
    windows: context.windows,
    applicationMenu: () => Menu.getApplicationMenu(),
  };
}
