import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RadicaleServer, startRadicale } from '../../../tests/radicale';
import type { CalDavProblem, CalDavResult } from '../../shared/caldav-contract';
import { calDavClient, calendarSlug, requestUrl } from './caldav-client';
import { eventObject } from './caldav-fixtures';

let server: RadicaleServer;
let calendarUrl: string;
/** Every problem the tests met: none may show a password. */
const problems: CalDavProblem[] = [];

const client = (overrides: Partial<{ serverUrl: string; password: string; timeoutMs: number }> = {}) =>
  calDavClient(
    {
      serverUrl: overrides.serverUrl ?? server.origin,
      user: server.user,
      password: overrides.password ?? server.password,
    },
    { timeoutMs: overrides.timeoutMs ?? 5_000 },
  );

function value<T>(result: CalDavResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.problem.message}`);
  return result.value;
}

function problemOf<T>(result: CalDavResult<T>): CalDavProblem {
  if (result.ok) throw new Error('expected a problem, got ok');
  problems.push(result.problem);
  return result.problem;
}

beforeAll(async () => {
  server = await startRadicale();
  calendarUrl = await server.makeCalendar('study', 'Study');
});

afterAll(async () => {
  await server?.stop();
  for (const problem of problems) {
    expect(problem.message).not.toContain(server.password);
    expect(problem.message).not.toContain('wrong-secret');
    expect(problem.message).not.toMatch(/\n|\bat .*:\d+:\d+/);
  }
});

describe('discover', () => {
  it('finds the calendars through the principal', async () => {
    const calendars = value(await client().discover());
    expect(calendars).toContainEqual({ url: calendarUrl, name: 'Study', events: true });
  });

  it('answers the calendar itself when given its URL', async () => {
    const calendars = value(await client({ serverUrl: calendarUrl }).discover());
    expect(calendars.filter((c) => c.url === calendarUrl)).toEqual([
      { url: calendarUrl, name: 'Study', events: true },
    ]);
  });

  it('says the password is refused, naming the URL', async () => {
    const problem = problemOf(await client({ password: 'wrong-secret' }).discover());
    expect(problem).toMatchObject({ kind: 'auth', status: 401, url: `${server.origin}/` });
    expect(problem.message).toBe(
      `${server.origin}/: the server refused the user name or password (401): check the user name and app password`,
    );
  });

  it('drops credentials written into the URL from what it says', async () => {
    const serverUrl = `http://planner:url-secret@127.0.0.1:${server.port}/`;
    const problem = problemOf(await client({ serverUrl, password: 'wrong-secret' }).discover());
    expect(problem.kind).toBe('auth');
    expect(problem.message).not.toContain('url-secret');
    expect(problem.url).toBe(`${server.origin}/`);
  });
});

describe('makeCalendar', () => {
  it('makes an events calendar in the calendar home, named by a slug', async () => {
    const made = value(await client().makeCalendar('Study plan: Ünïcode & <more>'));
    const url = `${server.origin}/${server.user}/study-plan-unicode-more/`;
    expect(made).toEqual({ url, name: 'Study plan: Ünïcode & <more>', events: true });
    expect(value(await client().discover())).toContainEqual(made);
    expect(value(await client().list(url))).toEqual([]);
  });

  it('is refused where a calendar already is', async () => {
    const problem = problemOf(await client().makeCalendar('Study'));
    expect(problem).toMatchObject({ kind: 'server', status: 409, url: calendarUrl });
    expect(problem.message).toContain(calendarUrl);
  });
});

describe('list and write', () => {
  it('lists an empty calendar as empty', async () => {
    const url = await server.makeCalendar('empty');
    expect(value(await client().list(url))).toEqual([]);
  });

  it('creates, reads back, updates with the ETag and deletes', async () => {
    const url = `${calendarUrl}session-1.ics`;
    const created = value(
      await client().write({ kind: 'create', url, data: eventObject('session-1', 'First') }),
    );
    expect(created.etag).toMatch(/^"[0-9a-f]+"$/);

    const [listed, ...others] = value(await client().list(calendarUrl)).filter((o) => o.url === url);
    expect(others).toEqual([]);
    expect(listed?.etag).toBe(created.etag);
    expect(listed?.data).toContain('SUMMARY:First');
    expect(listed?.data).toContain('UID:session-1');
    expect(listed?.data.endsWith('END:VCALENDAR\r\n')).toBe(true);

    const updated = value(
      await client().write({
        kind: 'update',
        url,
        etag: created.etag,
        data: eventObject('session-1', 'Second'),
      }),
    );
    expect(updated.etag).not.toBe(created.etag);
    const stale = problemOf(
      await client().write({
        kind: 'update',
        url,
        etag: created.etag,
        data: eventObject('session-1', 'Third'),
      }),
    );
    expect(stale).toMatchObject({ kind: 'conflict', status: 412, url });
    expect(stale.message).toContain('changed meanwhile');

    const reread = value(await client().list(calendarUrl)).find((o) => o.url === url);
    expect(reread).toMatchObject({ etag: updated.etag });
    expect(reread?.data).toContain('SUMMARY:Second');

    const staleDelete = problemOf(await client().write({ kind: 'delete', url, etag: created.etag }));
    expect(staleDelete.kind).toBe('conflict');
    expect(value(await client().write({ kind: 'delete', url, etag: updated.etag }))).toEqual({ etag: null });
    expect(value(await client().list(calendarUrl)).some((o) => o.url === url)).toBe(false);
  });

  it('updates without If-Match when the ETag is unknown', async () => {
    const url = `${calendarUrl}session-2.ics`;
    value(await client().write({ kind: 'create', url, data: eventObject('session-2', 'One') }));
    const result = await client().write({
      kind: 'update',
      url,
      etag: null,
      data: eventObject('session-2', 'Two'),
    });
    expect(value(result).etag).toMatch(/^"/);
  });

  it('refuses to create over an existing object', async () => {
    const url = `${calendarUrl}session-3.ics`;
    value(await client().write({ kind: 'create', url, data: eventObject('session-3', 'Mine') }));
    const problem = problemOf(
      await client().write({ kind: 'create', url, data: eventObject('session-3', 'Again') }),
    );
    expect(problem).toMatchObject({ kind: 'conflict', status: 412, url });
    expect(value(await client().list(calendarUrl)).find((o) => o.url === url)?.data).toContain(
      'SUMMARY:Mine',
    );
  });

  it('says another event already has the UID, and a write into a missing calendar', async () => {
    const url = `${calendarUrl}uid-twin.ics`;
    value(await client().write({ kind: 'create', url, data: eventObject('twin', 'One') }));
    const twin = problemOf(
      await client().write({
        kind: 'create',
        url: `${calendarUrl}uid-twin-2.ics`,
        data: eventObject('twin', 'Two'),
      }),
    );
    expect(twin).toMatchObject({ kind: 'conflict', status: 409 });
    expect(twin.message).toContain('already has this UID');
    const missing = `${server.origin}/${server.user}/gone/x.ics`;
    const gone = problemOf(
      await client().write({ kind: 'create', url: missing, data: eventObject('x', 'X') }),
    );
    expect(gone).toMatchObject({ kind: 'not-found', status: 409, url: missing });
  });

  it('refuses a calendar over the read limits', async () => {
    const url = await server.makeCalendar('big');
    // One long event, so that the answer's bytes pass a low limit before it is parsed.
    const long = eventObject('big-1', 'Big').replace(
      'SUMMARY:',
      `DESCRIPTION:${'x'.repeat(3_000)}\r\nSUMMARY:`,
    );
    value(await client().write({ kind: 'create', url: `${url}1.ics`, data: long }));
    value(await client().write({ kind: 'create', url: `${url}2.ics`, data: eventObject('big-2', 'Big') }));
    const limited = (limits: { objects?: number; chars?: number }) =>
      calDavClient({ serverUrl: server.origin, user: server.user, password: server.password }, { limits });
    expect(value(await limited({ objects: 2 }).list(url))).toHaveLength(2);
    for (const limits of [{ objects: 1 }, { chars: 300 }, { objects: 1, chars: 300 }]) {
      const problem = problemOf(await limited(limits).list(url));
      expect(problem).toMatchObject({ kind: 'server', url });
      expect(problem.message).toContain('the calendar is too large to read');
    }
  });

  it('counts deleting an object that is already gone as done', async () => {
    const url = `${calendarUrl}never-there.ics`;
    expect(value(await client().write({ kind: 'delete', url, etag: null }))).toEqual({ etag: null });
    expect(value(await client().write({ kind: 'delete', url, etag: '"old"' }))).toEqual({ etag: null });
  });

  it('answers object URLs as encodeURIComponent writes them (@, %, ! and the like in names)', async () => {
    // Radicale answers a%40b%25c%20d%21%28e%29.ics: it encodes `!()` where encodeURIComponent does not.
    const name = "a@b%c d!(e)'*:+,;=&$é";
    const url = `${calendarUrl}${encodeURIComponent(name)}.ics`;
    value(await client().write({ kind: 'create', url, data: eventObject('odd-name', 'Odd name') }));
    const listed = value(await client().list(calendarUrl)).find((o) => o.data.includes('Odd name'));
    expect(listed?.url).toBe(url);
    expect(url).toContain('a%40b%25c%20d!(e)');
    // The canonical URL reaches the object Radicale spells otherwise.
    value(await client().write({ kind: 'delete', url: listed?.url ?? '', etag: listed?.etag ?? null }));
    expect(value(await client().list(calendarUrl)).some((o) => o.data.includes('Odd name'))).toBe(false);
  });

  it('says a calendar that is not there is not found', async () => {
    const url = `${server.origin}/${server.user}/no-such-calendar/`;
    const problem = problemOf(await client().list(url));
    expect(problem).toMatchObject({ kind: 'not-found', status: 404, url });
    expect(problem.message).toBe(`${url}: nothing is there (404): the calendar is gone or the URL is wrong`);
  });

  it('says a refused password on reads and writes', async () => {
    const wrong = client({ password: 'wrong-secret' });
    const read = problemOf(await wrong.list(calendarUrl));
    expect(read).toMatchObject({ kind: 'auth', status: 401, url: calendarUrl });
    expect(read.message).toContain('app password');
    const url = `${calendarUrl}session-4.ics`;
    const written = problemOf(
      await wrong.write({ kind: 'create', url, data: eventObject('session-4', 'X') }),
    );
    expect(written).toMatchObject({ kind: 'auth', url });
  });

  it('refuses an address that is not http(s)', async () => {
    const problem = problemOf(await client().list('ftp://example.org/cal/'));
    expect(problem.kind).toBe('not-found');
    expect(requestUrl('caldav.example.org/dav')).toBe('https://caldav.example.org/dav');
    expect(calendarSlug('  ')).toBe('calendar');
  });
});

describe('a server that goes away', () => {
  let silent: Server | undefined;
  let tls: HttpsServer | undefined;
  let tlsFolder: string | undefined;

  const sockets: Socket[] = [];

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    tls?.closeAllConnections();
    await new Promise((resolve) => (silent ? silent.close(resolve) : resolve(null)));
    await new Promise((resolve) => (tls ? tls.close(resolve) : resolve(null)));
    if (tlsFolder) rmSync(tlsFolder, { recursive: true, force: true });
  });

  it('is offline while stopped and answers again once started on the same port and storage', async () => {
    const other = await startRadicale();
    const url = await other.makeCalendar('cal');
    const account = { serverUrl: other.origin, user: other.user, password: other.password };
    const write = { kind: 'create', url: `${url}kept.ics`, data: eventObject('kept', 'Kept') } as const;
    value(await calDavClient(account).write(write));
    await other.stop({ keepStorage: true });
    try {
      const offline = problemOf(await calDavClient(account).list(url));
      expect(offline).toMatchObject({ kind: 'offline', status: null, url });
      expect(offline.message).toBe(
        `${url}: cannot reach the server (connection refused): check the address and that you are online`,
      );
      expect(problemOf(await calDavClient(account).discover()).kind).toBe('offline');
    } finally {
      const again = await startRadicale({
        storage: other.storage,
        port: other.port,
        password: other.password,
      });
      try {
        const objects = value(await calDavClient(account).list(url));
        expect(objects.map((o) => o.url)).toEqual([write.url]);
      } finally {
        await again.stop();
      }
    }
  });

  it('gives up on a server that does not answer after the timeout', async () => {
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `http://127.0.0.1:${port}/cal/`;
    const problem = problemOf(await client({ timeoutMs: 300 }).list(url));
    expect(problem).toMatchObject({ kind: 'offline', url });
    expect(problem.message).toContain('no answer within 300 ms');
  });

  it('says when the certificate is not trusted', async () => {
    tlsFolder = mkdtempSync(join(tmpdir(), 'caldav-tls-'));
    const [key, cert] = [join(tlsFolder, 'key.pem'), join(tlsFolder, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1'].concat([
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
      ]),
      { stdio: 'ignore' },
    );
    tls = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end());
    await new Promise<void>((resolve) => tls?.listen(0, '127.0.0.1', resolve));
    const address = tls.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const problem = problemOf(await client({ serverUrl: `https://127.0.0.1:${port}/` }).discover());
    expect(problem).toMatchObject({ kind: 'tls', url: `https://127.0.0.1:${port}/` });
    expect(problem.message).toContain("the server's certificate is not trusted");
  });
});
