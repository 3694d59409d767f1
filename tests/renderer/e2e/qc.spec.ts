import { expect, test } from './fixtures.ts';
import { SettingsPage } from './pages/settings-page.ts';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  await page.getByRole('menuitem', { name: '质控指标' }).click();
});

test('an observation is checked at the field, sets the status, and survives a reload', async ({ page, outsideRequests }) => {
  const card = page.getByTestId('qc-specialty').filter({ hasText: '胸痛中心' }).first();
  const field = card.getByRole('textbox', { name: '2024 年监测值' }).first();
  const testId = await field.getAttribute('data-testid');
  const id = testId!.replace('qc-observed-', '');
  const status = page.getByTestId(`qc-status-${id}`);
  const before = await field.inputValue();

  await field.fill('约九成');
  await field.press('Enter');
  await expect(page.getByRole('tooltip')).toContainText('2024 年监测值');
  await page.reload();
  await expect(page.getByTestId(`qc-observed-${id}`)).toHaveValue(before);

  await page.getByTestId(`qc-observed-${id}`).fill('');
  await page.getByTestId(`qc-observed-${id}`).press('Enter');
  await expect(status).toHaveText('未填报');
  await page.reload();
  await expect(page.getByTestId(`qc-observed-${id}`)).toHaveValue('');
  await expect(page.getByTestId(`qc-summary`)).toContainText('未填报');
  expect(outsideRequests).toEqual([]);
});

test('appointing the missing 质控专员 clears the readiness finding', async ({ page }) => {
  const card = page.getByTestId('qc-specialty').filter({ hasText: '骨质疏松与代谢性骨病专科' });
  await expect(card.getByText('未设置')).toBeVisible();
  await card.getByRole('button', { name: '修改质控专员' }).click();
  const officer = card.locator('[data-testid^="qc-officer-"]').getByRole('textbox');
  await officer.fill('孙丽');
  await officer.press('Enter');
  await expect(page.getByText('已设置质控专员：孙丽')).toBeVisible();
  await expect(card.getByText('未设置')).toHaveCount(0);

  await page.getByRole('menuitem', { name: '导出与提交' }).click();
  await expect(page.getByTestId('readiness-panel')).toBeVisible();
  await expect(page.getByTestId('readiness-finding-SPEC-NO-QC-OFFICER')).toHaveCount(0);
});
