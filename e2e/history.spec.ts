import { expect, test, waitForColouredMap } from './fixtures';

test('back and forward step through layer and selection changes', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await page.getByTestId('layer-select').selectOption('luf');
  await expect(page).toHaveURL(/layer=luf/);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('Hartlepool');
  await box.press('Enter');
  await expect(page).toHaveURL(/area=E06000001/);

  await page.goBack();
  await expect(page).not.toHaveURL(/area=/);
  await expect(page.getByTestId('area-panel')).toHaveCount(0);
  await expect(page.getByTestId('layer-select')).toHaveValue('luf');

  await page.goBack();
  await expect(page).not.toHaveURL(/layer=/);
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'hle-male');

  await page.goForward();
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'luf');
  await page.goForward();
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E06000001');
});
