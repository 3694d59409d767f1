import { expect, test } from './fixtures.ts';
import { SettingsPage } from './pages/settings-page.ts';

test('the hospital profile refuses invalid values field by field and keeps the stored profile', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  await page.goto('/#/hospital');

  await page.getByLabel('医院名称').fill('');
  await page.getByLabel('城市').fill('   ');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('请填写医院名称')).toBeVisible();
  await expect(page.getByText('请填写城市')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('医院名称')).toHaveValue('示例市第一人民医院');
  await expect(page.getByTestId('current-hospital-name')).toHaveText('示例市第一人民医院');

  await page.getByLabel('编制床位数').fill('2300');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  // The write is asynchronous: reloading before it is stored would test nothing but the race.
  await expect(page.getByText('已保存')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('编制床位数')).toHaveValue('2300');
});
