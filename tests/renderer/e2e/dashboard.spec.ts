import { runChecks } from '#shared/checks/index.ts';
import { generateSample } from '#shared/sample/index.ts';
import { dashboardFigures } from '#renderer/features/dashboard/figures.ts';
import { expect, test } from './fixtures.ts';
import { DashboardPage } from './pages/dashboard-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

// The demo's roadmap has fixed dates; the page's "today" is pinned so the task lists are the same every run.
const TODAY = '2026-08-01';
const demo = generateSample({ size: 'demo' });
const hospitalId = demo.hospitals[0]!.id;
const expected = dashboardFigures(demo, hospitalId, TODAY);

test('shows the demo hospital figures and charts, and its links open the right pages', async ({ page, outsideRequests }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  const dashboard = new DashboardPage(page);
  await dashboard.open();

  await expect(dashboard.figure('specialties')).toContainText('8个');
  await expect(dashboard.figure('goals')).toContainText(`${demo.goals.length}项`);
  await expect(dashboard.figure('budget')).toContainText('8,524.4 万元');
  await expect(dashboard.figure('upcoming')).toContainText(`${expected.upcoming.length}项`);
  await expect(dashboard.figure('overdue')).toContainText(`${expected.overdue.length}项`);
  await expect(dashboard.chart('chart-disease-area')).toHaveAttribute('aria-label', '按疾病领域：心脑血管疾病 3 个，代谢性疾病 2 个，恶性肿瘤 2 个，呼吸系统疾病 1 个');
  await expect(dashboard.chart('chart-specialty-type')).toHaveAttribute('aria-label', '按专科类型：优势专科 4 个，特色专科 4 个');
  await expect(dashboard.chart('chart-budget-year')).toHaveAttribute('aria-label', /2024年 6,960 万元/);
  await expect(dashboard.chart('chart-goals').locator('canvas')).toBeVisible();

  const findings = runChecks(demo, { hospitalId });
  for (const severity of ['BLOCKER', 'WARNING', 'INFO'] as const) {
    await expect(dashboard.readinessCount(severity)).toContainText(`${findings.filter((f) => f.severity === severity).length}项`);
  }

  expect(expected.overdue.length).toBeGreaterThan(0);
  await expect(dashboard.milestones('overdue')).toHaveCount(expected.overdue.length);
  await expect(dashboard.milestones('upcoming').first()).toHaveText(expected.upcoming[0]!.title);
  const late = expected.overdue[0]!;
  await dashboard.milestones('overdue').filter({ hasText: late.title }).click();
  await expect(page).toHaveURL(`/#/specialties/${late.specialtyId}?tab=milestones`);

  await page.goBack();
  await dashboard.figure('specialties').click();
  await expect(page).toHaveURL(/#\/specialties$/);
  await page.goBack();
  await page.getByTestId('readiness-open').click();
  await expect(page).toHaveURL(/#\/export$/);
  await expect(page.getByTestId('readiness-panel')).toBeVisible();
  expect(outsideRequests).toEqual([]);
});

test('an empty database shows the way to load the sample', async ({ page }) => {
  await page.goto('/#/home');
  await expect(page.getByTestId('empty-database')).toBeVisible();
  await page.getByTestId('empty-database').getByRole('button', { name: '前往设置载入示例数据' }).click();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.getByTestId('load-demo-sample')).toBeVisible();
});
