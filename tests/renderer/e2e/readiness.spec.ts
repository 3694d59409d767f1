import { expect, test } from './fixtures.ts';
import { DisciplinesPage } from './pages/disciplines-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

// One line of the badly converted Traditional copy of the guidance (../shared/policy), kept inline.
const DAMAGED = '4.科學制定臨床??瓢l(fā)展規(guī)劃。醫(yī)療機構在充分考慮本地區(qū)人民群眾就醫(yī)需求';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

test('the unclassified discipline blocks; 打开 opens it and classifying it clears the finding', async ({ page, outsideRequests }) => {
  await page.getByRole('menuitem', { name: '导出与提交' }).click();
  await expect(page).toHaveURL(/#\/export/);
  const blockers = page.getByTestId('readiness-count-BLOCKER');
  const blockerText = await blockers.locator('.ant-statistic-content-value').innerText();
  const finding = page.getByTestId('readiness-finding-DISC-UNCLASSIFIED');
  await expect(finding).toContainText('日间手术中心');
  await expect(finding).toContainText('依据：四.3');
  await expect(page.getByTestId('readiness-chart')).toBeVisible();
  await expect(page.getByTestId('export-panel')).toBeVisible();

  await finding.getByTestId('open-record').click();
  const form = new DisciplinesPage(page).form;
  await expect(form).toContainText('编辑学科「日间手术中心」');
  await form.getByTestId('discipline-category').getByText('平台学科').click();
  await form.getByTestId('discipline-save').click();
  await expect(page.getByText('已保存学科「日间手术中心」')).toBeVisible();

  await page.getByRole('menuitem', { name: '导出与提交' }).click();
  await expect(page.getByTestId('readiness-panel')).toBeVisible();
  await expect(page.getByTestId('readiness-finding-DISC-UNCLASSIFIED')).toHaveCount(0);
  await expect(blockers.locator('.ant-statistic-content-value')).toHaveText(String(Number(blockerText) - 1));
  expect(outsideRequests).toEqual([]);
});

test('findings name their record; specialties and contracts open their page', async ({ page }) => {
  await page.goto('/#/readiness');
  const finding = page.getByTestId('readiness-finding-SPEC-NO-QC-OFFICER');
  await expect(finding).toContainText('专科「骨质疏松与代谢性骨病专科」尚未设置质控专员');
  await finding.getByTestId('open-record').click();
  await expect(page).toHaveURL(/#\/specialties\/[0-9a-f-]+$/);
  await page.goto('/#/readiness');

  await page.getByTestId('readiness-finding-CONTRACT-WEIGHTS').getByTestId('open-record').click();
  await expect(page).toHaveURL(/#\/contracts\/[0-9a-f-]+$/);
});

test('the panel updates live when another window changes the data', async ({ page, context }) => {
  await page.goto('/#/readiness');
  await expect(page.getByTestId('readiness-finding-DISC-UNCLASSIFIED')).toHaveCount(1);

  // A second window on the same database, as when two app windows are open.
  const other = await context.newPage();
  await other.goto('/#/readiness');
  await other.getByTestId('readiness-finding-DISC-UNCLASSIFIED').getByTestId('open-record').click();
  const form = new DisciplinesPage(other).form;
  await form.getByTestId('discipline-category').getByText('基础学科').click();
  await form.getByTestId('discipline-save').click();

  await expect(page.getByTestId('readiness-finding-DISC-UNCLASSIFIED')).toHaveCount(0);
});

test('damaged pasted text is flagged at the field; saving is still allowed', async ({ page }) => {
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await page.getByRole('button', { name: '新增学科' }).click();
  await disciplines.fillForm({ name: '疼痛科', category: '重点扶持学科' });
  await disciplines.form.getByTestId('discipline-rationale').fill(DAMAGED);
  const field = disciplines.form.locator('.ant-form-item').filter({ has: page.getByTestId('discipline-rationale') });
  await expect(field).toContainText('疑似乱码或转换错误');
  await expect(field).toContainText('请核对原文');
  await expect(field).toHaveClass(/ant-form-item-has-warning/);

  await disciplines.form.getByTestId('discipline-save').click();
  await expect(page.getByText('已保存学科「疼痛科」')).toBeVisible();
});

test('the hospital form warns about damaged text too, and says nothing about clean text', async ({ page }) => {
  await page.goto('/#/hospital');
  const city = page.getByLabel('城市');
  const field = page.getByTestId('hospital-form').locator('.ant-form-item').filter({ has: city });
  await expect(field).not.toContainText('疑似乱码');
  await city.fill('示例市??');
  await expect(field).toContainText('疑似乱码或转换错误');
  await city.fill('示例市');
  await expect(field).not.toContainText('疑似乱码');
});
