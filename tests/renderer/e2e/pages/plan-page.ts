import type { Locator, Page } from '@playwright/test';
import type { PlanSectionKey } from '#shared/domain/index.ts';
import { expect } from '../fixtures.ts';

/** 规划文本: header fields, workflow buttons and the five section editors. */
export class PlanPage {
  readonly status: Locator;
  readonly docNumber: Locator;
  readonly problem: Locator;

  constructor(private readonly page: Page) {
    this.status = page.getByTestId('plan-status');
    this.docNumber = page.getByTestId('plan-doc-number');
    this.problem = page.getByTestId('plan-workflow-problem');
  }

  async open() {
    await this.page.getByRole('menuitem', { name: '规划文本' }).click();
    await expect(this.page.getByRole('heading', { name: '规划文本' })).toBeVisible();
    await expect(this.status).toBeVisible();
    await expect(this.editor('GOALS')).toBeVisible();
  }

  section(key: PlanSectionKey): Locator {
    return this.page.getByTestId(`plan-section-${key}`);
  }

  editor(key: PlanSectionKey): Locator {
    return this.page.getByTestId(`plan-editor-${key}`);
  }

  /** Puts the caret at the very end of a section, as clicking below the last line would. */
  async caretAtEnd(key: PlanSectionKey) {
    // The last block, not the editor's middle: that may be a table block, which takes a click as its own.
    await this.editor(key).locator(':scope > *').last().click();
    await this.page.keyboard.press('Control+End');
    await expect(this.editor(key)).toBeFocused();
  }

  async format(key: PlanSectionKey, button: string | RegExp) {
    await this.section(key).getByRole('toolbar').getByRole('button', { name: button }).click();
    await expect(this.editor(key)).toBeFocused();
  }

  async insertTable(key: PlanSectionKey, label: string) {
    await this.section(key).getByTestId('insert-plan-table').click();
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  async fillDocNumber(value: string) {
    await this.docNumber.fill(value);
    await this.docNumber.blur();
  }

  /** The error or hint antd shows under a form field. */
  fieldMessage(label: string): Locator {
    return this.page.locator('.ant-form-item').filter({ has: this.page.getByText(label, { exact: true }) });
  }

  async save() {
    await this.page.getByTestId('plan-save').click();
  }

  async move(to: string) {
    await this.page.getByTestId(`plan-move-${to}`).click();
  }
}
