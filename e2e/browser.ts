// Which Chromium the tests drive: CHROMIUM_PATH if set, else Debian's, else Playwright's own download,
// fetched here on first use where the network allows it.
import { spawnSync } from 'node:child_process';
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

const NO_BROWSER =
  'No Chromium found and Playwright could not download one: run `apt-get install -y chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';

function bundledChromium(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}

/** Playwright's own download; where the network is closed it fails (in under a minute) and NO_BROWSER says what to do. */
function installBundledChromium(): boolean {
  console.log('No Chromium found: fetching Playwright\'s own (npx playwright install chromium)…');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 600_000 });
  return install.status === 0;
}

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = bundledChromium();
  if (bundled && existsSync(bundled)) return undefined;
  if (installBundledChromium() && existsSync(bundledChromium())) return undefined;
  throw new Error(NO_BROWSER);
}
