import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, DEBIAN_CHROMIUM, ensureChromium, findChromium } from '../tests/chromium';
import type { ChromiumLookupEnv } from '../tests/chromium';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine with only the given files, recording what the lookup says and downloads. */
function machine(files: string[], env: NodeJS.ProcessEnv = {}, download: string | null = null) {
  const present = new Set(files);
  const said: string[] = [];
  let downloads = 0;
  const lookup: Partial<ChromiumLookupEnv> = {
    env,
    isFile: (path) => present.has(path),
    debianPath: DEBIAN_CHROMIUM,
    playwrightPath: () => PLAYWRIGHT,
    installPlaywrightChromium: () => {
      downloads++;
      if (download === null) present.add(PLAYWRIGHT);
      return download;
    },
    say: (line) => said.push(line),
  };
  return { lookup, said, downloads: () => downloads };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then Debian’s Chromium, then Playwright’s', () => {
    const all = ['/opt/chrome', DEBIAN_CHROMIUM, PLAYWRIGHT];
    expect(findChromium(machine(all, { CHROMIUM_PATH: '/opt/chrome' }).lookup)).toEqual({
      ok: true,
      executablePath: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(findChromium(machine(all).lookup)).toMatchObject({ executablePath: DEBIAN_CHROMIUM });
    expect(findChromium(machine([PLAYWRIGHT]).lookup)).toMatchObject({ source: 'playwright' });
  });

  it('refuses a CHROMIUM_PATH that names no file, saying it must', () => {
    const result = findChromium(machine([DEBIAN_CHROMIUM], { CHROMIUM_PATH: '/nowhere/chrome' }).lookup);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining(
        'CHROMIUM_PATH is "/nowhere/chrome", which is not a file: it must name an existing',
      ),
    });
  });
});

describe('ensureChromium', () => {
  it('downloads Playwright’s Chromium when there is none, saying so in one line', () => {
    const m = machine([]);
    expect(ensureChromium(m.lookup)).toEqual({ ok: true, executablePath: PLAYWRIGHT, source: 'playwright' });
    expect(m.downloads()).toBe(1);
    expect(m.said).toEqual([expect.stringContaining('npx playwright install chromium')]);
  });

  it('downloads nothing when a Chromium is there', () => {
    const m = machine([DEBIAN_CHROMIUM]);
    expect(ensureChromium(m.lookup).ok).toBe(true);
    expect(m.downloads()).toBe(0);
    expect(m.said).toEqual([]);
  });

  it('says in one line how to get one when the download fails', () => {
    const m = machine([], {}, 'getaddrinfo ENOTFOUND cdn.playwright.dev');
    const result = ensureChromium(m.lookup);
    if (result.ok) throw new Error('expected no Chromium');
    expect(result.message).not.toContain('\n');
    expect(result.message).toContain('ENOTFOUND');
    expect(result.message).toContain('npx playwright install chromium');
    expect(result.message).toContain('CHROMIUM_PATH');
  });

  it('does not download over a CHROMIUM_PATH that names no file', () => {
    const m = machine([], { CHROMIUM_PATH: '/nowhere/chrome' });
    expect(ensureChromium(m.lookup).ok).toBe(false);
    expect(m.downloads()).toBe(0);
  });
});

describe('chromiumLaunchOptions', () => {
  it('keeps Chromium off the network it cannot reach', () => {
    expect(chromiumLaunchOptions().args).toContain('--disable-background-networking');
  });
});
