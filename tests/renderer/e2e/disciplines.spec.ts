import { expect, test } from './fixtures.ts';
import { DisciplinesPage } from './pages/disciplines-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

test('add and classify a discipline; it is still there after a reload', async ({ page, outsideRequests }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await expect(disciplines.count).toHaveText('显示 42 / 42 个学科');

  await disciplines.add({ name: '疼痛科', category: '重点扶持学科', staffCount: 12 });
  await expect(page.getByText('已保存学科「疼痛科」')).toBeVisible();
  await expect(disciplines.count).toHaveText('显示 43 / 43 个学科');

  await page.reload();
  await disciplines.search('疼痛');
  await expect(disciplines.row('疼痛科')).toContainText('重点扶持学科');
  await expect(disciplines.count).toHaveText('显示 1 / 43 个学科');
  expect(outsideRequests).toEqual([]);
});

test('an invalid form shows the field error in Chinese and saves nothing', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await page.getByRole('button', { name: '新增学科' }).click();
  await disciplines.fillForm({ name: '   ', staffCount: -5 });
  await disciplines.form.getByTestId('discipline-save').click();

  await expect(disciplines.form.getByText('请填写学科名称')).toBeVisible();
  await expect(disciplines.form).toBeVisible();
  await page.reload();
  await expect(disciplines.count).toHaveText('显示 42 / 42 个学科');
});

test('filter by category and search by name', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await page.getByTestId('category-filter').getByText('未分类').click();
  await expect(disciplines.count).toHaveText('显示 1 / 42 个学科');
  await expect(disciplines.row('日间手术中心')).toBeVisible();

  await page.getByTestId('category-filter').getByText('全部').click();
  await disciplines.search('内科');
  await expect(disciplines.row('心血管内科')).toBeVisible();
  await expect(disciplines.row('普通外科')).toHaveCount(0);
});

test('bulk re-classification changes every selected discipline at once', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await page.getByTestId('category-filter').getByText('未分类').click();
  await disciplines.row('日间手术中心').locator('input[type=checkbox]').check();
  await expect(page.getByTestId('bulk-selected-count')).toContainText('1');
  await page.getByTestId('bulk-category').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('平台学科').click();
  await page.getByTestId('bulk-apply').click();

  await expect(disciplines.count).toHaveText('显示 0 / 42 个学科');
  await expect(page.getByTestId('finding-DISC-UNCLASSIFIED')).toHaveCount(0);
});

test('deleting a discipline with sub-disciplines names them first; cancel keeps it', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  const dialog = await disciplines.deleteRow('外科');
  await expect(dialog).toContainText('下级学科');
  await expect(dialog).toContainText('普通外科');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(disciplines.row('普通外科')).toBeVisible();
  await page.reload();
  await disciplines.search('外科');
  await expect(disciplines.row('普通外科')).toContainText('外科');
});

test('deleting an expected platform discipline raises the measure-5 warning', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await expect(page.getByTestId('discipline-findings')).not.toContainText('检验');
  const dialog = await disciplines.deleteRow('检验科');
  await dialog.getByRole('button', { name: '删除' }).click();

  const findings = page.getByTestId('discipline-findings');
  await expect(findings).toContainText('检验');
  await expect(findings).toContainText('四.5');
  await page.reload();
  await expect(page.getByTestId('discipline-findings')).toContainText('检验');
});

test('a discipline in a specialty’s 1+N group cannot be deleted; the dialog names the specialty', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  const dialog = await disciplines.deleteRow('病理科');
  await expect(dialog).toContainText('不能删除学科「病理科」');
  await expect(dialog).toContainText('肺癌专科');
  await expect(dialog.getByRole('button', { name: '删除' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '确定' }).click();
  await page.reload();
  await disciplines.search('病理科');
  await expect(disciplines.row('病理科')).toBeVisible();
});

test('the category can be changed inline in the table', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await disciplines.search('日间手术中心');
  const key = await disciplines.row('日间手术中心').getAttribute('data-row-key');
  await page.getByTestId(`category-select-${key}`).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('平台学科').click();

  await expect(page.getByText('「日间手术中心」已设为平台学科')).toBeVisible();
  await page.reload();
  await disciplines.search('日间手术中心');
  await expect(disciplines.row('日间手术中心')).toContainText('平台学科');
});
