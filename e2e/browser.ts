// Which Chromium the tests drive: CHROMIUM_PATH if set, else Debian's, else Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags proven on these machines: root needs no sandbox; software WebGL; no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error('No Chromium found: run `apt-get install -y chromium` (Debian), set CHROMIUM_PATH, or `npx playwright install chromium`.');
}
