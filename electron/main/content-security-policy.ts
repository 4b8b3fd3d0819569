/** CSP directives, in the order they are written. */
type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

const PRODUCTION_DIRECTIVES: Directives = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  // React and React Flow set inline `style` attributes; scripts stay strict.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:']],
  ['worker-src', ["'self'", 'blob:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['form-action', ["'none'"]],
];

function serialize(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy the packaged app is served with. Never contains `'unsafe-eval'`. */
export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES);

/**
 * The policy for `electron-vite dev`. Vite's React plugin injects an inline module script
 * (the Fast Refresh preamble) and HMR talks over a WebSocket to the dev server, so dev alone
 * allows inline scripts and `ws:` to that one host. Still no `'unsafe-eval'`.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const { host, protocol } = new URL(devServerUrl);
  const socket = `${protocol === 'https:' ? 'wss' : 'ws'}://${host}`;
  return serialize(
    PRODUCTION_DIRECTIVES.map(([name, sources]) => {
      if (name === 'script-src') return [name, [...sources, "'unsafe-inline'"]] as const;
      if (name === 'connect-src') return [name, [...sources, socket]] as const;
      return [name, sources] as const;
    }),
  );
}

/**
 * Returns `headers` with `policy` as the only Content-Security-Policy header, dropping any
 * other spelling of it (header names are case-insensitive) so a server cannot loosen it.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}
