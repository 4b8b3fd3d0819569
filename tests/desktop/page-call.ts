/** How a call to the desktop API ended: its value, or the message it was refused with. */
export type ApiOutcome = { value: unknown } | { error: string };

/**
 * Runs in a page (serialised by Playwright, so self-contained): calls `method` of the desktop
 * API the preload exposed under `key` with `args`, and says how it ended.
 */
export async function callDesktopApi([key, method, args]: readonly [
  string,
  string,
  readonly unknown[],
]): Promise<ApiOutcome> {
  const api: unknown = Reflect.get(window, key);
  const fn: unknown = typeof api === 'object' && api !== null ? Reflect.get(api, method) : undefined;
  if (typeof fn !== 'function') return { error: `no desktop API method ${method}` };
  try {
    return { value: await Reflect.apply(fn, api, [...args]) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Runs in a page: calls the desktop API's `getVersion` under `key` and says how it ended,
 * `answered: <version>` or the error's message.
 */
export async function callGetVersion(key: string): Promise<string> {
  const api: unknown = Reflect.get(window, key);
  const getVersion: unknown =
    typeof api === 'object' && api !== null ? Reflect.get(api, 'getVersion') : undefined;
  if (typeof getVersion !== 'function') return 'no desktop API';
  try {
    return `answered: ${String(await Reflect.apply(getVersion, api, []))}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
