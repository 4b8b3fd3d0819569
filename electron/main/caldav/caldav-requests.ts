/*
 * What main accepts from the page for calendar sync (the page is not trusted): the shapes of the
 * payloads, and which addresses may be asked (https anywhere, http only on this computer; reads
 * and writes only on the connected server).
 */
import { z } from 'zod';
import type { CalDavProblem, CalDavWrite } from '../../shared/caldav-contract';
import type { CalDavConnectRequest } from '../../shared/ipc-contract';
import { MAX_CALDAV_SECRET_CHARS, MAX_CALDAV_URL_CHARS } from './caldav-account';
import { withoutCredentials } from './caldav-problem';

/** The largest event (calendar object) the page may write, in UTF-8 bytes. */
export const MAX_CALDAV_WRITE_BYTES = 1_000_000;
/** The longest calendar name the page may ask for. */
export const MAX_CALENDAR_NAME_CHARS = 200;

/** A payload that is not what the channel takes: only a page that is not the app's sends one. */
export class BadCalDavRequestError extends Error {
  constructor(channel: string, what: string) {
    // Names the channel and what was expected, never the payload (it may hold the password).
    super(`${channel}: the request is not ${what}`);
    this.name = 'BadCalDavRequestError';
  }
}

const url = z.string().max(MAX_CALDAV_URL_CHARS);
/** A header value: no line breaks or other control characters. */
const isHeaderText = (text: string) =>
  [...text].every((char) => {
    const code = char.charCodeAt(0);
    return code >= 0x20 && code !== 0x7f;
  });
const etag = z.string().max(MAX_CALDAV_URL_CHARS).refine(isHeaderText).nullable();
// Characters first (cheap, and UTF-8 never takes fewer bytes than characters), then bytes.
const data = z.string().max(MAX_CALDAV_WRITE_BYTES);

const connectSchema = z
  .object({
    serverUrl: url,
    user: z.string().max(MAX_CALDAV_SECRET_CHARS),
    password: z.string().max(MAX_CALDAV_SECRET_CHARS),
  })
  .strict();

const writeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create'), url, data }).strict(),
  z.object({ kind: z.literal('update'), url, etag, data }).strict(),
  z.object({ kind: z.literal('delete'), url, etag }).strict(),
]);

function parse<T>(schema: z.ZodType<T>, payload: unknown, channel: string, what: string): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new BadCalDavRequestError(channel, what);
  return parsed.data;
}

/** The connect request's fields (strings of sane length); throws {@link BadCalDavRequestError}. */
export function parseConnectRequest(payload: unknown): CalDavConnectRequest {
  return parse(connectSchema, payload, 'caldav:connect', 'a server URL, user name and password');
}

/** A calendar write within the size limit of its URL and data; throws {@link BadCalDavRequestError}. */
export function parseWrite(payload: unknown): CalDavWrite {
  return parse(writeSchema, payload, 'caldav:write', 'a calendar write');
}

/** A calendar URL (a string of sane length); throws {@link BadCalDavRequestError}. */
export function parseUrl(payload: unknown, channel: string): string {
  return parse(url, payload, channel, 'a URL');
}

/** A new calendar's name; throws {@link BadCalDavRequestError}. */
export function parseCalendarName(payload: unknown): string {
  return parse(z.string().max(MAX_CALENDAR_NAME_CHARS), payload, 'caldav:make-calendar', 'a calendar name');
}

/** Whether a write's data is over {@link MAX_CALDAV_WRITE_BYTES} in UTF-8. */
export function writeTooLarge(write: CalDavWrite): boolean {
  return write.kind !== 'delete' && Buffer.byteLength(write.data, 'utf8') > MAX_CALDAV_WRITE_BYTES;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const refusal = (address: string, detail: string, advice: string): CalDavProblem => {
  const safe = withoutCredentials(address);
  return { kind: 'server', status: null, url: safe, message: `${safe}: ${detail}: ${advice}` };
};

/**
 * The address parsed when calendar sync may ask it: an absolute http(s) URL without user name
 * or password, https unless the host is this computer (plain http would send the password in
 * clear). Otherwise the problem to answer.
 */
export function allowedAddress(
  address: string,
): { ok: true; url: URL } | { ok: false; problem: CalDavProblem } {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    return {
      ok: false,
      problem: refusal(address, 'this is not a full http(s) address', 'check the address'),
    };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return {
      ok: false,
      problem: refusal(
        address,
        `calendar sync does not use ${parsed.protocol} addresses`,
        'use an https:// address',
      ),
    };
  }
  if (parsed.username || parsed.password) {
    return {
      ok: false,
      problem: refusal(
        address,
        'the address holds a user name or password',
        'enter them in their own fields',
      ),
    };
  }
  if (parsed.protocol === 'http:' && !LOOPBACK_HOSTS.has(parsed.hostname)) {
    return {
      ok: false,
      problem: refusal(
        address,
        'plain http:// would send the password unencrypted; it is allowed only for a server on this computer (localhost, 127.0.0.1, ::1)',
        'use the https:// address',
      ),
    };
  }
  return { ok: true, url: parsed };
}

/** The problem for a read or write outside the connected server's origins. */
export function foreignOriginProblem(address: string, serverOrigin: string): CalDavProblem {
  return refusal(
    address,
    `this URL is not on the connected calendar server (${serverOrigin})`,
    'calendar sync reads and writes only calendars of the connected account',
  );
}

/** The problem for a request with no account connected. */
export function notConnectedProblem(address = ''): CalDavProblem {
  const safe = withoutCredentials(address);
  const advice = 'connect an account in Settings → Calendar sync first';
  const message = safe
    ? `${safe}: calendar sync is not connected: ${advice}`
    : `Calendar sync is not connected: ${advice}.`;
  return { kind: 'auth', status: null, url: safe, message };
}

/** The problem for a connect whose account cannot be kept: `sentence` says why (no keychain, a disk error). */
export function notKeptProblem(serverUrl: string, sentence: string): CalDavProblem {
  return { kind: 'server', status: null, url: withoutCredentials(serverUrl), message: sentence };
}

/** The problem for a connect without a user name or password. */
export function missingCredentialsProblem(serverUrl: string): CalDavProblem {
  const safe = withoutCredentials(serverUrl);
  return {
    kind: 'auth',
    status: null,
    url: safe,
    message: `${safe}: a user name and an app password are needed: enter both`,
  };
}
