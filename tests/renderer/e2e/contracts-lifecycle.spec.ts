import { expect, test } from './fixtures.ts';
import { ContractsPage } from './pages/contracts-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  await new ContractsPage(page).open();
});

test('sign with picked dates, start, complete the term: each step records who and when', async ({ page, outsideRequests }) => {
  const contracts = new ContractsPage(page);
  await contracts.openContract('内分泌科');
  await expect(contracts.status).toHaveText('审核中');

  await page.getByTestId('action-SIGNED').click();
  const modal = page.getByTestId('workflow-modal');
  await modal.getByTestId('workflow-by').fill('王干事');
  await contracts.pickDate('sign-date-hospital', '2026-12-01');
  await contracts.pickDate('sign-date-director', '2026-12-02');
  await modal.getByRole('button', { name: '签署' }).click();
  await expect(modal).toBeHidden();
  await expect(contracts.status).toHaveText('已签署');

  await contracts.act('ACTIVE', '开始执行');
  await expect(contracts.status).toHaveText('执行中');
  await contracts.act('ASSESSED', '完成任期考核', '任期届满，考核完成');
  await expect(contracts.status).toHaveText('已考核');
  await expect(page.getByTestId('action-TERMINATED')).toHaveCount(0);

  await contracts.tab(/版本与流程/);
  await expect(page.getByText('签署：院方')).toContainText('（2026-12-01）');
  await expect(page.getByText('签署：院方')).toContainText('（2026-12-02）');
  const log = page.getByTestId('status-log');
  await expect(log).toContainText('已签署 → 执行中');
  await expect(log).toContainText('执行中 → 已考核');
  await expect(log).toContainText('任期届满，考核完成');
  expect(outsideRequests).toEqual([]);
});

test('a draft can be deleted after a confirm; a signed contract offers no delete', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.openContract('康复医学科');
  await page.getByTestId('delete-draft').click();
  await expect(page.getByRole('dialog')).toContainText('草稿及其全部考核指标将被删除');
  await page.getByTestId('confirm-delete-draft').click();
  await expect(page.getByText('已删除责任书「康复医学科主任任期目标责任书（2027—2031年）」')).toBeVisible();
  await expect(page).toHaveURL(/#\/contracts$/);
  await expect(page.getByRole('row').filter({ hasText: '康复医学科' })).toHaveCount(0);

  await contracts.openContract('肺癌专科');
  await expect(contracts.status).toHaveText('已签署');
  await expect(page.getByTestId('delete-draft')).toHaveCount(0);
});

test('the hospital grade scale regrades the list; a scale out of order is refused at the field', async ({ page }) => {
  const cardiology = page.getByRole('row').filter({ hasText: '心血管内科' });
  await expect(cardiology).toContainText('2025 年 优秀');

  await page.getByTestId('grade-scale').click();
  const dialog = page.getByRole('dialog', { name: '考核等级设置' });
  await dialog.getByLabel('第 2 级分数线').fill('95');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toContainText('等级「良好」的分数线应低于「优秀」');

  await dialog.getByLabel('第 2 级分数线').fill('80');
  await dialog.getByLabel('第 1 级分数线').fill('99');
  await dialog.getByLabel('第 1 级名称').fill('卓越');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(cardiology).toContainText('2025 年 良好');

  await page.reload();
  await expect(cardiology).toContainText('2025 年 良好');
  await page.getByTestId('grade-scale').click();
  await page.getByTestId('grade-scale-reset').click();
  await expect(page.getByText('已恢复默认考核等级')).toBeVisible();
  await expect(cardiology).toContainText('2025 年 优秀');
});

test('an amended contract scores the years before the amendment by the version signed then', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.openContract('神经内科'); // 第 2 版 signed 2024-07-01 moved 4 points of weight from 出院人次 to CMI
  await contracts.tab('年度考核');
  const year = page.getByTestId('assessment-year');
  const discharges = page.getByTestId('assessment-table').getByRole('row').filter({ hasText: '出院人次' });

  await year.getByText('2023 年').click();
  await expect(page.getByTestId('assessment-version')).toHaveText('按第 1 版考核');
  await expect(discharges).toContainText('× 权重 12');
  await year.getByText('2025 年').click();
  await expect(page.getByTestId('assessment-version')).toHaveText('按第 2 版考核');
  await expect(discharges).toContainText('× 权重 8');
});
