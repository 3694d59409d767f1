import { expect, test } from './fixtures.ts';
import { PlanPage } from './pages/plan-page.ts';
import { SettingsPage } from './pages/settings-page.ts';

let plan: PlanPage;
test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
  plan = new PlanPage(page);
  await plan.open();
});

test('a section gets a numbered heading, a paragraph and a live table; saved, it survives a reload', async ({ page, outsideRequests }) => {
  const goals = plan.editor('GOALS');
  await expect(page.getByTestId('plan-dirty')).toHaveCount(0);
  await expect(plan.section('GOALS').getByRole('link', { name: '二' })).toHaveAttribute('href', '#/policy/%E4%BA%8C');

  await plan.caretAtEnd('GOALS');
  await plan.format('GOALS', /二级标题/);
  await page.keyboard.type('近期目标');
  await page.keyboard.press('Enter');
  await page.keyboard.type('到 2025 年末，核心病种全部纳入临床路径管理。');
  await expect(goals.locator('h2')).toHaveText('（一）近期目标');
  await page.keyboard.press('Enter');
  await plan.insertTable('GOALS', '核心病种');
  const table = plan.section('GOALS').getByTestId('plan-table-coreDiseases');
  await expect(table.locator('tr.ant-table-row').first()).toBeVisible();
  await expect(table).toContainText('C34支气管和肺恶性肿瘤');
  await expect(table.getByTestId('plan-table-count')).toHaveText('共 32 行，此处显示前 8 行');
  await expect(page.getByTestId('plan-dirty')).toBeVisible();

  await plan.save();
  await expect(page.getByText('已保存规划')).toBeVisible();
  await page.reload();
  await expect(goals.locator('h2')).toHaveText('（一）近期目标');
  await expect(goals).toContainText('到 2025 年末，核心病种全部纳入临床路径管理。');
  await expect(plan.section('GOALS').getByTestId('plan-table-coreDiseases')).toContainText('C34支气管和肺恶性肿瘤');
  expect(outsideRequests).toEqual([]);
});

test('a 文号 with [] is rewritten to 〔〕 and says so; a bad one is refused at the field and not saved', async ({ page }) => {
  await plan.fillDocNumber('示医发[2024]012号');
  await expect(plan.docNumber).toHaveValue('示医发〔2024〕12号');
  await expect(page.getByTestId('doc-number-changes')).toContainText('改为六角括号「〔〕」');

  await plan.fillDocNumber('示医发〔24〕12号');
  await expect(plan.fieldMessage('文号')).toContainText('年份应为 4 位数字');
  await plan.save();
  await expect(page.getByText('请先按提示修改规划的基本信息').first()).toBeVisible();
  await page.reload();
  await expect(plan.docNumber).toHaveValue('示医发〔2024〕12号');
});

test('报送 is refused without a 成文日期; once submitted the plan is read-only', async ({ page }) => {
  await expect(plan.status).toHaveText('院内审议');
  await plan.move('APPROVED');
  await expect(plan.status).toHaveText('已批准');
  await plan.move('SUBMITTED');
  await expect(plan.problem).toHaveText('报送前请填写文号和成文日期');
  await expect(plan.status).toHaveText('已批准');

  await page.getByTestId('plan-issue-date').click();
  await page.keyboard.type('2024-03-01');
  await page.keyboard.press('Enter');
  await plan.move('SUBMITTED');
  await expect(plan.status).toHaveText('已报送');
  await expect(page.getByTestId('plan-locked')).toBeVisible();
  await expect(page.getByTestId('plan-save')).toHaveCount(0);
  await expect(plan.editor('TASKS')).toHaveAttribute('contenteditable', 'false');
  await expect(plan.docNumber).toBeDisabled();
  await page.reload();
  await expect(plan.status).toHaveText('已报送');
  await expect(plan.editor('BACKGROUND')).toHaveAttribute('contenteditable', 'false');
});

test('damaged pasted text is flagged in its section and at the title field', async ({ page }) => {
  await plan.caretAtEnd('SAFEGUARDS');
  await page.keyboard.insertText('患者锛岃');
  const warning = page.getByTestId('plan-section-damaged-SAFEGUARDS');
  await expect(warning).toContainText('疑似乱码或转换错误');
  await expect(warning).toContainText('第 3 段（段落）');

  await page.getByTestId('plan-title').fill('示例市??医院规划');
  await expect(plan.fieldMessage('规划名称')).toContainText('疑似乱码或转换错误');
});
