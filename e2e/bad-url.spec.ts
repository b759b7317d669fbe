import { expect, test, waitForColouredMap } from './fixtures';

const CASES = [
  { url: './?layer=rainfall', says: 'no map layer called' },
  { url: './?area=E06999999', says: 'No English local authority has the code' },
  { url: './?area=<script>alert(1)</script>', says: 'No English local authority has the code' },
  { url: './?pct=500&imd=quarter', says: 'must be a whole number' },
  { url: './#999/NaN/abc', says: 'not a valid #zoom/latitude/longitude' },
  { url: './?layer=imd&layer=%F0%9F%92%A5%E2%80%AE', says: 'no map layer called' },
  { url: './?hle=%00%00&cmp=%3Cb%3E', says: 'is not a health measure the analysis can use' },
  { url: './#1e400/1/1', says: 'not a valid #zoom/latitude/longitude' },
];

for (const { url, says } of CASES) {
  test(`a bad link (${url}) shows a notice and a working default map`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByTestId('notices')).toContainText(says);
    await waitForColouredMap(page);
    await expect(page.getByTestId('legend')).toBeVisible();
    // The URL is cleaned up so that sharing it again does not repeat the problem.
    await expect(page).not.toHaveURL(/rainfall|E06999999|script|pct=500|NaN|%F0|%00|1e400/);
  });
}
