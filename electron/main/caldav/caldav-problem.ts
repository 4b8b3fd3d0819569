/*
 * Turns what a CalDAV request met (an HTTP status, a thrown fetch error) into a CalDavProblem:
 * one line that names the URL and says what to do. Never a stack trace, never a password.
 */
import type { CalDavProblem, CalDavProblemKind } from '../../shared/caldav-contract';

/** The URL without user name or password, for messages and answers. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return parsed.href;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    // Not a URL: drop anything that looks like `user:pass@` after a scheme.
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  }
}

function problem(
  kind: CalDavProblemKind,
  status: number | null,
  url: string,
  detail: string,
  advice: string,
): CalDavProblem {
  const safeUrl = withoutCredentials(url);
  return { kind, status, url: safeUrl, message: `${safeUrl}: ${detail}: ${advice}` };
}

const AUTH_ADVICE = 'check the user name and app password';
const NOT_FOUND_ADVICE = 'the calendar is gone or the URL is wrong';
const OFFLINE_ADVICE = 'check the address and that you are online';

/** The problem an HTTP status stands for (for a status that is not a success). */
export function problemFromStatus(url: string, status: number, statusText = ''): CalDavProblem {
  if (status === 401)
    return problem('auth', status, url, 'the server refused the user name or password (401)', AUTH_ADVICE);
  if (status === 403) {
    return problem(
      'auth',
      status,
      url,
      'the server refused access (403)',
      `${AUTH_ADVICE}, and that this account may use this calendar`,
    );
  }
  if (status === 404 || status === 410)
    return problem('not-found', status, url, `nothing is there (${status})`, NOT_FOUND_ADVICE);
  if (status === 412)
    return problem(
      'conflict',
      status,
      url,
      'it changed meanwhile (412)',
      'read the calendar again and retry',
    );
  const text = statusText.trim() ? ` ${oneLine(statusText).slice(0, 80)}` : '';
  return problem(
    'server',
    status,
    url,
    `the server answered ${status}${text}`,
    'try again later, or check the address',
  );
}

/** A problem of the server's answer that has no telling status (not CalDAV, too large…). */
export function serverProblem(
  url: string,
  detail: string,
  advice: string,
  status: number | null = null,
): CalDavProblem {
  return problem('server', status, url, detail, advice);
}

/** A write that met another version of the event, or another event with its UID. */
export function conflictProblem(url: string, status: number, detail: string): CalDavProblem {
  return problem('conflict', status, url, detail, 'read the calendar again and retry');
}

/** A calendar that is not there, told by something else than a 404. */
export function notFoundProblem(url: string, status: number, detail: string): CalDavProblem {
  return problem('not-found', status, url, detail, NOT_FOUND_ADVICE);
}

/** An address the client cannot even ask (not an http(s) URL). */
export function badUrlProblem(url: string): CalDavProblem {
  return problem('not-found', null, url, 'this is not an http(s) address', 'check the address');
}

/** Thrown inside a request to stop reading an answer that is over the limits. */
export class TooLargeError extends Error {
  constructor() {
    super('too large');
    this.name = 'TooLargeError';
  }
}

const OFFLINE_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'the host name could not be looked up',
  ECONNRESET: 'the connection was cut',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  EPIPE: 'the connection was cut',
  UND_ERR_SOCKET: 'the connection was cut',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out',
  UND_ERR_BODY_TIMEOUT: 'timed out',
};

const isTlsCode = (code: string) =>
  code.startsWith('CERT_') ||
  code.startsWith('ERR_TLS_') ||
  code.startsWith('ERR_SSL_') ||
  code.includes('SELF_SIGNED') ||
  code.startsWith('UNABLE_TO_') ||
  code === 'HOSTNAME_MISMATCH';

/** The `code`s along an error's cause chain (and inside AggregateErrors), nearest first. */
function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const codes: string[] = [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') codes.push(code);
  if (Array.isArray(errors)) for (const inner of errors) codes.push(...errorCodes(inner, depth + 1));
  codes.push(...errorCodes(cause, depth + 1));
  return codes;
}

const errorName = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The problem a thrown request error stands for: offline, TLS, too large or a broken answer. */
export function problemFromError(url: string, error: unknown, timeoutMs: number): CalDavProblem {
  const name = errorName(error);
  if (error instanceof TooLargeError) {
    return serverProblem(url, 'the calendar is too large to read', 'use a calendar with fewer events');
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    return problem(
      'offline',
      null,
      url,
      `cannot reach the server (no answer within ${seconds(timeoutMs)})`,
      OFFLINE_ADVICE,
    );
  }
  const codes = errorCodes(error);
  const tls = codes.find(isTlsCode);
  if (tls) {
    return problem(
      'tls',
      null,
      url,
      `the server's certificate is not trusted (${tls})`,
      'check the address, or ask whoever runs the server to fix its certificate',
    );
  }
  const known = codes.find((code) => code in OFFLINE_CODES);
  const fetchFailed = error instanceof TypeError && /fetch failed|network|socket/i.test(error.message);
  if (known || fetchFailed || name === 'TimeoutError') {
    const reason = known ? ` (${OFFLINE_CODES[known]})` : '';
    return problem('offline', null, url, `cannot reach the server${reason}`, OFFLINE_ADVICE);
  }
  // Anything else is an answer we could not use (tsdav throws when the XML is not what it expects).
  return serverProblem(
    url,
    'the server did not answer as a CalDAV server',
    'check that the address is the CalDAV address',
  );
}
