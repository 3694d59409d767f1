import { expect, test } from './fixtures.ts';
import { ContractsPage } from './pages/contracts-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

test('contract from a template: weights to 100, sign, read-only, amendment, actuals and the grade', async ({ page, outsideRequests }) => {
  const contracts = new ContractsPage(page);
  await contracts.open();
  await contracts.create({ template: '通用临床', unit: '心血管内科', hospitalSide: '张院长', director: '李主任', operator: '王干事' });

  // Weights: the template sums to 100; a change shows the gap live, fixing it clears the message.
  await expect(contracts.weightTotal).toHaveText('权重合计 100 / 100');
  await page.getByTestId('weight-0').fill('10');
  await expect(page.getByTestId('weight-message')).toContainText('还差 2');
  await page.getByTestId('weight-0').press('Enter');
  await contracts.fillCell('weight-1', '12');
  await expect(contracts.weightTotal).toHaveText('权重合计 100 / 100');
  await expect(page.getByTestId('weight-message')).toBeHidden();

  // The template leaves yearly targets to the unit; the problems name the target until they are filled.
  await expect(page.getByTestId('contract-problems')).toContainText('指标「出院人次」缺少');
  await contracts.fillAllGoals('100');
  await expect(page.getByTestId('contract-problems')).toBeHidden();

  await contracts.act('UNDER_REVIEW', '提交审核');
  await expect(contracts.status).toHaveText('审核中');
  await contracts.act('SIGNED', '签署');
  await expect(contracts.status).toHaveText('已签署');

  // Signed: read-only, nothing to type into, only an amendment can change it.
  await expect(page.getByTestId('contract-locked')).toBeVisible();
  await expect(page.getByTestId('weight-0')).toHaveCount(0);
  await expect(page.getByTestId('terms-save')).toHaveCount(0);
  await expect(page.getByTestId('target-add')).toHaveCount(0);

  await contracts.act('AMEND', '发起补充协议', '调整出院人次与疑难危重病例权重');
  await expect(contracts.version).toHaveText('第 2 版');
  await expect(contracts.status).toHaveText('草稿');
  await contracts.fillCell('weight-0', '14');
  await contracts.fillCell('weight-2', '4');
  await expect(contracts.weightTotal).toHaveText('权重合计 100 / 100');
  await contracts.tab(/版本与流程/);
  await expect(page.getByTestId('version-2')).toContainText('「出院人次」权重 10 → 14');
  await expect(page.getByTestId('version-picker')).toContainText('第 1 版 · 已签署');

  // Assessment uses the signed version 1: a non-number is refused at the field, then every actual is entered.
  await contracts.tab('年度考核');
  await expect(page.getByTestId('assessment-grade')).toContainText('未完成');
  await contracts.fillCell('actual-0', 'abc');
  await expect(page.getByText('实际值应为数字（输入的是「abc」）')).toBeVisible();
  const values: Record<number, string> = { 8: '90', 12: '0', 13: '0' };
  for (const order of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13]) await contracts.fillCell(`actual-${order}`, values[order] ?? '100');
  await expect(page.getByTestId('assessment-summary')).toContainText('待定性评分 1 项');
  await page.getByTestId('qualitative-11').click();
  await page.getByTestId('qualitative-points').fill('10');
  await page.getByTestId('qualitative-reason').fill('学科规划执行到位，科室管理规范');
  await page.getByTestId('qualitative-modal').getByRole('button', { name: '保存' }).click();

  await expect(page.getByTestId('assessment-total')).toContainText('100.00');
  await expect(page.getByTestId('assessment-grade')).toContainText('优秀');
  // The trend opens on the first measured KPI; a veto item has none to show, so its row picks nothing.
  await expect(page.getByTestId('trend-chart')).toHaveAttribute('aria-label', '出院人次的实际值与年度目标');
  await page.getByTestId('assessment-table').getByText('重大医疗质量安全事件').click();
  await expect(page.getByTestId('trend-chart')).toHaveAttribute('aria-label', '出院人次的实际值与年度目标');
  await page.getByTestId('assessment-table').getByText('病例组合指数 CMI').click();
  await expect(page.getByTestId('trend-chart')).toHaveAttribute('aria-label', '病例组合指数 CMI的实际值与年度目标');
  expect(outsideRequests).toEqual([]);
});
