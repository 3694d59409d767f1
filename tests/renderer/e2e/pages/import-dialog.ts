import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** The shared import flow (学科清单, 实际值, 考核指标): pick a file, check the mapping, read the report, import or not. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly report: Locator;
  readonly errors: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('import-pick').or(page.getByTestId('import-mapping')).or(page.getByTestId('import-report')) });
    this.preview = page.getByTestId('import-preview');
    this.report = page.getByTestId('import-report');
    this.errors = page.getByTestId('import-errors');
  }

  /** Opens the flow with `opener` and picks `path` in the (browser) file chooser. */
  async pick(opener: Locator, path: string) {
    await opener.click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByTestId('import-pick-file').click();
    await (await chooser).setFiles(path);
  }

  async check() {
    await expect(this.preview).toBeVisible();
    await this.page.getByTestId('import-check').click();
    await expect(this.report).toBeVisible();
  }

  /** The report's counts, and its first error row: the sheet row, the column letter and the reason. */
  async expectReport(good: number, bad: number, first: { row: number; column: string; reason: string }) {
    await expect(this.page.getByTestId('import-good-count')).toContainText(String(good));
    await expect(this.page.getByTestId('import-error-count')).toContainText(String(bad));
    const error = this.errors.locator('.ant-table-row').first();
    await expect(error).toContainText(String(first.row));
    await expect(error).toContainText(first.column);
    await expect(error).toContainText(first.reason);
  }
}
