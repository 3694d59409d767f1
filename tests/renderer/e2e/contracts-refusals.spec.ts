import { DEMO_WEIGHT_95_UNIT } from '#shared/sample/index.ts';
import { expect, test } from './fixtures.ts';
import { ContractsPage } from './pages/contracts-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

// The bad input issue 6 names, each met in the UI with its own Chinese message, on the demo's draft whose
// weights sum to 95 (term 2027-01-01 – 2031-12-31; the first target 出院人次 is scored proportionally).
test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  const contracts = new ContractsPage(page);
  await contracts.open();
  await contracts.openContract(DEMO_WEIGHT_95_UNIT);
  await expect(contracts.status).toHaveText('草稿');
});

test('weights that do not sum to 100 keep the contract in draft, with the gap named', async ({ page, outsideRequests }) => {
  const contracts = new ContractsPage(page);
  await expect(page.getByTestId('weight-message')).toContainText('权重合计为 95，应恰好为 100（还差 5）');

  await page.getByTestId('action-UNDER_REVIEW').click();
  const modal = page.getByTestId('workflow-modal');
  await modal.getByTestId('workflow-by').fill('王干事');
  await modal.getByRole('button', { name: '提交审核' }).click();
  await expect(modal).toContainText('责任书不能提交审核：权重合计为 95，应为 100');
  await modal.getByRole('button', { name: '取消' }).click();
  await page.reload();
  await expect(contracts.status).toHaveText('草稿');
  expect(outsideRequests).toEqual([]);
});

test('a term ending before it starts is refused at the field and nothing is saved', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.pickDate('terms-end', '2026-12-31');
  await page.getByTestId('terms-save').click();
  await expect(page.getByText('任期结束日期（2026-12-31）应晚于开始日期（2027-01-01）')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('terms-end')).toHaveValue('2031-12-31');
});

test('a shorter term leaves annual targets outside it, named until they are removed', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.pickDate('terms-end', '2030-12-31');
  await page.getByTestId('terms-save').click();
  await expect(page.getByText('已保存责任书条款')).toBeVisible();
  await expect(page.getByTestId('contract-problems')).toContainText('指标「出院人次」的 2031 年目标超出任期（2027–2030 年）');
  await expect(page.getByRole('columnheader', { name: '2031 年目标' })).toHaveCount(0);

  await page.getByTestId('remove-goals-outside-term').click();
  await expect(page.getByText(/已移除 \d+ 项指标中任期外的年度目标/)).toBeVisible();
  await expect(page.getByTestId('contract-problems')).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('target-table')).toBeVisible();
  await expect(page.getByTestId('contract-problems')).toBeHidden();
});

test('a proportional target of 0 and a target without a baseline year are named in the problems', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.fillCell('goal-0-2027', '0');
  await expect(page.getByTestId('contract-problems')).toContainText('指标「出院人次」按比例计分，但 2027 年目标为 0，无法计算完成比例');

  await page.getByTestId('target-edit-0').click();
  const drawer = page.getByTestId('target-form');
  await drawer.getByLabel('基线年份').clear();
  await page.getByTestId('target-save').click();
  await expect(drawer).toBeHidden();
  await expect(page.getByTestId('contract-problems')).toContainText('指标「出院人次」缺少基线年份');
  await expect(page.getByTestId('target-table').getByText('未设定')).toBeVisible();
});
