import { expect, test } from '@playwright/test';
import { createFakeElectron } from './fake-electron';
import type { WindowHost } from './fake-electron';

// The fake's own rules, without a browser. Only the desktop project runs this file.

const host: WindowHost = {
  open: () => {},
  load: async () => {},
  resize: () => {},
  close: async () => {},
  send: () => {},
};

function fake() {
  const electron = createFakeElectron({ userData: '/nowhere', version: '0.0.0', host });
  return { electron, module: electron.module as Record<string, Record<string, unknown>> };
}

test.describe('the fake electron', () => {
  test('throws a clear error for anything it does not fake', () => {
    const { module } = fake();
    expect(() => module['autoUpdater']).toThrow(/fake electron: electron\.autoUpdater is not faked/);
    expect(() => module['app']!['getLoginItemSettings']).toThrow(/app\.getLoginItemSettings is not faked/);
    expect(() => module['shell']!['trashItem']).toThrow(/shell\.trashItem is not faked/);
  });

  test('enforces what must happen before ready and what only after', () => {
    const { electron, module } = fake();
    const BrowserWindow = module['BrowserWindow'] as unknown as new () => unknown;
    const scheme = { scheme: 'app', privileges: { standard: true } };
    expect(() => new BrowserWindow()).toThrow(/new BrowserWindow\(\) cannot be used before the app is ready/);
    expect(() => electron.protocol.handle('app', () => new Response())).toThrow(/before the app is ready/);
    expect(() => module['session']!['defaultSession']).toThrow(/before the app is ready/);
    electron.protocol.registerSchemesAsPrivileged([scheme]);
    electron.app.enableSandbox();

    electron.app.becomeReady();
    expect(() => electron.protocol.registerSchemesAsPrivileged([scheme])).toThrow(
      /must be called before the app is ready/,
    );
    expect(() => electron.app.enableSandbox()).toThrow(/must be called before the app is ready/);
    expect(() => electron.protocol.handle('other', () => new Response())).toThrow(
      /never registered as privileged/,
    );
    electron.protocol.handle('app', () => new Response());
    expect(() => electron.protocol.handle('app', () => new Response())).toThrow(/handled already/);
    expect(electron.windows).toHaveLength(0);
    new BrowserWindow();
    expect(electron.windows).toHaveLength(1);
  });

  test('refuses a second handler for one IPC channel, as Electron does', () => {
    const { electron } = fake();
    electron.ipcMain.handle('app:get-version', () => '1');
    expect(() => electron.ipcMain.handle('app:get-version', () => '2')).toThrow(/second handler/);
  });
});
