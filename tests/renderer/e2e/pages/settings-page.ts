import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** 设置: sample data and backups. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/#/settings');
  }

  /** Loads the demo hospital; confirms the replace dialog when the database already holds data. */
  async loadDemoSample({ confirmReplace = true } = {}) {
    await this.page.getByTestId('load-demo-sample').click();
    const dialog = this.page.getByRole('dialog');
    if (await dialog.isVisible().catch(() => false)) {
      await dialog.getByRole('button', { name: confirmReplace ? '替换并载入' : '取消' }).click();
    }
    if (confirmReplace) await expect(this.page.getByText('已载入示例数据')).toBeVisible();
  }

  async restoreFrom(file: { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '恢复备份' }).click();
    await (await chooser).setFiles(file);
  }
}
