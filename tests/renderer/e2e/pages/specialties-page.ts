import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

type ChildTable = 'coreDiseases' | 'goals' | 'resourceNeeds' | 'milestones';

/** 临床专科: the list, the specialty drawer, and the detail page's tabs with their row dialogs. */
export class SpecialtiesPage {
  readonly table: Locator;
  readonly form: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('specialty-table');
    this.form = page.getByTestId('specialty-form');
  }

  async open() {
    await this.page.goto('/#/specialties');
    await expect(this.table).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.locator('[data-row-key]').filter({ hasText: name });
  }

  /** Picks an option of an antd Select inside the drawer by its visible text. */
  async choose(testId: string, option: string) {
    await this.pick(this.form.getByTestId(testId), option);
  }

  async filterArea(area: string) {
    await this.pick(this.page.getByTestId('specialty-area-filter'), area);
  }

  /** Long lists are virtual: type the option's text (searchable selects filter on it) so it is rendered. */
  private async pick(select: Locator, option: string) {
    await select.click();
    await this.page.keyboard.type(option); // ignored by selects without search
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  }

  get leadField(): Locator {
    return this.form.locator('.ant-form-item').filter({ has: this.page.getByTestId('specialty-lead') });
  }

  async save() {
    await this.form.getByTestId('specialty-save').click();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  dialog(table: ChildTable): Locator {
    return this.page.getByTestId(`${table}-form`);
  }

  field(table: ChildTable, label: string): Locator {
    return this.dialog(table).locator('.ant-form-item').filter({ hasText: label });
  }

  async addRow(table: ChildTable) {
    await this.page.getByTestId(`${table}-add`).click();
    await expect(this.dialog(table)).toBeVisible();
  }

  async saveRow(table: ChildTable) {
    await this.page.getByTestId(`${table}-save`).click();
  }

  /** Types a date into an antd DatePicker and confirms it. */
  async date(testId: string, value: string) {
    const input = this.page.getByTestId(testId).locator('input').or(this.page.locator(`input[data-testid="${testId}"]`)).first();
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }
}
