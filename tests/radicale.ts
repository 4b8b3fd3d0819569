/*
 * A real CalDAV server for tests and benches: Debian's Radicale on 127.0.0.1, a free port, a
 * temporary storage folder and one htpasswd user. Only Node APIs, so vitest, Playwright specs and
 * bench scripts can all use it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's python: another `python3` on PATH may not see Debian's packages. */
const PYTHON = '/usr/bin/python3';
const START_TIMEOUT_MS = 10_000;
const POLL_MS = 50;
const STDERR_KEPT = 4_000;

export type RadicaleOptions = {
  /** Storage folder to serve (e.g. a stopped server's, to start it again). Made when absent. */
  storage?: string;
  /** Port to listen on (e.g. a stopped server's). A free one when absent. */
  port?: number;
  /** The user's password (e.g. a stopped server's). A random one when absent. */
  password?: string;
};

export type RadicaleServer = {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  port: number;
  user: string;
  password: string;
  /** Where the calendars live. To start a stopped server again: `startRadicale({ storage, port, password })`. */
  storage: string;
  /** MKCALENDAR `origin/user/name/`; answers that URL (ending in `/`). */
  makeCalendar(name: string, displayName?: string): Promise<string>;
  /** Kills the server and removes its temporary files, the storage too unless `keepStorage`. */
  stop(options?: { keepStorage?: boolean }): Promise<void>;
};

let radicaleChecked = false;

/** Throws the install hint when Debian's python cannot import radicale. */
function assertRadicaleInstalled(): void {
  if (radicaleChecked) return;
  const probe = spawnSync(PYTHON, ['-c', 'import radicale'], { stdio: 'ignore', timeout: 10_000 });
  if (probe.error || probe.status !== 0) {
    throw new Error('Radicale is not installed: apt-get install radicale');
  }
  radicaleChecked = true;
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function configText(port: number, users: string, storage: string): string {
  return [
    '[server]',
    `hosts = 127.0.0.1:${port}`,
    '[auth]',
    'type = htpasswd',
    `htpasswd_filename = ${users}`,
    'htpasswd_encryption = plain',
    // Radicale waits about a second after each refused login by default: tests of a wrong
    // password would crawl.
    'delay = 0',
    '[storage]',
    `filesystem_folder = ${storage}`,
    '[logging]',
    'level = warning',
    '',
  ].join('\n');
}

/** Waits until the server answers HTTP, or the process ends, or the time is up. */
async function waitUntilAnswering(origin: string, child: ChildProcess, stderr: () => string): Promise<void> {
  let exited: string | null = null;
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    exited = signal ? `signal ${signal}` : `exit code ${code}`;
  };
  child.once('exit', onExit);
  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    for (;;) {
      if (exited)
        throw new Error(`Radicale stopped at start (${exited}): ${stderr().trim() || '(no output)'}`);
      try {
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1_000) });
        await response.body?.cancel();
        return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Radicale did not answer on ${origin} within ${START_TIMEOUT_MS / 1000} s: ${stderr().trim() || '(no output)'}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    child.off('exit', onExit);
  }
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts Radicale (`/usr/bin/python3 -m radicale`) on 127.0.0.1 and resolves once it answers.
 * Throws "Radicale is not installed: apt-get install radicale" when python cannot import it.
 */
export async function startRadicale(options: RadicaleOptions = {}): Promise<RadicaleServer> {
  assertRadicaleInstalled();
  const folder = mkdtempSync(join(tmpdir(), 'radicale-'));
  const storage = options.storage ?? mkdtempSync(join(tmpdir(), 'radicale-storage-'));
  const user = 'planner';
  const password = options.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const users = join(folder, 'users');
  writeFileSync(users, `${user}:${password}\n`);
  const removeFiles = (keepStorage: boolean) => {
    rmSync(folder, { recursive: true, force: true });
    if (!keepStorage) rmSync(storage, { recursive: true, force: true });
  };

  // A port picked free can be taken before Radicale binds it: pick again, unless it was asked for.
  const attempts = options.port === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await freePort());
    const config = join(folder, 'config');
    writeFileSync(config, configText(port, users, storage));
    const origin = `http://127.0.0.1:${port}`;
    const child = spawn(PYTHON, ['-m', 'radicale', '--config', config], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderrText = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderrText = (stderrText + chunk).slice(-STDERR_KEPT);
    });
    // A test run that ends without stop() must not leave the server behind.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    try {
      await waitUntilAnswering(origin, child, () => stderrText);
    } catch (error) {
      process.off('exit', killOnExit);
      await kill(child);
      if (attempt < attempts && /address already in use/i.test(stderrText)) continue;
      removeFiles(options.storage !== undefined);
      throw error;
    }

    return {
      origin,
      port,
      user,
      password,
      storage,
      async makeCalendar(name, displayName) {
        const url = `${origin}/${user}/${encodeURIComponent(name)}/`;
        const body = displayName
          ? `<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>${escapeXml(displayName)}</D:displayname></D:prop></D:set></C:mkcalendar>`
          : undefined;
        const response = await fetch(url, {
          method: 'MKCALENDAR',
          headers: {
            authorization: basicAuth(user, password),
            'content-type': 'application/xml; charset=utf-8',
          },
          body,
        });
        await response.body?.cancel();
        if (response.status !== 201) throw new Error(`MKCALENDAR ${url} answered ${response.status}`);
        return url;
      },
      async stop(stopOptions = {}) {
        process.off('exit', killOnExit);
        await kill(child);
        removeFiles(stopOptions.keepStorage === true);
      },
    };
  }
}
