import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RadicaleServer, startRadicale } from '../../../tests/radicale';
import { FakeSafeStorage } from '../../../tests/desktop/fake-electron/safe-storage';
import { FakeIpcMain, type InvokeReply } from '../../../tests/desktop/fake-electron/services';
import type { CalDavResult } from '../../shared/caldav-contract';
import type { IpcChannel } from '../../shared/ipc-contract';
import { APP_ORIGIN } from '../app-protocol';
import { guardHandler } from '../ipc-sender';
import { CALDAV_ACCOUNT_FILE } from './caldav-account';
import { calDavClient } from './caldav-client';
import { type IpcHandle, registerCalDavHandlers } from './caldav-ipc';
import { eventObject } from './caldav-fixtures';

let server: RadicaleServer;
let calendarUrl: string;
let folder: string;
let safeStorage: FakeSafeStorage;
let ipcMain: FakeIpcMain;
/** Every reply the page got: none may hold the password. */
const replies: InvokeReply[] = [];
let clientsMade = 0;

const page = { frameUrl: `${APP_ORIGIN}/index.html`, isTopFrame: true, webContents: undefined };

/** Starts "main": the handlers registered as index.ts does, through the sender check. */
function launch(): void {
  ipcMain = new FakeIpcMain();
  const handle: IpcHandle = (channel, handler) =>
    ipcMain.handle(channel, guardHandler(channel, APP_ORIGIN, handler));
  registerCalDavHandlers(handle, {
    safeStorage,
    folder,
    makeClient: (account) => {
      clientsMade += 1;
      return calDavClient(account, { timeoutMs: 5_000 });
    },
  });
}

async function call(channel: IpcChannel, ...args: unknown[]): Promise<InvokeReply> {
  const reply = await ipcMain.invoke(page, channel, args);
  replies.push(reply);
  return reply;
}

/** The value a channel answered; fails the test when the call was refused. */
async function answer(channel: IpcChannel, ...args: unknown[]): Promise<unknown> {
  const reply = await call(channel, ...args);
  if (!reply.ok) throw new Error(`${channel} was refused: ${reply.message}`);
  return reply.value;
}

/** The value of a CalDavResult a channel answered; fails the test on a problem. */
async function value<T>(channel: IpcChannel, ...args: unknown[]): Promise<T> {
  const result = (await answer(channel, ...args)) as CalDavResult<T>;
  if (!result.ok) throw new Error(`${channel} answered a problem: ${result.problem.message}`);
  return result.value;
}

async function problem(channel: IpcChannel, ...args: unknown[]) {
  const result = (await answer(channel, ...args)) as CalDavResult<unknown>;
  if (result.ok) throw new Error(`${channel} answered ok, a problem was expected`);
  return result.problem;
}

const connectRequest = (password = server.password) => ({
  serverUrl: server.origin,
  user: server.user,
  password,
});

const errors = vi.spyOn(console, 'error');

beforeAll(async () => {
  server = await startRadicale();
  calendarUrl = await server.makeCalendar('study', 'Study');
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'caldav-ipc-'));
  safeStorage = new FakeSafeStorage();
  clientsMade = 0;
  launch();
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

afterAll(async () => {
  await server?.stop();
  const said = JSON.stringify([replies, errors.mock.calls]);
  expect(said).not.toContain(server.password);
  expect(said).not.toContain('wrong-secret');
  expect(said).not.toContain('stub-secret');
  errors.mockRestore();
});

describe('caldav:connect', () => {
  it('with a wrong password answers an auth problem and keeps nothing', async () => {
    const refused = await problem('caldav:connect', connectRequest('wrong-secret'));
    expect(refused).toMatchObject({ kind: 'auth', status: 401 });
    expect(existsSync(join(folder, CALDAV_ACCOUNT_FILE))).toBe(false);
    expect(await answer('caldav:account')).toBeNull();
  });

  it('keeps the account, lists the calendars, and never answers the password', async () => {
    const connection = await value<{ serverUrl: string; user: string; calendars: unknown[] }>(
      'caldav:connect',
      connectRequest(),
    );
    expect(connection.serverUrl).toBe(`${server.origin}/`);
    expect(connection.user).toBe(server.user);
    expect(connection.calendars).toContainEqual({ url: calendarUrl, name: 'Study', events: true });
    expect(await answer('caldav:account')).toEqual({ serverUrl: `${server.origin}/`, user: server.user });
    expect(readFileSync(join(folder, CALDAV_ACCOUNT_FILE), 'utf8')).not.toContain(server.password);
  });

  it('is refused without a keychain before anything is sent', async () => {
    safeStorage.available = false;
    const refused = await problem('caldav:connect', connectRequest());
    expect(refused.message).toMatch(/keychain.*cannot be kept safely/);
    expect(clientsMade).toBe(0);
    expect(await answer('caldav:account')).toBeNull();
  });

  it('refuses plain http to another computer, other schemes, and empty credentials', async () => {
    const http = await problem('caldav:connect', {
      ...connectRequest(),
      serverUrl: 'http://dav.example.com/',
    });
    expect(http.message).toMatch(
      /http:\/\/ would send the password unencrypted.*localhost, 127\.0\.0\.1, ::1/,
    );
    const ftp = await problem('caldav:connect', { ...connectRequest(), serverUrl: 'ftp://dav.example.com/' });
    expect(ftp.message).toMatch(/not an http\(s\) address/);
    const empty = await problem('caldav:connect', { ...connectRequest(), password: '' });
    expect(empty).toMatchObject({ kind: 'auth' });
    expect(clientsMade).toBe(0);
  });

  it('rejects a payload of the wrong shape without repeating it', async () => {
    for (const payload of [
      null,
      'x',
      { ...connectRequest(), password: 42 },
      { ...connectRequest(), extra: 1 },
    ]) {
      const reply = await call('caldav:connect', payload);
      expect(reply).toEqual({
        ok: false,
        message: expect.stringContaining(
          'caldav:connect: the request is not a server URL, user name and password',
        ),
      });
    }
    const long = await call('caldav:connect', {
      ...connectRequest(),
      serverUrl: `${server.origin}/${'x'.repeat(2_000)}`,
    });
    expect(long.ok).toBe(false);
  });

  it('refuses a page that is not the app', async () => {
    const reply = await ipcMain.invoke(
      { frameUrl: 'https://evil.example/', isTopFrame: true, webContents: undefined },
      'caldav:account',
      [],
    );
    expect(reply).toEqual({ ok: false, message: expect.stringContaining('untrusted sender') });
  });
});

describe('with an account', () => {
  beforeEach(async () => {
    await value('caldav:connect', connectRequest());
  });

  it('writes, lists, updates and deletes events', async () => {
    const writable = await server.makeCalendar('writes');
    const url = `${writable}ipc-1.ics`;
    const created = await value<{ etag: string | null }>('caldav:write', {
      kind: 'create',
      url,
      data: eventObject('ipc-1', 'Study'),
    });
    expect(created.etag).toBeTruthy();
    const listed = await value<{ url: string; etag: string; data: string }[]>('caldav:list', writable);
    expect(listed).toEqual([{ url, etag: created.etag, data: expect.stringContaining('UID:ipc-1') }]);
    const updated = await value<{ etag: string | null }>('caldav:write', {
      kind: 'update',
      url,
      etag: created.etag,
      data: eventObject('ipc-1', 'Study more'),
    });
    const [changed] = await value<{ data: string }[]>('caldav:list', writable);
    expect(changed?.data).toContain('SUMMARY:Study more');
    const stale = await problem('caldav:write', { kind: 'delete', url, etag: created.etag });
    expect(stale.kind).toBe('conflict');
    await value('caldav:write', { kind: 'delete', url, etag: updated.etag });
    expect(await value('caldav:list', writable)).toEqual([]);
  });

  it('makes a calendar, which discovery then lists', async () => {
    const made = await value<{ url: string; name: string }>('caldav:make-calendar', 'Study plan');
    expect(made).toMatchObject({ name: 'Study plan', events: true });
    expect(made.url.startsWith(`${server.origin}/`)).toBe(true);
    expect(await value('caldav:calendars')).toContainEqual({
      url: made.url,
      name: 'Study plan',
      events: true,
    });
    expect(await value('caldav:list', made.url)).toEqual([]);
  });

  it('refuses URLs that are not on the connected server', async () => {
    const otherPort = `http://127.0.0.1:${server.port + 1}/planner/study/`;
    for (const url of [otherPort, 'https://evil.example/planner/study/', 'http://localhost:1/x/']) {
      const refused = await problem('caldav:list', url);
      expect(refused).toMatchObject({ kind: 'server', status: null, url });
      expect(refused.message).toMatch(/not on the connected calendar server \(http:\/\/127\.0\.0\.1:\d+\)/);
    }
    const write = await problem('caldav:write', {
      kind: 'create',
      url: 'https://evil.example/a.ics',
      data: 'x',
    });
    expect(write.message).toMatch(/not on the connected calendar server/);
    const http = await problem('caldav:list', 'http://dav.example.com/cal/');
    expect(http.message).toMatch(/would send the password unencrypted/);
    const file = await problem('caldav:list', 'file:///etc/passwd');
    expect(file.message).toMatch(/does not use file: addresses/);
    const withCredentials = await problem(
      'caldav:list',
      `http://a:b@127.0.0.1:${server.port}/planner/study/`,
    );
    expect(withCredentials.message).toMatch(/holds a user name or password/);
    expect(withCredentials.message).not.toContain('a:b@');
  });

  it('refuses a write over 1 MB and payloads of the wrong shape', async () => {
    const tooLarge = await problem('caldav:write', {
      kind: 'create',
      url: `${calendarUrl}big.ics`,
      data: 'é'.repeat(600_000),
    });
    expect(tooLarge.message).toMatch(/larger than 1 MB/);
    for (const payload of [
      { kind: 'move', url: calendarUrl },
      { kind: 'create', url: calendarUrl },
      { kind: 'update', url: calendarUrl, etag: '"a"\r\nX-Evil: 1', data: 'x' },
      { kind: 'create', url: calendarUrl, data: 'x'.repeat(1_000_001) },
    ]) {
      expect(await call('caldav:write', payload)).toMatchObject({ ok: false });
    }
    expect(await call('caldav:list', 42)).toMatchObject({ ok: false });
    expect(await call('caldav:make-calendar', { name: 'x' })).toMatchObject({ ok: false });
  });

  it('uses the kept account after a relaunch, with one client', async () => {
    launch();
    clientsMade = 0;
    expect(await answer('caldav:account')).toEqual({ serverUrl: `${server.origin}/`, user: server.user });
    expect(await value('caldav:list', calendarUrl)).toEqual([]);
    expect(await value('caldav:calendars')).toContainEqual({ url: calendarUrl, name: 'Study', events: true });
    expect(clientsMade).toBe(1);
  });

  it('forgets the account on disconnect', async () => {
    expect(await answer('caldav:disconnect')).toBeUndefined();
    expect(existsSync(join(folder, CALDAV_ACCOUNT_FILE))).toBe(false);
    expect(await answer('caldav:account')).toBeNull();
    const refused = await problem('caldav:list', calendarUrl);
    expect(refused).toMatchObject({ kind: 'auth', url: calendarUrl });
    expect(refused.message).toMatch(/not connected: connect an account/);
    expect((await problem('caldav:calendars')).message).toMatch(/^Calendar sync is not connected/);
    launch();
    expect(await answer('caldav:account')).toBeNull();
  });
});

describe('calendars on another host of the same account', () => {
  // iCloud answers discovery on caldav.icloud.com with calendars on pNN-caldav.icloud.com. One
  // Radicale has one origin, so this stands a client in for the server: only the origin rule is tested.
  const home = 'https://p42-caldav.example.com/123/calendars/study/';
  let discovered = 0;
  const listed: string[] = [];

  function launchWithStub(): void {
    ipcMain = new FakeIpcMain();
    const handle: IpcHandle = (channel, handler) =>
      ipcMain.handle(channel, guardHandler(channel, APP_ORIGIN, handler));
    const stub = {
      discover: async () => {
        discovered += 1;
        return { ok: true as const, value: [{ url: home, name: 'Study', events: true }] };
      },
      makeCalendar: async () => ({ ok: true as const, value: { url: home, name: 'Study', events: true } }),
      list: async (url: string) => {
        listed.push(url);
        return { ok: true as const, value: [] };
      },
      write: async () => ({ ok: true as const, value: { etag: null } }),
    };
    registerCalDavHandlers(handle, { safeStorage, folder, makeClient: () => stub });
  }

  beforeEach(() => {
    discovered = 0;
    listed.length = 0;
    launchWithStub();
  });

  it('allows the origins discovery found, looking once after a relaunch', async () => {
    await value('caldav:connect', { serverUrl: 'caldav.example.com', user: 'ada', password: 'stub-secret' });
    expect(await answer('caldav:account')).toEqual({ serverUrl: 'https://caldav.example.com/', user: 'ada' });
    expect(await value('caldav:list', home)).toEqual([]);
    expect(discovered).toBe(1);

    launchWithStub();
    discovered = 0;
    expect(await value('caldav:list', home)).toEqual([]);
    expect(await value('caldav:list', 'https://caldav.example.com/other/')).toEqual([]);
    expect((await problem('caldav:list', 'https://p43-caldav.example.com/x/')).message).toMatch(
      /not on the connected calendar server \(https:\/\/caldav\.example\.com\)/,
    );
    expect(discovered).toBe(1);
    expect(listed).toEqual([home, home, 'https://caldav.example.com/other/']);
  });
});
