// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core.
// Without it the tests are skipped, and the skip says why.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Title suffix that makes a skip visible in the test report. */
export const skipReason = hasChromium ? '' : ` (SKIPPED: ${CHROMIUM} is not installed; apt-get install chromium)`;
if (!hasChromium) console.warn(`warta browser tests skipped: ${CHROMIUM} is not installed`);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
