import { chromium } from '@playwright/test';
const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: exe, args: ['--use-gl=swiftshader', '--enable-unsafe-swiftshader'] });
const [,, url, name, w, h, action] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(`http://127.0.0.1:4317/${url}`);
await page.waitForTimeout(2500);
if (action === 'similar') { await page.getByTestId('similar-areas').scrollIntoViewIfNeeded(); }
if (action === 'table') { await page.getByTestId('similar-table').scrollIntoViewIfNeeded(); }
if (action === 'sheet') { await page.getByTestId('sheet-toggle').click(); await page.waitForTimeout(500); await page.getByTestId('similar-areas').scrollIntoViewIfNeeded(); }
await page.waitForTimeout(500);
await page.screenshot({ path: `/tmp/compare23b-${name}.png` });
await browser.close();
