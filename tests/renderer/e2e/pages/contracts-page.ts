import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

export interface NewContract {
  template: '通用临床' | '外科' | '平台学科';
  unit: string;
  hospitalSide: string;
  director: string;
  operator: string;
}

/** 目标责任书: the list, the create dialog, one contract's editor, workflow and yearly assessment. */
export class ContractsPage {
  readonly weightTotal: Locator;
  readonly status: Locator;
  readonly version: Locator;

  constructor(private readonly page: Page) {
    this.weightTotal = page.getByTestId('weight-total');
    this.status = page.getByTestId('contract-status');
    this.version = page.getByTestId('contract-version');
  }

  async open() {
    await this.page.goto('/#/contracts');
    await expect(this.page.getByRole('heading', { name: '目标责任书' })).toBeVisible();
  }

  /** Opens the contract of `unit` from the list. */
  async openContract(unit: string) {
    await this.page.getByRole('row').filter({ hasText: unit }).first().getByRole('button', { name: '打开' }).click();
  }

  async create(input: NewContract) {
    await this.page.getByTestId('contract-new').first().click();
    const dialog = this.page.getByTestId('contract-create');
    await dialog.getByTestId('contract-template').getByText(input.template).click();
    await dialog.getByTestId('contract-unit').click();
    await this.page.keyboard.type(input.unit);
    await this.page.locator('.ant-select-item-option').filter({ hasText: input.unit }).first().click();
    await dialog.getByTestId('contract-hospital-side').fill(input.hospitalSide);
    await dialog.getByTestId('contract-director').fill(input.director);
    await dialog.getByTestId('contract-operator').fill(input.operator);
    await dialog.getByRole('button', { name: '新建并编辑' }).click();
    await expect(this.status).toHaveText('草稿');
  }

  /** Types into an inline number cell and commits it (Enter), as a person would. */
  async fillCell(testId: string, value: string) {
    const cell = this.page.getByTestId(testId);
    await cell.fill(value);
    await cell.press('Enter');
  }

  /** Every annual-target cell of the table gets `value`. */
  async fillAllGoals(value: string) {
    const cells = this.page.locator('[data-testid^="goal-"]');
    const ids = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    for (const id of ids) await this.fillCell(id, value);
  }

  /** A workflow button, its dialog filled with `note`, confirmed. */
  async act(action: string, label: string, note = '') {
    await this.page.getByTestId(`action-${action}`).click();
    const modal = this.page.getByTestId('workflow-modal');
    if (note) await modal.getByTestId('workflow-note').fill(note);
    await modal.getByRole('button', { name: label }).click();
    await expect(modal).toBeHidden();
  }

  /** Picks a day in an antd DatePicker by typing it, as a keyboard user would. */
  async pickDate(testId: string, day: string) {
    const input = this.page.getByTestId(testId);
    await input.click();
    await input.fill(day);
    await input.press('Enter');
  }

  async tab(name: string | RegExp) {
    await this.page.getByRole('tab', { name }).click();
  }
}
