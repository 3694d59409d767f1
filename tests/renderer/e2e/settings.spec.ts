import { expect, test } from './fixtures.ts';
import { DisciplinesPage } from './pages/disciplines-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

test('a truncated backup is refused with the reason, and the data stays as it was', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  await settings.restoreFrom({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"specialty-planner-backup","version":1,"tables":{"hospitals":[{"id":'),
  });
  await expect(page.getByTestId('restore-error')).toContainText('文件不完整');

  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await expect(disciplines.count).toHaveText('显示 42 / 42 个学科');
});

test('loading sample data over existing data asks first; cancel changes nothing', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await disciplines.add({ name: '疼痛科', category: '优势学科' });
  await expect(disciplines.count).toHaveText('显示 43 / 43 个学科');

  await settings.open();
  await page.getByTestId('load-demo-sample').click();
  await expect(page.getByRole('dialog')).toContainText('43 个学科');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  await disciplines.open();
  await expect(disciplines.count).toHaveText('显示 43 / 43 个学科');
});

test('every page of the navigation opens, and unbuilt ones say so plainly', async ({ page, outsideRequests }) => {
  await page.goto('/#/hospital');
  for (const label of ['同步']) {
    await page.getByRole('menuitem', { name: label }).click();
    await expect(page.getByTestId('coming-soon')).toContainText('本功能将在后续版本提供');
  }
  await page.getByRole('menuitem', { name: '医院概况' }).click();
  await expect(page.getByTestId('empty-database')).toBeVisible();
  expect(outsideRequests).toEqual([]);
});
