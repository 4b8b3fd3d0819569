/**
 * `tsx scripts/ensure-browser.ts`: run before the browser tests. Finds the Chromium they
 * will drive (see tests/chromium.ts) and downloads Playwright's when there is none; where
 * none can be had, prints one line saying how to get one and exits with 1.
 */
import { ensureChromium } from '../tests/chromium';

const found = ensureChromium();
if (!found.ok) {
  console.error(found.message);
  process.exit(1);
}
