import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, net, protocol, session, shell } from 'electron';
import type { Event as ElectronEvent, WebContents } from 'electron';
import type { IpcChannel, IpcContract } from '../shared/ipc-contract';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  resolveAppRequest,
} from './app-protocol';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  withContentSecurityPolicy,
} from './content-security-policy';
import { parseOpenRequest, parseSaveRequest, readFileCapped, writeFileAtomically } from './file-requests';
import { guardHandler } from './ipc-sender';
import { decideWindowOpen, isNavigationAllowed } from './navigation-policy';
import { createWindowOptions, windowBackground } from './window-options';

// electron-vite sets this only for `electron-vite dev`; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const contentSecurityPolicy = devServerUrl ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY;

// Paths are relative to the bundle in out/main, next to out/preload and out/renderer.
const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');

let mainWindow: BrowserWindow | undefined;

/** Serves one `app://` request from the renderer's build output, with our CSP. */
async function serveAppRequest(request: Request): Promise<Response> {
  const resolved = resolveAppRequest(request.url, rendererDir);
  if ('status' in resolved) return new Response(null, { status: resolved.status });
  let file: Response;
  try {
    file = await net.fetch(pathToFileURL(resolved.path).toString());
  } catch {
    return new Response(null, { status: 404 });
  }
  const headers = new Headers(file.headers);
  headers.set('Content-Security-Policy', contentSecurityPolicy);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(file.body, { status: file.status, headers });
}

/** Registers a typed, sender-checked handler for one channel of the IPC contract. */
function handle<C extends IpcChannel>(
  channel: C,
  handler: (...args: Parameters<IpcContract[C]>) => ReturnType<IpcContract[C]>,
): void {
  ipcMain.handle(channel, guardHandler(channel, appOrigin, handler));
}

function refuseNavigation(event: ElectronEvent<{ url: string }>): void {
  if (!isNavigationAllowed(event.url, appOrigin)) event.preventDefault();
}

/** Applies the navigation, window and webview rules to every web contents, present or future. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', refuseNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally) {
      shell.openExternal(url).catch((error: unknown) => {
        console.error(`Could not open ${url} in the system browser:`, error);
      });
    }
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(
    createWindowOptions({ preloadPath, darkMode: nativeTheme.shouldUseDarkColors }),
  );
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  win.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Could not load the Roadmap Planner window:', error);
  });
  return win;
}

function onReady(): void {
  const { defaultSession } = session;
  // The app needs no camera, notifications, geolocation or the like: refuse everything.
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  // The dev server's responses get the policy here; `app://` responses set it themselves.
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withContentSecurityPolicy(details.responseHeaders, contentSecurityPolicy),
    });
  });
  protocol.handle(APP_SCHEME, serveAppRequest);

  handle('app:get-version', () => app.getVersion());
  // Files are read and written only here, in places the user picked in a native dialog.
  handle('file:save', async (payload) => {
    const request = parseSaveRequest(payload);
    const filters = [{ name: request.extensions.join(', ').toUpperCase(), extensions: request.extensions }];
    const options = { defaultPath: request.suggestedName, filters };
    const choice = mainWindow
      ? await dialog.showSaveDialog(mainWindow, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomically(choice.filePath, request.contents);
    return { saved: true };
  });
  handle('file:open', async (payload) => {
    const request = parseOpenRequest(payload);
    const options = {
      properties: ['openFile' as const],
      filters: [{ name: request.extensions.join(', ').toUpperCase(), extensions: request.extensions }],
    };
    const choice = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    return readFileCapped(path, request.maxBytes);
  });

  nativeTheme.on('updated', () => {
    mainWindow?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  });
  mainWindow = createWindow();
  // macOS: clicking the dock icon with no window open makes one. Registered once ready,
  // since a window cannot be made before.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data; it gets focused through `second-instance`.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Roadmap Planner could not start:', error);
      app.exit(1);
    });
}
