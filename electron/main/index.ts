import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { MENU_COMMAND_CHANNEL } from '../shared/ipc-contract';
import type { AppCommand, IpcChannel, IpcContract } from '../shared/ipc-contract';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  resolveAppRequest,
} from './app-protocol';
import {
  CALENDAR_EXTENSIONS,
  CHOSEN_CALENDARS_FILE,
  ChosenCalendars,
  readCalendarFile,
  readChosenCalendarFile,
} from './calendar-files';
import { registerCalDavHandlers } from './caldav/caldav-ipc';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  withContentSecurityPolicy,
} from './content-security-policy';
import {
  mayOpenSaved,
  parseNotifyRequest,
  parseOpenRequest,
  parseSaveRequest,
  readFileCapped,
  SavedFiles,
  savedContents,
  writeFileAtomically,
  writeFileAtomicallySync,
} from './file-requests';
import { guardHandler } from './ipc-sender';
import { buildMenuTemplate } from './menu-template';
import { hardenContents } from './harden';
import { createWindowOptions, windowBackground } from './window-options';
import { parseWindowState, placeWindow, serializeWindowState, WINDOW_STATE_FILE } from './window-state';

// electron-vite sets this only for `electron-vite dev`; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const contentSecurityPolicy = devServerUrl ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY;

// Paths are relative to the bundle in out/main, next to out/preload and out/renderer.
const rendererDir = join(__dirname, '../renderer');
const preloadPath = join(__dirname, '../preload/index.js');

let mainWindow: BrowserWindow | undefined;
const savedFiles = new SavedFiles();
const chosenCalendars = new ChosenCalendars(() => join(app.getPath('userData'), CHOSEN_CALENDARS_FILE));

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

function windowStatePath(): string {
  return join(app.getPath('userData'), WINDOW_STATE_FILE);
}

function readWindowState(): string | null {
  try {
    return readFileSync(windowStatePath(), 'utf8');
  } catch {
    return null;
  }
}

/** Keeps the window's place for next time; a failure only costs the remembered place. */
function saveWindowState(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  const state = {
    bounds: win.getNormalBounds(),
    maximized: win.isMaximized(),
    fullScreen: win.isFullScreen(),
  };
  try {
    writeFileAtomicallySync(windowStatePath(), serializeWindowState(state));
  } catch (error) {
    console.error('Could not remember the window’s place:', error);
  }
}

/** Sends a menu command to the window, which runs it like its own shortcut. */
function sendCommand(command: AppCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function createWindow(): BrowserWindow {
  const placement = placeWindow(
    parseWindowState(readWindowState()),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  // electronegativity: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, NODE_INTEGRATION_JS_CHECK,
  // AUXCLICK_JS_CHECK, REMOTE_MODULE_JS_CHECK — the options come from createWindowOptions
  // (window-options.ts): contextIsolation and sandbox on, Node integration off everywhere,
  // Auxclick disabled, no remote module (gone from Electron); window-options.test.ts checks each.
  const win = new BrowserWindow(
    createWindowOptions({ preloadPath, darkMode: nativeTheme.shouldUseDarkColors, bounds: placement.bounds }),
  );
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    if (placement.fullScreen) win.setFullScreen(true);
    win.show();
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => saveWindowState(win), 1000);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(saveTimer);
    saveWindowState(win);
  });
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
    await writeFileAtomically(choice.filePath, savedContents(request));
    return { saved: true, token: savedFiles.add(choice.filePath) };
  });
  handle('file:open-saved', async (token) => {
    const path = savedFiles.pathOf(token);
    // Only calendars: a saved backup (or a name the user typed) is shown, never run.
    if (!path || !mayOpenSaved(path)) return false;
    // electronegativity: OPEN_EXTERNAL_JS_CHECK — not openExternal: a file this session
    // saved in a place the user picked, found by its token, never a path from the page.
    return (await shell.openPath(path)) === '';
  });
  handle('file:reveal-saved', (token) => {
    const path = savedFiles.pathOf(token);
    if (!path) return false;
    shell.showItemInFolder(path);
    return true;
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
  // Busy calendars: the page keeps the path (the file is read again on opening and on
  // Refresh), but main reads again only .ics files the user chose here, up to a size.
  handle('busy:pick', async () => {
    const options = {
      properties: ['openFile' as const],
      filters: [{ name: 'Calendar (ICS)', extensions: [...CALENDAR_EXTENSIONS] }],
    };
    const choice = mainWindow
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    const file = await readCalendarFile(path);
    if (file.ok) await chosenCalendars.add(path);
    return file;
  });
  handle('busy:read', (path) => readChosenCalendarFile(chosenCalendars, path));
  // Calendar sync: main keeps the account (password encrypted with the keychain) and speaks CalDAV.
  registerCalDavHandlers(handle, { safeStorage, folder: app.getPath('userData') });

  handle('app:can-notify', () => Notification.isSupported());
  handle('app:notify', (payload) => {
    const request = parseNotifyRequest(payload);
    if (!Notification.isSupported()) return false;
    const notification = new Notification({ title: request.title, body: request.body });
    notification.on('click', () => {
      if (mainWindow?.isMinimized()) mainWindow.restore();
      mainWindow?.focus();
    });
    notification.show();
    return true;
  });

  app.setAboutPanelOptions({
    applicationName: 'Roadmap Planner',
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © Roadmap Planner developers',
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: 'Roadmap Planner',
        isMac: process.platform === 'darwin',
        send: sendCommand,
      }),
    ),
  );

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
// Windows shows notifications only for an app with an id (the installer's, from electron-builder.yml).
if (process.platform === 'win32') app.setAppUserModelId('app.roadmapplanner.desktop');

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data; it gets focused through `second-instance`.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appOrigin));
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
