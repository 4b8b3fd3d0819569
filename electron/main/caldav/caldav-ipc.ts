/*
 * Calendar sync's IPC (issue 15): the page asks, main speaks CalDAV with the account it keeps.
 * The password crosses IPC once, in `caldav:connect`, and never comes back; reads and writes go
 * only to the connected server (its origin, or a calendar's origin discovery found).
 */
import type { CalDavCalendar, CalDavObject, CalDavProblem, CalDavResult } from '../../shared/caldav-contract';
import type { CalDavAccountInfo, CalDavConnection, IpcChannel, IpcContract } from '../../shared/ipc-contract';
import { CalDavAccountStore, type CalDavAccountStoreOptions } from './caldav-account';
import { type CalDavAccount, type CalDavClient, calDavClient, requestUrl } from './caldav-client';
import { badUrlProblem, serverProblem } from './caldav-problem';
import {
  allowedAddress,
  foreignOriginProblem,
  missingCredentialsProblem,
  notConnectedProblem,
  notKeptProblem,
  parseCalendarName,
  parseConnectRequest,
  parseUrl,
  parseWrite,
  writeTooLarge,
} from './caldav-requests';

/** Main's typed `handle` (index.ts): registers a sender-checked handler for one channel. */
export type IpcHandle = <C extends IpcChannel>(
  channel: C,
  handler: (...args: Parameters<IpcContract[C]>) => ReturnType<IpcContract[C]>,
) => void;

/** Electron's safeStorage and the user-data folder (see CalDavAccountStore), and the client maker. */
export type CalDavIpcDeps = CalDavAccountStoreOptions & {
  /** Makes the one client of an account (tests shorten its timeout). */
  makeClient?: (account: CalDavAccount) => CalDavClient;
};

/** The connected account, its client (one per account) and the origins it may read and write. */
type Connection = {
  account: CalDavAccount;
  client: CalDavClient;
  origins: Set<string>;
  /** Whether discovery ran with this account since launch (calendars may live on other origins). */
  discovered: boolean;
};

type Refused = { ok: false; problem: CalDavProblem };

const originOf = (url: string) => new URL(url).origin;

/** Calendar sync's requests from the page, answered with the account main keeps. */
export class CalDavConnections {
  readonly #store: CalDavAccountStore;
  readonly #makeClient: (account: CalDavAccount) => CalDavClient;
  /** Undefined until the kept account is read (at the first request). */
  #connection: Connection | null | undefined;
  /** Counts connects and disconnects, so a slow read of the file never undoes one. */
  #generation = 0;

  constructor(deps: CalDavIpcDeps) {
    this.#store = new CalDavAccountStore(deps);
    this.#makeClient = deps.makeClient ?? ((account) => calDavClient(account));
  }

  #open(account: CalDavAccount, calendars: CalDavCalendar[], discovered: boolean): Connection {
    const connection: Connection = {
      account,
      client: this.#makeClient(account),
      origins: new Set([originOf(account.serverUrl)]),
      discovered,
    };
    addOrigins(connection, calendars);
    return connection;
  }

  async #current(): Promise<Connection | null> {
    if (this.#connection !== undefined) return this.#connection;
    const generation = this.#generation;
    const account = await this.#store.read();
    if (generation !== this.#generation) return this.#connection ?? null;
    // A hand-edited file could name any address: it must pass the rules a connect passes.
    const usable = account && allowedAddress(account.serverUrl).ok ? account : null;
    this.#connection = usable ? this.#open(usable, [], false) : null;
    return this.#connection;
  }

  /** Discovers with the given credentials; keeps the account only when that worked. */
  async connect(payload: unknown): Promise<CalDavResult<CalDavConnection>> {
    const request = parseConnectRequest(payload);
    const serverUrl = requestUrl(request.serverUrl);
    if (!serverUrl) return { ok: false, problem: badUrlProblem(request.serverUrl) };
    const allowed = allowedAddress(serverUrl);
    if (!allowed.ok) return allowed;
    const user = request.user.trim();
    if (!user || !request.password) return { ok: false, problem: missingCredentialsProblem(serverUrl) };
    // Refused before the password is sent anywhere: it could not be kept.
    const noKeychain = this.#store.refusal();
    if (noKeychain) return { ok: false, problem: notKeptProblem(serverUrl, noKeychain) };

    const account = { serverUrl, user, password: request.password };
    const connection = this.#open(account, [], true);
    const found = await connection.client.discover();
    if (!found.ok) return found;
    try {
      const kept = await this.#store.keep(account);
      if (!kept.kept) return { ok: false, problem: notKeptProblem(serverUrl, kept.message) };
    } catch (error) {
      // The file system's message names the file, never its contents.
      console.error('Could not keep the calendar account:', error instanceof Error ? error.message : error);
      const sentence = `The calendar account could not be saved in ${this.#store.path}; nothing was kept.`;
      return { ok: false, problem: notKeptProblem(serverUrl, sentence) };
    }
    addOrigins(connection, found.value);
    this.#generation += 1;
    this.#connection = connection;
    return { ok: true, value: { serverUrl, user, calendars: found.value } };
  }

  /** The kept account without its password. */
  async account(): Promise<CalDavAccountInfo | null> {
    const connection = await this.#current();
    return connection ? { serverUrl: connection.account.serverUrl, user: connection.account.user } : null;
  }

  /** The kept account's calendars, discovered again. */
  async calendars(): Promise<CalDavResult<CalDavCalendar[]>> {
    const connection = await this.#current();
    if (!connection) return { ok: false, problem: notConnectedProblem() };
    const found = await connection.client.discover();
    if (found.ok) {
      addOrigins(connection, found.value);
      connection.discovered = true;
    }
    return found;
  }

  /** Makes a calendar in the kept account's calendar home. */
  async makeCalendar(payload: unknown): Promise<CalDavResult<CalDavCalendar>> {
    const name = parseCalendarName(payload);
    const connection = await this.#current();
    if (!connection) return { ok: false, problem: notConnectedProblem() };
    const made = await connection.client.makeCalendar(name);
    if (made.ok) addOrigins(connection, [made.value]);
    return made;
  }

  /** Every event of a calendar on the connected server. */
  async list(payload: unknown): Promise<CalDavResult<CalDavObject[]>> {
    const calendarUrl = parseUrl(payload, 'caldav:list');
    const connection = await this.#current();
    if (!connection) return { ok: false, problem: notConnectedProblem(calendarUrl) };
    const refused = await this.#refusal(connection, calendarUrl);
    return refused ?? connection.client.list(calendarUrl);
  }

  /** One create, update or delete on the connected server. */
  async write(payload: unknown): Promise<CalDavResult<{ etag: string | null }>> {
    const write = parseWrite(payload);
    const connection = await this.#current();
    if (!connection) return { ok: false, problem: notConnectedProblem(write.url) };
    if (writeTooLarge(write)) {
      const limit = 'the event is larger than 1 MB';
      return {
        ok: false,
        problem: serverProblem(write.url, limit, 'calendar sync writes smaller events only'),
      };
    }
    const refused = await this.#refusal(connection, write.url);
    return refused ?? connection.client.write(write);
  }

  /** Forgets the account, its file and its client. */
  async disconnect(): Promise<void> {
    this.#generation += 1;
    this.#connection = null;
    await this.#store.forget();
  }

  /**
   * Why `address` may not be read or written with this account, or null when it may. An origin
   * not seen yet this launch is looked for once in the account's calendars (a server may keep
   * them on another host).
   */
  async #refusal(connection: Connection, address: string): Promise<Refused | null> {
    const allowed = allowedAddress(address);
    if (!allowed.ok) return allowed;
    const origin = allowed.url.origin;
    if (!connection.origins.has(origin) && !connection.discovered) {
      const found = await connection.client.discover();
      if (!found.ok) return found;
      addOrigins(connection, found.value);
      connection.discovered = true;
    }
    if (connection.origins.has(origin)) return null;
    return { ok: false, problem: foreignOriginProblem(address, originOf(connection.account.serverUrl)) };
  }
}

function addOrigins(connection: Connection, calendars: readonly CalDavCalendar[]): void {
  for (const calendar of calendars) {
    try {
      connection.origins.add(originOf(calendar.url));
    } catch {
      // Not a URL: nothing to allow.
    }
  }
}

/**
 * Registers the `caldav:*` handlers on main's `handle` (sender-checked there); the payloads are
 * checked here, since the page is not trusted. Answers the connections object (for tests).
 */
export function registerCalDavHandlers(handle: IpcHandle, deps: CalDavIpcDeps): CalDavConnections {
  const connections = new CalDavConnections(deps);
  handle('caldav:connect', (request) => connections.connect(request));
  handle('caldav:account', () => connections.account());
  handle('caldav:calendars', () => connections.calendars());
  handle('caldav:make-calendar', (name) => connections.makeCalendar(name));
  handle('caldav:list', (calendarUrl) => connections.list(calendarUrl));
  handle('caldav:write', (write) => connections.write(write));
  handle('caldav:disconnect', () => connections.disconnect());
  return connections;
}
