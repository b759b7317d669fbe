import { expect, ORIGIN, test } from './fixtures';

test('?embed=1 shows only the map, its legend, title, source line and a link to the full view, for the linked state', async ({ page }) => {
  await page.goto('./?layer=imd&area=E06000009&embed=1#7/53.8/-3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Health Gap Map: Index of Multiple Deprivation 2019: rank of average rank (1 = most deprived)');
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('embed-source')).toHaveText('Sources: ONS, MHCLG, HM Treasury, DfT, DLUHC, OHID. Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.');
  await expect(page.getByTestId('full-view-link')).toHaveAttribute('href', `${ORIGIN}/?layer=imd&area=E06000009#7/53.8/-3`);
  for (const gone of ['area-panel', 'copy-link', 'embed-button', 'sources']) await expect(page.getByTestId(gone)).toHaveCount(0);
  await expect(page.getByTestId('show-table')).toBeHidden();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Find an area' })).toHaveCount(0);
});

test('the Embed button gives the iframe code of the current view, by mouse and by keyboard', async ({ page }) => {
  // With a map view in the link: without one the page frames the area, and its camera joins the code.
  await page.goto('./?layer=imd&area=E06000009#6/53/-1.5');
  await page.getByTestId('embed-button').click();
  const code = page.getByRole('textbox', { name: 'Paste this into a web page to show this map there:' });
  await expect(code).toHaveValue(
    `<iframe src="${ORIGIN}/?layer=imd&amp;area=E06000009&amp;embed=1#6/53/-1.5" title="Health Gap Map: Index of Multiple Deprivation 2019: rank of average rank (1 = most deprived)" width="640" height="720" style="border:0" loading="lazy"></iframe>`,
  );
  await page.getByTestId('embed-button').press('Enter');
  await expect(code).toHaveCount(0);
  await page.getByTestId('embed-button').press('Enter');
  await expect(page.getByTestId('embed-box')).toBeVisible();
});
