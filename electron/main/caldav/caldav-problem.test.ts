import { describe, expect, it } from 'vitest';
import { TooLargeError, problemFromError, problemFromStatus, withoutCredentials } from './caldav-problem';

const URL_ = 'https://dav.example.org/u/study/';
const fetchFailed = (cause: object) => new TypeError('fetch failed', { cause });

describe('problemFromStatus', () => {
  it.each([
    [401, 'auth', 'check the user name and app password'],
    [403, 'auth', 'check the user name and app password'],
    [404, 'not-found', 'the calendar is gone or the URL is wrong'],
    [410, 'not-found', 'the calendar is gone or the URL is wrong'],
    [412, 'conflict', 'changed meanwhile'],
    [503, 'server', 'the server answered 503 Service Unavailable'],
  ])('%i is %s', (status, kind, words) => {
    const problem = problemFromStatus(URL_, status, 'Service Unavailable');
    expect(problem).toMatchObject({ kind, status, url: URL_ });
    expect(problem.message.startsWith(`${URL_}: `)).toBe(true);
    expect(problem.message).toContain(words);
  });
});

describe('problemFromError', () => {
  it.each([
    [fetchFailed({ code: 'ECONNREFUSED' }), 'offline', 'connection refused'],
    [fetchFailed({ code: 'ENOTFOUND' }), 'offline', 'unknown host'],
    [
      fetchFailed(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])),
      'offline',
      'refused',
    ],
    [new TypeError('fetch failed'), 'offline', 'check the address and that you are online'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'offline', 'within 30 s'],
    [fetchFailed({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'tls', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    [fetchFailed({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), 'tls', 'not trusted'],
    [fetchFailed({ code: 'CERT_HAS_EXPIRED' }), 'tls', 'not trusted'],
    [fetchFailed({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }), 'tls', 'not trusted'],
    [new TooLargeError(), 'server', 'too large'],
    [new Error('cannot find homeUrl'), 'server', 'did not answer as a CalDAV server'],
  ])('%s is %s', (error, kind, words) => {
    const problem = problemFromError(URL_, error, 30_000);
    expect(problem).toMatchObject({ kind, status: null, url: URL_ });
    expect(problem.message).toContain(words);
    expect(problem.message).not.toContain('\n');
  });
});

describe('withoutCredentials', () => {
  it('drops a user name and password from a URL', () => {
    expect(withoutCredentials('https://me:secret@dav.example.org/u/')).toBe('https://dav.example.org/u/');
    expect(withoutCredentials('not a url me:secret@host')).toBe('not a url me:secret@host');
    expect(withoutCredentials('weird://me:secret@')).not.toContain('secret');
    expect(problemFromStatus('https://me:secret@dav.example.org/', 401).message).not.toContain('secret');
  });
});
