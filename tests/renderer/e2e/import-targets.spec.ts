import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { ContractsPage } from './pages/contracts-page.ts';
import { ImportDialog } from './pages/import-dialog.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { GOOD_TARGETS, officeTargetWorkbook } from '../../helpers/import-files.ts';

const work = mkdtempSync(join(tmpdir(), 'planner-import-targets-e2e-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  await new ContractsPage(page).open();
});

test('a draft’s targets from an office workbook: the report names the bad row, 替换 leaves the good rows and the weight gap', async ({ page, outsideRequests }) => {
  const lines = structuredClone(GOOD_TARGETS);
  lines[3] = { ...lines[3]!, weight: '二十' };
  const file = join(work, '考核指标.xlsx');
  writeFileSync(file, await officeTargetWorkbook(lines));
  const contracts = new ContractsPage(page);
  await contracts.openContract('康复医学科');
  await expect(contracts.status).toHaveText('草稿');
  await expect(contracts.weightTotal).toHaveText('权重合计 100 / 100');

  const flow = new ImportDialog(page);
  await flow.pick(page.getByTestId('target-import'), file);
  await expect(page.getByTestId('import-sheet')).toContainText('考核指标');
  await expect(page.getByTestId('import-header-info')).toContainText('表头在第 3–4 行，数据从第 5 行开始');
  await expect(flow.preview).toContainText('年度目标 / 2027年');
  await expect(flow.preview).toContainText('→ 2027 年目标');
  await expect(flow.preview).toContainText('→ 计分参数');
  await flow.check();

  await flow.expectReport(6, 1, { row: 8, column: 'M', reason: '权重应为数字（输入的是「二十」）' });
  const mode = page.getByTestId('import-mode');
  await expect(mode.getByRole('radio', { name: /替换现有的 \d+ 个指标/ })).toBeChecked();
  await expect(page.getByTestId('import-weight')).toContainText('导入后计分指标的权重合计为 80，应为 100');
  await page.getByTestId('import-apply').click();
  await expect(page.getByText('已导入 6 个指标')).toBeVisible();

  const table = page.getByTestId('target-table');
  await expect(table.locator('.ant-table-row')).toHaveCount(6);
  await expect(table.locator('.ant-table-row').first()).toContainText('出院人次');
  await expect(table.locator('.ant-table-row').first()).toContainText('比例计分（封顶 1.2）');
  await expect(table).toContainText('平均住院日');
  await expect(table).toContainText('医疗安全责任事故');
  await expect(table).not.toContainText('康复治疗有效率');
  await expect(table).not.toContainText('低风险组病例死亡率');
  await expect(contracts.weightTotal).toHaveText('权重合计 80 / 100');
  await expect(page.getByTestId('weight-message')).toContainText('还差 20');

  // The same layout again: the mapping confirmed last time is offered.
  await flow.pick(page.getByTestId('target-import'), file);
  await expect(page.getByTestId('import-header-info')).toContainText('已按上次导入同样表头的文件时的列对应设置');
  expect(outsideRequests).toEqual([]);
});

test('a GBK CSV appended to a draft: encoding shown, the bad cell reported, the repeated KPI warned', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.openContract('康复医学科');
  const rows = page.getByTestId('target-table').locator('.ant-table-row');
  await expect(rows).toHaveCount(14); // the 通用临床 template

  const flow = new ImportDialog(page);
  await flow.pick(page.getByTestId('target-import'), new URL('../../fixtures/import/targets-gbk.csv', import.meta.url).pathname);
  await expect(page.getByTestId('import-encoding')).toContainText('GBK / GB18030');
  await expect(page.getByTestId('import-header-info')).toContainText('表头在第 2–3 行');
  await flow.check();
  await expect(page.getByTestId('import-good-count')).toContainText('2');
  await expect(flow.errors).toContainText('2031 年目标应为数字，监测指标可写区间如 80–90（输入的是「十一点五」）');

  await page.getByTestId('import-mode').getByRole('radio', { name: '追加到现有指标之后' }).check();
  await expect(page.getByTestId('import-weight')).toContainText('导入后计分指标的权重合计为 175，应为 100');
  await expect(page.getByTestId('import-mode')).toContainText('追加后这些指标将重复出现：出院人次');
  await page.getByTestId('import-apply').click();
  await expect(page.getByText('已导入 2 个指标')).toBeVisible();
  await expect(rows).toHaveCount(16);
  await expect(rows.last()).toContainText('康复治疗有效率');
  await expect(contracts.weightTotal).toHaveText('权重合计 175 / 100');
  await expect(page.getByTestId('contract-problems')).toContainText('指标「出院人次」在本责任书中重复出现');
});

test('a signed contract: 导入指标 is disabled and says why', async ({ page }) => {
  const contracts = new ContractsPage(page);
  await contracts.openContract('肺癌专科');
  await expect(contracts.status).toHaveText('已签署');
  const button = page.getByTestId('target-import');
  await expect(button).toBeDisabled();
  await page.getByTestId('target-import-wrap').hover();
  await expect(page.getByRole('tooltip')).toHaveText('责任书已签署，不能修改；请通过补充协议变更');
});
