import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { DisciplinesPage } from './pages/disciplines-page.ts';
import { ImportDialog } from './pages/import-dialog.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { officeDisciplineWorkbook, zipBomb, type DisciplineLine } from '../../helpers/import-files.ts';

const LINES: DisciplineLine[] = [
  ['疼痛科', '重点扶持', '孙丽', 12, '8'],
  ['睡眠医学中心', '平台学科', '周强', '6', 5],
  ['医学美容科', '基础学科', '吴敏', 'abc', 4],
  ['变态反应科', '', '郑华', 4, '3'],
];

const work = mkdtempSync(join(tmpdir(), 'planner-import-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

test('import a 学科清单 with one bad row: the report names row and column, the good rows land in the table', async ({ page }) => {
  const file = join(work, '学科清单.xlsx');
  writeFileSync(file, await officeDisciplineWorkbook(LINES));
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  await expect(disciplines.count).toHaveText('显示 42 / 42 个学科');

  const flow = new ImportDialog(page);
  await flow.pick(page.getByTestId('discipline-import'), file);
  await expect(page.getByTestId('import-header-info')).toContainText('表头在第 3–4 行，数据从第 5 行开始');
  await expect(page.getByTestId('import-sheet')).toContainText('学科清单');
  await expect(flow.preview).toContainText('→ 床位数');
  await expect(flow.preview).toContainText('隐藏列');
  await expect(flow.preview).toContainText('疼痛科');
  await flow.check();

  await flow.expectReport(3, 1, { row: 7, column: 'D', reason: '床位数应为数字' });
  await page.getByTestId('import-apply').click();
  await expect(page.getByText('已导入 3 个学科')).toBeVisible();

  await expect(disciplines.count).toHaveText('显示 45 / 45 个学科');
  await disciplines.search('疼痛');
  await expect(disciplines.row('疼痛科')).toContainText('重点扶持学科');
  await disciplines.search('医学美容');
  await expect(disciplines.count).toHaveText('显示 0 / 45 个学科');

  // The same layout again: the mapping confirmed last time is offered.
  await flow.pick(page.getByTestId('discipline-import'), file);
  await expect(page.getByTestId('import-header-info')).toContainText('已按上次导入同样表头的文件时的列对应设置');
});

test('a zip bomb is refused with the reason and nothing changes', async ({ page }) => {
  const file = join(work, 'bomb.xlsx');
  writeFileSync(file, zipBomb());
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  const flow = new ImportDialog(page);
  await flow.pick(page.getByTestId('discipline-import'), file);
  await expect(page.getByTestId('import-refused')).toContainText('疑似“压缩炸弹”，已拒绝');
  await expect(page.getByTestId('import-refused')).toContainText('未写入任何数据');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(disciplines.count).toHaveText('显示 42 / 42 个学科');
});

test('全部不导入 writes nothing', async ({ page }) => {
  const file = join(work, '学科清单-2.xlsx');
  writeFileSync(file, await officeDisciplineWorkbook(LINES));
  const disciplines = new DisciplinesPage(page);
  await disciplines.open();
  const flow = new ImportDialog(page);
  await flow.pick(page.getByTestId('discipline-import'), file);
  await flow.check();
  await page.getByTestId('import-discard').click();
  await expect(page.getByText('未导入任何数据')).toBeVisible();
  await page.reload();
  await expect(disciplines.count).toHaveText('显示 42 / 42 个学科');
});
