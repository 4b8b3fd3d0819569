/*
 * The fetch every CalDAV request of one operation goes through: a timeout per request, an
 * optional cap on the answer's size, and a record of what went wrong (tsdav's helpers throw
 * bare errors, or answer a status; this remembers the status and the network error behind them).
 */
import { TooLargeError, problemFromError, problemFromStatus } from './caldav-problem';
import type { CalDavProblem } from '../../shared/caldav-contract';

type Failure = { status: number; statusText: string };

export type CalDavSession = {
  fetch: typeof fetch;
  /** The problem behind an error a request (or tsdav around it) threw, named after `url`. */
  problem(url: string, error: unknown): CalDavProblem;
};

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** Reads the whole answer, but throws TooLargeError as soon as it passes `limit` bytes. */
async function readBounded(response: Response, limit: number): Promise<Response> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new TooLargeError();
  }
  if (!response.body || NULL_BODY_STATUSES.has(response.status)) return response;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(Buffer.concat(chunks), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** A fetch for one operation: each request times out after `timeoutMs`; answers over `maxBytes` throw. */
export function calDavSession(timeoutMs: number, maxBytes?: number): CalDavSession {
  let thrown: { error: unknown } | null = null;
  let authFailure: Failure | null = null;
  let lastFailure: Failure | null = null;

  const sessionFetch: typeof fetch = async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await fetch(input, { ...init, signal });
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      // Discovery asks /.well-known/ first; many servers answer 404 there and work all the same.
      if (response.status >= 400 && !url.includes('/.well-known/')) {
        const failure = { status: response.status, statusText: response.statusText };
        lastFailure = failure;
        if (response.status === 401 || response.status === 403) authFailure ??= failure;
      }
      return maxBytes === undefined ? response : await readBounded(response, maxBytes);
    } catch (error) {
      thrown ??= { error };
      throw error;
    }
  };

  return {
    fetch: sessionFetch,
    problem(url, error) {
      if (thrown) return problemFromError(url, thrown.error, timeoutMs);
      const failure = authFailure ?? lastFailure;
      if (failure) return problemFromStatus(url, failure.status, failure.statusText);
      return problemFromError(url, error, timeoutMs);
    },
  };
}

/** The first `limit` characters of an answer's text (a server may answer a lot). */
export async function textStart(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < limit) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}
