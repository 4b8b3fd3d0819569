import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import type { LaunchOptions } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests, the desktop suite and the bench drive, in this order:
 * `CHROMIUM_PATH`; else Debian's `/usr/bin/chromium`; else Playwright's own Chromium,
 * downloaded on first use (`npx playwright install chromium`). `npm install` fetches no
 * browser, so without this a fresh laptop failed at the end-to-end step with no hint.
 */

/** Debian's Chromium, installed on our machines (they cannot download Playwright's). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** What to tell someone who has no Chromium at all. */
export const HOW_TO_GET_CHROMIUM =
  "run `npx playwright install chromium`, install your system's Chromium (Debian: `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome binary";

/** Where the lookup looks; the defaults are the real machine, tests pass their own. */
export type ChromiumLookupEnv = {
  env: NodeJS.ProcessEnv;
  isFile: (path: string) => boolean;
  debianPath: string;
  /** Where Playwright keeps (or would keep) its own Chromium. */
  playwrightPath: () => string;
  /** Downloads Playwright's Chromium: `null` on success, else why it failed (one line). */
  installPlaywrightChromium: () => string | null;
  /** Prints one line for the user. */
  say: (line: string) => void;
};

/** A Chromium to launch, or why there is none (one line, with how to get one). */
export type ChromiumLookup =
  | { ok: true; executablePath: string; source: 'CHROMIUM_PATH' | 'debian' | 'playwright' }
  | { ok: false; message: string };

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Playwright's command line, run with this Node: `npx` may not be on PATH (or may be slow). */
function installWithPlaywrightCli(): string | null {
  const cli = createRequire(__filename).resolve('@playwright/test/cli');
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], { encoding: 'utf8' });
  if (result.error) return result.error.message;
  if (result.status === 0) return null;
  const lines = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !/^[═╔╚║|]/.test(line));
  return lines.find((line) => /error|fail|not/i.test(line)) ?? lines[0] ?? `exit code ${result.status}`;
}

const realMachine: ChromiumLookupEnv = {
  env: process.env,
  isFile,
  debianPath: DEBIAN_CHROMIUM,
  playwrightPath: () => chromium.executablePath(),
  installPlaywrightChromium: installWithPlaywrightCli,
  say: (line) => console.log(line),
};

/** The Chromium already on this machine, if any; never downloads, never throws. */
export function findChromium(machine: Partial<ChromiumLookupEnv> = {}): ChromiumLookup {
  const { env, isFile: exists, debianPath, playwrightPath } = { ...realMachine, ...machine };
  const fromEnv = env['CHROMIUM_PATH']?.trim();
  if (fromEnv) {
    return exists(fromEnv)
      ? { ok: true, executablePath: fromEnv, source: 'CHROMIUM_PATH' }
      : {
          ok: false,
          message: `CHROMIUM_PATH is "${fromEnv}", which is not a file: it must name an existing Chromium or Chrome binary (or unset it to use the system's or Playwright's Chromium).`,
        };
  }
  if (exists(debianPath)) return { ok: true, executablePath: debianPath, source: 'debian' };
  const own = playwrightPath();
  if (exists(own)) return { ok: true, executablePath: own, source: 'playwright' };
  return { ok: false, message: `No Chromium found for the browser tests: ${HOW_TO_GET_CHROMIUM}.` };
}

/**
 * A Chromium to launch: the one found, else Playwright's, downloaded now with a one-line
 * message. A bad `CHROMIUM_PATH` is reported, not worked around.
 */
export function ensureChromium(machine: Partial<ChromiumLookupEnv> = {}): ChromiumLookup {
  const m = { ...realMachine, ...machine };
  const found = findChromium(m);
  // A CHROMIUM_PATH that names nothing is the user's to fix: a download would hide it.
  if (found.ok || m.env['CHROMIUM_PATH']?.trim()) return found;
  m.say("No Chromium found: downloading Playwright's Chromium once (npx playwright install chromium)…");
  const failure = m.installPlaywrightChromium();
  const own = m.playwrightPath();
  if (failure === null && m.isFile(own)) return { ok: true, executablePath: own, source: 'playwright' };
  return {
    ok: false,
    message: `No Chromium for the browser tests, and Playwright's could not be downloaded (${failure ?? 'it is still missing'}): ${HOW_TO_GET_CHROMIUM}.`,
  };
}

/**
 * Launch options for the Chromium `findChromium` picks (Playwright's default where none is
 * found yet: `scripts/ensure-browser.ts` runs first and says what to do). The flags keep a
 * headless Chromium off the network it cannot reach here.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const found = findChromium();
  return {
    ...(found.ok ? { executablePath: found.executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
