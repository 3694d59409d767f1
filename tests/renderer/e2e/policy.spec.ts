import { expect, test } from './fixtures.ts';
import { PolicyPage } from './pages/policy-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

test('a readiness finding opens the reader at 四.11 with 质控专员 highlighted', async ({ page, outsideRequests }) => {
  await page.goto('/#/readiness');
  const finding = page.getByTestId('readiness-finding-SPEC-NO-QC-OFFICER');
  await finding.getByTestId('article-link').filter({ hasText: '四.11' }).click();

  const policy = new PolicyPage(page);
  await expect(page).toHaveURL(/#\/policy\//);
  await expect(policy.current).toHaveCount(1);
  await expect(policy.current).toContainText('健全专科医疗质量安全管理体系');
  await expect(policy.current).toContainText('质控专员');
  await expect(policy.current).toBeInViewport();
  await expect(policy.toc.locator('[aria-current="location"]')).toContainText('健全专科医疗质量安全管理体系');
  expect(outsideRequests).toEqual([]);
});

test('the page header tag links to its article', async ({ page }) => {
  await page.goto('/#/disciplines');
  await page.getByTestId('article-link').filter({ hasText: '四.3' }).first().click();
  const policy = new PolicyPage(page);
  await expect(policy.current).toContainText('全面梳理医学学科发展现状');
});

test('search lists hits with context and jumps to the article, marking the text', async ({ page }) => {
  await page.goto('/#/hospital');
  await page.getByTestId('open-policy').click();
  const policy = new PolicyPage(page);
  await expect(policy.toc).toBeVisible();
  await expect(policy.current).toHaveCount(0);

  await policy.search('揭榜挂帅');
  await expect(policy.hits.first()).toContainText('揭榜挂帅');
  await expect(policy.hits.first()).toContainText('四.9');
  await policy.hits.first().click();
  await expect(policy.current).toContainText('团队梯队并重筑牢专科发展基础');
  await expect(policy.current.locator('mark')).toHaveText(['揭榜挂帅']);

  await policy.search('不存在的词语');
  await expect(page.getByText('未找到“不存在的词语”')).toBeVisible();
});

test('an unknown article says so and shows the whole text', async ({ page }) => {
  const policy = new PolicyPage(page);
  await policy.open('四.99');
  await expect(page.getByText('指导意见中没有条目“四.99”')).toBeVisible();
  await expect(policy.text).toContainText('国家卫生健康委关于推动临床专科能力建设的指导意见');
});
