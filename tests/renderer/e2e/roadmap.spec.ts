import type { Locator, Page } from '@playwright/test';
import { makeBackup } from '#shared/backup/format.ts';
import { generateSample } from '#shared/sample/index.ts';
import { expect, test } from './fixtures.ts';
import { RoadmapPage } from './pages/roadmap-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

type Sample = ReturnType<typeof generateSample>;

/** The task of the demo sample with this title (or one that matches) in this specialty. */
const sampleTask = (tables: Sample, specialty: string, title: string | RegExp) => {
  const s = tables.specialties.find((x) => x.name === specialty)!;
  return tables.milestones.find((m) => m.specialtyId === s.id && (typeof title === 'string' ? m.title === title : title.test(m.title)))!;
};

/**
 * Restores the demo sample with dependencies added across its specialties (a backup or a sync can bring them),
 * and opens 路线图.
 */
async function restoreWithDependencies(page: Page, add: (tables: Sample) => void) {
  const tables = generateSample({ size: 'demo' });
  add(tables);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.restoreFrom({ name: 'cross-specialty.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeBackup(tables, 'e2e'))) });
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已从备份恢复')).toBeVisible();
  await roadmap.open();
}

let roadmap: RoadmapPage;
test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  roadmap = new RoadmapPage(page);
  await roadmap.open();
});

test('dragging a task with the mouse moves it, and the new dates survive a reload', async ({ page, outsideRequests }) => {
  await expect(roadmap.count).toHaveText('8 个专科，80 项任务，逾期 4 项');
  await expect(page.getByTestId('roadmap-marker')).toHaveText(['2025年末目标', '2030年目标']);
  const id = await roadmap.taskId('肺癌专科', '建立专科运行监测与季度通报机制');
  const bar = roadmap.bar(id);
  await expect(bar).toHaveAttribute('data-start', '2024-06-01');

  await bar.hover();
  await expect(page.getByTestId('roadmap-tooltip')).toContainText('起止：2024年6月1日 至 2024年9月30日（122 天）');

  await roadmap.drag(bar, 9); // 0.3 px a day at 年: 9 px is 30 days
  await expect(page.getByText('已将「建立专科运行监测与季度通报机制」调整为 2024-07-01 至 2024-10-30')).toBeVisible();
  await expect(bar).toHaveAttribute('data-start', '2024-07-01');

  await roadmap.drag(page.getByTestId(`roadmap-bar-${id}-end`), 0.3 * 31);
  await expect(bar).toHaveAttribute('data-end', '2024-11-30');
  await expect(bar).toHaveAttribute('data-start', '2024-07-01');
  await expect(page.getByText('已将「建立专科运行监测与季度通报机制」调整为 2024-07-01 至 2024-11-30')).toBeVisible(); // stored, not only shown

  await page.reload();
  await expect(roadmap.bar(id)).toHaveAttribute('data-start', '2024-07-01');
  await expect(roadmap.bar(id)).toHaveAttribute('data-end', '2024-11-30');
  expect(outsideRequests).toEqual([]);
});

test('a drag out of the plan period, or an end dragged before the start, snaps back with the reason', async ({ page }) => {
  const finalReview = await roadmap.taskId('肺癌专科', '规划期终期评估');
  const diamond = roadmap.bar(finalReview);
  await expect(diamond).toHaveClass(/rt-diamond/);
  await roadmap.drag(diamond, 40); // 0.3 px a day at 年: ~133 days into 2029
  await expect(page.getByText(/未能调整：任务「规划期终期评估」（2029-\d\d-\d\d 至 2029-\d\d-\d\d）超出规划期 2024–2028 年/)).toBeVisible();
  await expect(diamond).toHaveAttribute('data-start', '2028-12-31');

  const first = await roadmap.taskId('肺癌专科', '成立专科管理小组，印发专科章程');
  await roadmap.drag(page.getByTestId(`roadmap-bar-${first}-end`), -60);
  await expect(page.getByText(/未能调整：任务「成立专科管理小组，印发专科章程」的结束日期（2023-\d\d-\d\d）不能早于开始日期（2024-03-01）/)).toBeVisible();
  await expect(roadmap.bar(first)).toHaveAttribute('data-end', '2024-05-31');

  await page.reload();
  await expect(roadmap.bar(finalReview)).toHaveAttribute('data-start', '2028-12-31');
  await expect(roadmap.bar(first)).toHaveAttribute('data-end', '2024-05-31');
});

test('zoom changes the scale; the specialty and owner filters change the tasks shown; folding hides a group', async ({ page }) => {
  await expect(roadmap.ticks().first()).toHaveText('上半年');
  const bar = roadmap.bar(await roadmap.taskId('肺癌专科', '建立专科运行监测与季度通报机制'));
  const yearWidth = (await bar.boundingBox())!.width;
  await roadmap.zoom('季度');
  await expect(roadmap.ticks().first()).toHaveText('一季度');
  await roadmap.zoom('月');
  await expect(roadmap.ticks().first()).toHaveText('1月');
  await expect(roadmap.ticks().nth(11)).toHaveText('12月');
  await expect(roadmap.timeline).toHaveAttribute('data-zoom', 'MONTH');
  expect(Math.round((await bar.boundingBox())!.width / yearWidth)).toBe(12); // 0.3 → 3.6 px a day

  await roadmap.filterSpecialty('肺癌专科');
  await expect(roadmap.count).toHaveText(/^1 个专科，10 项任务/);
  await expect(page.getByTestId('roadmap-group')).toHaveCount(1);

  const owner = (await page.getByTestId('roadmap-task').first().locator('.rt-label-owner').textContent())!;
  await roadmap.filterOwner(owner);
  await expect(roadmap.count).toHaveText(/^1 个专科，1 项任务/);
  await page.getByRole('combobox', { name: '按负责人筛选' }).locator('..').locator('..').locator('.ant-select-clear').click();
  await expect(roadmap.count).toHaveText(/^1 个专科，10 项任务/);

  await roadmap.group('肺癌专科').click();
  await expect(page.getByTestId('roadmap-task')).toHaveCount(0);
  await expect(roadmap.group('肺癌专科')).toHaveAttribute('aria-expanded', 'false');
});

test('an overdue task is highlighted in red, in its row and on its bar, and counted on its group', async ({ page }) => {
  const overdueLabel = page.locator('[data-testid="roadmap-task"][data-overdue="true"]').first();
  await expect(overdueLabel).toContainText('逾期');
  const id = (await overdueLabel.getAttribute('data-task-id'))!;
  const bar = roadmap.bar(id);
  await expect(bar).toHaveClass(/rt-bar-overdue/);
  await expect(bar).toHaveAttribute('data-overdue', 'true');
  await expect(bar).toHaveCSS('background-color', 'rgb(255, 120, 117)');
  const end = (await bar.getAttribute('data-end'))!;
  expect(end < new Date().toISOString().slice(0, 10)).toBe(true);
  await expect(roadmap.group('肺癌专科')).toContainText('逾期 1');
  await expect(page.getByTestId('roadmap-legend')).toContainText('逾期');
});

test('the keyboard moves a task a step of the zoom; Escape puts it back, Enter or leaving the bar stores it, and it survives a reload', async ({ page }) => {
  const id = await roadmap.taskId('肺癌专科', '建立专科运行监测与季度通报机制');
  const bar = roadmap.bar(id);
  await expect(page.locator('[data-bar-id][tabindex="0"]')).toHaveCount(1); // one Tab stop among the bars
  await roadmap.focus(id);
  await expect(bar).toHaveAttribute('aria-label', /^建立专科运行监测与季度通报机制，2024年6月1日至2024年9月30日，(计划中|进行中|已完成|已取消)/);
  await expect(bar).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Tab'); // the bars are one Tab stop: Tab leaves them, Shift+Tab comes back to this one
  await expect(page.locator('[data-bar-id]:focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(bar).toBeFocused();
  await expect(page.getByTestId('roadmap-tooltip')).toContainText('起止：2024年6月1日 至 2024年9月30日'); // the hover card, for the keyboard

  await page.keyboard.press('ArrowRight'); // 年: a calendar month
  await expect(bar).toHaveAttribute('data-start', '2024-07-01');
  await expect(bar).toHaveAttribute('data-end', '2024-10-31');
  await expect(page.getByTestId('roadmap-announcement')).toHaveText('「建立专科运行监测与季度通报机制」调整为 2024-07-01 至 2024-10-31，按 Enter 确认，按 Esc 取消');
  await page.keyboard.press('Escape');
  await expect(bar).toHaveAttribute('data-start', '2024-06-01');
  await expect(bar).toHaveAttribute('data-end', '2024-09-30');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight'); // the end only
  await expect(bar).toHaveAttribute('data-end', '2024-11-30');
  await page.keyboard.press('Enter');
  await expect(page.getByText('已将「建立专科运行监测与季度通报机制」调整为 2024-07-01 至 2024-11-30')).toBeVisible();
  await expect(bar).toBeFocused(); // the row re-sorted under it; focus stays on the task

  await roadmap.zoom('月');
  await roadmap.focus(id);
  await page.keyboard.press('ArrowRight'); // 月: a day
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(bar).toHaveAttribute('data-start', '2024-07-02');
  await expect(bar).toHaveAttribute('data-end', '2024-11-30');
  await page.keyboard.press('ArrowDown'); // leaving the bar drops the move, and goes to the next task
  await expect(page.getByText('已将「建立专科运行监测与季度通报机制」调整为 2024-07-02 至 2024-11-30')).toBeVisible();
  await expect(page.locator('[data-bar-id]:focus')).not.toHaveAttribute('data-bar-id', id);

  await page.reload();
  await expect(roadmap.bar(id)).toHaveAttribute('data-start', '2024-07-02');
  await expect(roadmap.bar(id)).toHaveAttribute('data-end', '2024-11-30');
});

test('the keyboard meets the same refusals as the mouse, and Enter on a bar opens its task', async ({ page }) => {
  const finalReview = await roadmap.taskId('肺癌专科', '规划期终期评估');
  await roadmap.focus(finalReview);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByText('未能调整：任务「规划期终期评估」（2029-01-31 至 2029-01-31）超出规划期 2024–2028 年')).toBeVisible();
  await expect(roadmap.bar(finalReview)).toHaveAttribute('data-start', '2028-12-31');

  const first = await roadmap.taskId('肺癌专科', '成立专科管理小组，印发专科章程');
  await roadmap.focus(first);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft'); // end 2024-02-29, before the start
  await page.keyboard.press('Enter');
  await expect(page.getByText('未能调整：任务「成立专科管理小组，印发专科章程」的结束日期（2024-02-29）不能早于开始日期（2024-03-01）')).toBeVisible();
  await expect(roadmap.bar(first)).toHaveAttribute('data-end', '2024-05-31');

  await page.keyboard.press('Enter'); // nothing in progress: open the task
  await expect(page).toHaveURL(/#\/specialties\/[^?]+\?tab=milestones$/);
  await expect(page.getByText('成立专科管理小组，印发专科章程').first()).toBeVisible();
});

test('a drop that starts a task before its prerequisite ends is stored but warned, and its arrow is red until fixed', async ({ page }) => {
  const setup = await roadmap.taskId('肺癌专科', '成立专科管理小组，印发专科章程'); // to 2024-05-31
  const monitoring = await roadmap.taskId('肺癌专科', '建立专科运行监测与季度通报机制'); // from 2024-06-01
  const arrow = roadmap.arrow(setup, monitoring);
  await expect(arrow).not.toHaveAttribute('data-late', 'true');

  await roadmap.drag(page.getByTestId(`roadmap-bar-${setup}-end`), 9); // 0.3 px a day at 年: 30 days, to 2024-06-30
  await expect(roadmap.bar(setup)).toHaveAttribute('data-end', '2024-06-30');
  const warning = page.locator('.ant-message-warning');
  await expect(warning).toContainText('「建立专科运行监测与季度通报机制」（2024-06-01 开始）现在早于其前置任务「成立专科管理小组，印发专科章程」结束（2024-06-30）');
  await expect(warning).toContainText('「修订核心病种诊疗规范和临床路径」（2024-06-01 开始）现在早于其前置任务「成立专科管理小组，印发专科章程」结束（2024-06-30）');
  await expect(arrow).toHaveAttribute('data-late', 'true');
  await expect(arrow).toHaveCSS('stroke', 'rgb(207, 19, 34)');

  await page.reload();
  await expect(roadmap.bar(setup)).toHaveAttribute('data-end', '2024-06-30'); // stored all the same
  await expect(roadmap.arrow(setup, monitoring)).toHaveAttribute('data-late', 'true');
  await roadmap.focus(setup);
  await page.keyboard.press('Shift+ArrowLeft'); // back a month, to 2024-05-31
  await page.keyboard.press('Enter');
  await expect(roadmap.bar(setup)).toHaveAttribute('data-end', '2024-05-31');
  await expect(roadmap.arrow(setup, monitoring)).not.toHaveAttribute('data-late', 'true');
});

test('a dependency into a folded specialty is drawn to its summary row, dashed; one inside a folded specialty is not', async ({ page }) => {
  // One dependency across specialties: from 肺癌专科 to 慢阻肺专科.
  let setup!: Sample['milestones'][number], monitoring!: typeof setup, application!: typeof setup;
  await restoreWithDependencies(page, (tables) => {
    setup = sampleTask(tables, '肺癌专科', '成立专科管理小组，印发专科章程');
    monitoring = sampleTask(tables, '肺癌专科', '建立专科运行监测与季度通报机制');
    application = sampleTask(tables, '慢阻肺专科', '申报省级临床重点专科');
    application.dependsOn = [...application.dependsOn, monitoring.id];
  });

  const across = roadmap.arrow(monitoring.id, application.id);
  // Row centres are 32 px apart; the arrow head reaches a few px past the end of the line.
  const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(6);
  const centre = async (target: { boundingBox: () => Promise<{ y: number; height: number } | null> }) => {
    const box = (await target.boundingBox())!;
    return box.y + box.height / 2;
  };
  const ends = async () => {
    const box = (await across.boundingBox())!;
    return [box.y, box.y + box.height];
  };

  await roadmap.foldAll();
  await roadmap.group('慢阻肺专科').click(); // 肺癌专科 stays folded
  await expect(across).toHaveAttribute('data-folded', 'true');
  await expect(across).toHaveAttribute('stroke-dasharray', /\d/);
  const [top, bottom] = await ends();
  near(top!, await centre(roadmap.group('肺癌专科'))); // leaves the folded group's row
  near(bottom!, await centre(roadmap.bar(application.id)));
  await expect(roadmap.arrow(setup.id, monitoring.id)).toHaveCount(0); // both ends inside the folded group

  await roadmap.group('肺癌专科').click();
  await roadmap.group('慢阻肺专科').click(); // now the dependant is folded away
  await expect(across).toHaveAttribute('data-folded', 'true');
  const [fromY, toY] = await ends();
  near(fromY!, await centre(roadmap.bar(monitoring.id)));
  near(toY!, await centre(roadmap.group('慢阻肺专科'))); // ends on the folded group's row
  await expect(roadmap.arrow(setup.id, monitoring.id)).not.toHaveAttribute('data-folded', 'true');
});

/** The vertical middle of a box on the page. */
const centreY = async (target: Locator) => {
  const box = (await target.boundingBox())!;
  return box.y + box.height / 2;
};

test('the keyboard keeps the focused bar in view, scrolling no further than it must', async ({ page }) => {
  // ↓ past the last row on screen: each task is scrolled in as it is reached, its row at the bottom edge.
  await roadmap.focus(await roadmap.taskId('肺癌专科', '成立专科管理小组，印发专科章程'));
  const focused = roadmap.focusedBar();
  for (let i = 0; i < 24; i++) {
    const from = (await focused.getAttribute('data-bar-id'))!;
    await page.keyboard.press('ArrowDown');
    await expect(focused).not.toHaveAttribute('data-bar-id', from);
    await roadmap.expectInView(focused);
  }
  expect((await roadmap.margins(focused)).bottom).toBeLessThan(16); // less than half a row below the bar: not re-centred

  // End and Home go further than the rows drawn: the bar is rendered, focused and shown; Home shows its specialty too.
  await page.keyboard.press('End');
  await expect(focused).toHaveAttribute('aria-label', /^规划期终期评估，/);
  await roadmap.expectInView(focused);
  await expect(roadmap.group('卒中中心')).toBeVisible(); // the last specialty
  await page.keyboard.press('Home');
  await expect(focused).toHaveAttribute('aria-label', /^成立专科管理小组，印发专科章程，/);
  await roadmap.expectInView(focused);
  expect((await roadmap.scrollPosition()).top).toBe(0);

  await roadmap.zoom('月'); // 3.6 px a day, a day a press
  const id = await roadmap.taskId('肺癌专科', '建立专科运行监测与季度通报机制'); // 2024-06-01 to 2024-09-30, ~440 px
  const bar = roadmap.bar(id);
  await roadmap.focus(id);
  await roadmap.expectInView(bar);
  const still = await roadmap.scrollPosition();
  await page.keyboard.press('ArrowRight');
  await expect(bar).toHaveAttribute('data-start', '2024-06-02');
  expect(await roadmap.scrollPosition()).toEqual(still); // in view: only the bar moves

  // Further than the view is wide: the view follows the bar's end, which stays at its right edge.
  const { left, right } = await roadmap.margins(bar);
  const presses = Math.ceil((left + right + (await bar.boundingBox())!.width) / 3.6);
  for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
  await expect(bar).toHaveAttribute('data-start', new Date(Date.UTC(2024, 5, 2 + presses)).toISOString().slice(0, 10));
  expect((await roadmap.expectInView(bar)).right).toBeLessThan(32); // the 24 px kept beside it, and a step
  await page.keyboard.press('Escape'); // back where it began, and the view with it: its start at the left edge
  await expect(bar).toHaveAttribute('data-start', '2024-06-01');
  expect((await roadmap.expectInView(bar)).left).toBeLessThan(32);

  // A bar longer than the view: moving its end keeps the end in view, at the right edge.
  await page.keyboard.press('ArrowDown');
  const long = roadmap.focusedBar();
  await expect(long).toHaveAttribute('aria-label', /^修订核心病种诊疗规范和临床路径，/);
  await page.keyboard.press('ArrowDown'); // 购置…: 2024-07-01 to 2025-06-30, ~1,300 px
  await expect(long).toHaveAttribute('aria-label', /^购置/);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(long).toHaveAttribute('data-end', '2025-07-01');
  const margins = await roadmap.margins(long);
  expect(margins.left + margins.right).toBeLessThan(0); // it does not fit
  expect(margins.right).toBeGreaterThanOrEqual(0);
  expect(margins.right).toBeLessThan(32);
});

test('an arrow to or from a task outside the rendered rows runs to the edge of the view, red when broken', async ({ page }) => {
  // From the first specialty (肺癌专科) to the last (卒中中心), 70-odd rows apart: one end is always off screen.
  let monitoring!: string, application!: string, purchase!: string, setup!: string;
  await restoreWithDependencies(page, (tables) => {
    const from = (title: string | RegExp) => sampleTask(tables, '肺癌专科', title);
    const into = (title: string) => sampleTask(tables, '卒中中心（脑血管病专科）', title);
    monitoring = from('建立专科运行监测与季度通报机制').id; // ends 2024-09-30
    const later = into('申报省级临床重点专科'); // starts 2027-03-01: kept
    later.dependsOn = [...later.dependsOn, monitoring];
    application = later.id;
    purchase = from(/^购置/).id; // ends 2025-06-30
    const first = into('成立专科管理小组，印发专科章程'); // starts 2024-03-01: broken
    first.dependsOn = [...first.dependsOn, purchase];
    setup = first.id;
  });
  const kept = roadmap.arrow(monitoring, application);
  const broken = roadmap.arrow(purchase, setup);
  const box = async (target: Locator) => (await target.boundingBox())!;
  await expect(kept).toBeAttached();

  // At the top: the dependants are far below the rendered rows; the arrows leave their prerequisites by the bottom edge.
  await expect(roadmap.bar(application)).toHaveCount(0);
  await expect(roadmap.bar(setup)).toHaveCount(0);
  expect(Math.abs((await box(kept)).y - (await centreY(roadmap.bar(monitoring))))).toBeLessThan(6);
  expect((await roadmap.margins(kept)).bottom).toBeLessThanOrEqual(0);
  await expect(kept).not.toHaveAttribute('data-late', 'true');
  await expect(broken).toHaveAttribute('data-late', 'true');
  await expect(broken).toHaveCSS('stroke', 'rgb(207, 19, 34)');

  // Half way: both ends are off screen, and the line still crosses the view.
  await roadmap.scrollRowsTo(40 * 32);
  await expect(roadmap.bar(monitoring)).toHaveCount(0);
  await expect.poll(async () => (await roadmap.margins(kept)).top).toBeLessThanOrEqual(0);
  expect((await roadmap.margins(kept)).bottom).toBeLessThanOrEqual(0);

  // At the bottom: the prerequisites are far above; the arrows come in by the top edge into their dependants.
  await roadmap.scrollRowsTo('bottom');
  await expect(roadmap.bar(application)).toBeVisible();
  await expect(roadmap.bar(monitoring)).toHaveCount(0);
  await expect(roadmap.bar(purchase)).toHaveCount(0);
  expect((await roadmap.margins(kept)).top).toBeLessThanOrEqual(0);
  const end = await box(kept);
  expect(Math.abs(end.y + end.height - (await centreY(roadmap.bar(application))))).toBeLessThan(6); // the head reaches past the line
  expect((await roadmap.margins(broken)).top).toBeLessThanOrEqual(0);
  await expect(broken).toHaveAttribute('data-late', 'true');
  await expect(broken).toHaveCSS('stroke', 'rgb(207, 19, 34)');
});

test('a task the keyboard moves later keeps the focus and stays in view when its row re-sorts far down', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 540 }); // the timeline shows five rows
  const id = await roadmap.taskId('肺癌专科', '成立专科管理小组，印发专科章程'); // the first row, 2024-03-01 to 2024-05-31
  const bar = roadmap.bar(id);
  await roadmap.focus(id);
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight'); // 年: 40 months, after the specialty's other tasks
  await page.keyboard.press('Enter');
  await expect(page.getByText('已将「成立专科管理小组，印发专科章程」调整为 2027-07-01 至 2027-09-30')).toBeVisible();
  await expect(bar).toBeFocused();
  await roadmap.expectInView(bar);
  expect((await roadmap.scrollPosition()).top).toBeGreaterThan(0); // its new row was below the five on screen
});
