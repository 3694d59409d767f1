import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { SpecialtiesPage } from './pages/specialties-page.ts';

const NAME = '肝胆胰肿瘤专科';

test.beforeEach(async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

/** The 提交前检查 findings of one rule that name the new specialty. */
const findingsAbout = (page: Page, ruleId: string) =>
  page.getByTestId(`readiness-finding-${ruleId}`).filter({ hasText: `专科「${NAME}」` });

test('a specialty built from the inventory: lead refused, rows added and refused at the field, readiness follows', async ({ page, outsideRequests }) => {
  const specialties = new SpecialtiesPage(page);
  await specialties.open();
  await expect(specialties.table.locator('[data-row-key]')).toHaveCount(8);
  await expect(specialties.row('骨质疏松与代谢性骨病专科').getByTestId('qc-missing')).toHaveText('未设置');

  await page.getByTestId('specialty-add').click();
  await specialties.form.getByTestId('specialty-name').fill(NAME);
  await specialties.choose('specialty-type', '特色专科');
  await specialties.choose('specialty-area', '恶性肿瘤');

  // A 基础学科 cannot lead (四.6): said at the field, with a link to the article, and the save is refused.
  await specialties.choose('specialty-lead', '消化内科（基础学科）');
  await expect(specialties.leadField).toContainText('「消化内科」是基础学科，“1+N”学科群应由优势学科或重点扶持学科牵头（四.6）');
  await expect(specialties.leadField.getByTestId('article-link')).toHaveAttribute('href', /policy\/%E5%9B%9B\.6/);
  await specialties.choose('specialty-participants', '肝胆胰外科');
  await specialties.save();
  await expect(page.getByText('未保存：请按提示修改后再保存')).toBeVisible();
  await expect(specialties.form).toBeVisible();

  // 肿瘤内科 (重点扶持) may lead, but it already leads 消化道肿瘤专科: allowed, with a warning.
  await specialties.choose('specialty-lead', '肿瘤内科（重点扶持学科）');
  await expect(specialties.leadField).not.toContainText('是基础学科');
  await expect(specialties.leadField).toContainText('同时牵头专科「肝胆胰肿瘤专科」和「消化道肿瘤专科」');
  await specialties.save();
  await expect(page.getByText(`已保存临床专科「${NAME}」`)).toBeVisible();
  await expect(page).toHaveURL(/#\/specialties\/[0-9a-f-]+$/);
  await expect(page.getByTestId('specialty-summary')).toContainText('肝胆胰外科');

  // Without 质控专员, core diseases and goals the readiness check says so; 打开 leads back to the specialty.
  await page.getByRole('menuitem', { name: '导出与提交' }).click();
  await expect(findingsAbout(page, 'SPEC-NO-QC-OFFICER')).toHaveCount(1);
  await expect(findingsAbout(page, 'SPEC-NO-CORE-DISEASE')).toHaveCount(1);
  await expect(findingsAbout(page, 'SPEC-NO-GOAL-2025')).toHaveCount(1);
  await findingsAbout(page, 'SPEC-NO-CORE-DISEASE').getByTestId('open-record').click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  await expect(page.getByTestId('specialty-finding-SPEC-NO-CORE-DISEASE')).toBeVisible();

  // 核心病种: one from the catalogue search, one malformed code refused at the field.
  await specialties.addRow('coreDiseases');
  await specialties.dialog('coreDiseases').getByRole('combobox').fill('肝细胞');
  await page.locator('.ant-select-dropdown:visible').getByText('C22.0 肝细胞癌').click();
  await expect(specialties.dialog('coreDiseases').getByTestId('disease-name')).toHaveValue('肝细胞癌');
  await specialties.saveRow('coreDiseases');
  await expect(page.getByText('已保存核心病种「C22.0 肝细胞癌」')).toBeVisible();
  await specialties.addRow('coreDiseases');
  await specialties.dialog('coreDiseases').getByRole('combobox').fill('22C.1');
  await specialties.dialog('coreDiseases').getByTestId('disease-name').fill('胰腺癌');
  await specialties.saveRow('coreDiseases');
  await expect(specialties.field('coreDiseases', 'ICD-10 编码')).toContainText('ICD-10 编码「22C.1」应以 1 个英文字母开头');
  await specialties.dialog('coreDiseases').getByRole('combobox').fill('c25.0');
  await specialties.saveRow('coreDiseases');
  await expect(page.getByText('已保存核心病种「C25.0 胰腺癌」')).toBeVisible();
  await expect(page.getByTestId('coreDiseases-table').locator('[data-row-key]')).toHaveCount(2);

  // 建设目标 for both dates of 二.
  await specialties.tab('建设目标').click();
  for (const [horizon, statement] of [['2025年末', '肝癌早诊率达到 40%'], ['2030年', '建成省级临床重点专科']] as const) {
    await specialties.addRow('goals');
    await specialties.dialog('goals').getByText(horizon, { exact: true }).click();
    await specialties.dialog('goals').getByTestId('goal-statement').fill(statement);
    await specialties.saveRow('goals');
    await expect(page.getByText(`已保存建设目标「${statement}」`)).toBeVisible();
  }

  // 资源需求: a negative budget is refused at the field; the saved one shows in the totals.
  await specialties.tab('资源需求').click();
  await specialties.addRow('resourceNeeds');
  await specialties.dialog('resourceNeeds').getByTestId('need-item').fill('超声内镜');
  await specialties.dialog('resourceNeeds').getByTestId('need-required').fill('1');
  await specialties.dialog('resourceNeeds').getByTestId('need-budget').fill('-5');
  await specialties.dialog('resourceNeeds').getByTestId('need-year').fill('2026');
  await specialties.saveRow('resourceNeeds');
  await expect(specialties.field('resourceNeeds', '预算（万元）')).toContainText('预算（万元）不能为负数');
  await specialties.dialog('resourceNeeds').getByTestId('need-budget').fill('120');
  await specialties.saveRow('resourceNeeds');
  await expect(page.getByText('已保存资源需求「超声内镜」')).toBeVisible();
  await expect(page.getByTestId('budget-by-element')).toContainText('合计 120 万元');
  await expect(page.getByTestId('budget-by-year')).toContainText('2026 年120 万元');

  // 里程碑: outside the 2024–2028 plan period is refused at the end date.
  await specialties.tab('里程碑').click();
  await specialties.addRow('milestones');
  await specialties.dialog('milestones').getByTestId('milestone-title').fill('完成专科验收');
  await specialties.date('milestone-start', '2028-06-01');
  await specialties.date('milestone-end', '2029-03-31');
  await specialties.saveRow('milestones');
  await expect(specialties.field('milestones', '结束日期')).toContainText('超出规划期 2024–2028 年');
  await specialties.date('milestone-end', '2028-11-30');
  await expect(specialties.field('milestones', '结束日期')).not.toContainText('超出规划期');
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  await specialties.saveRow('milestones');
  await expect(page.getByText('已保存里程碑「完成专科验收」')).toBeVisible();

  // Appoint the 质控专员; the findings about this specialty's officer, diseases and goals are gone.
  await page.getByTestId('specialty-edit').click();
  await specialties.form.getByTestId('specialty-qc-officer').fill('韩雪');
  await specialties.save();
  await expect(page.getByTestId('specialty-summary')).toContainText('韩雪');
  await page.getByRole('menuitem', { name: '导出与提交' }).click();
  await expect(page.getByTestId('readiness-panel')).toBeVisible();
  await expect(page.getByTestId('readiness-finding-SPEC-LEAD-TWICE').filter({ hasText: NAME })).toHaveCount(1);
  for (const rule of ['SPEC-NO-QC-OFFICER', 'SPEC-NO-CORE-DISEASE', 'SPEC-NO-GOAL-2025', 'SPEC-NO-GOAL-2030', 'SPEC-NO-RESOURCE-NEED']) {
    await expect(findingsAbout(page, rule)).toHaveCount(0);
  }
  expect(outsideRequests).toEqual([]);
});

test('deleting says what goes with the specialty; one bound by a contract is refused', async ({ page }) => {
  const specialties = new SpecialtiesPage(page);
  await specialties.open();
  await specialties.filterArea('心脑血管疾病');
  await expect(specialties.table.locator('[data-row-key]')).toHaveCount(3);

  const bound = specialties.row('胸痛中心');
  await bound.getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog')).toContainText('不能删除临床专科「胸痛中心（心血管病专科）」');
  await expect(page.getByRole('dialog')).toContainText('仍有目标责任书');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();

  await specialties.row('主动脉与结构性心脏病专科').getByRole('button', { name: '删除' }).click();
  const impact = page.getByTestId('specialty-delete-impact');
  await expect(impact).toContainText('将同时删除：核心病种');
  await expect(impact).toContainText('路线图任务 10 条');
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已删除临床专科「主动脉与结构性心脏病专科」')).toBeVisible();
  await expect(specialties.table.locator('[data-row-key]')).toHaveCount(2);
  await page.reload();
  await expect(specialties.row('主动脉与结构性心脏病专科')).toHaveCount(0);
});
