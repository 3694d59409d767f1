import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

export interface DisciplineInput {
  name: string;
  category?: '基础学科' | '平台学科' | '优势学科' | '重点扶持学科' | '未分类';
  staffCount?: number;
}

/** 学科梳理: the table, its filters, the add/edit drawer. */
export class DisciplinesPage {
  readonly table: Locator;
  readonly form: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('discipline-table');
    this.form = page.getByTestId('discipline-form');
    this.count = page.getByTestId('discipline-count');
  }

  async open() {
    await this.page.goto('/#/disciplines');
    await expect(this.count).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByPlaceholder('搜索学科名称').fill(text);
  }

  /** The table is virtual: search first so the row is rendered. */
  row(name: string): Locator {
    return this.table.locator('[data-row-key]').filter({ hasText: name });
  }

  async fillForm(input: DisciplineInput) {
    await this.form.getByTestId('discipline-name').fill(input.name);
    if (input.staffCount !== undefined) await this.form.getByLabel('人员数').fill(String(input.staffCount));
    if (input.category) await this.form.getByTestId('discipline-category').getByText(input.category).click();
  }

  async add(input: DisciplineInput) {
    await this.page.getByRole('button', { name: '新增学科' }).click();
    await this.fillForm(input);
    await this.form.getByTestId('discipline-save').click();
  }

  async deleteRow(name: string) {
    await this.search(name);
    const key = await this.row(name).first().getAttribute('data-row-key');
    await this.page.getByTestId(`delete-${key}`).click();
    return this.page.getByRole('dialog');
  }
}
