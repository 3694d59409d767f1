import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

export type ExportKind = 'workbook' | 'plan' | 'specialties' | 'contracts' | 'all';

/** 导出与提交: the export panel beside the readiness check, its progress bar and the print preview. */
export class ExportPage {
  readonly panel: Locator;
  readonly progress: Locator;
  readonly cancelButton: Locator;
  readonly error: Locator;
  readonly preview: Locator;
  /** PDF 字体: the font of each face, and 使用系统字体 where the machine has system fonts. */
  readonly fonts: Locator;
  readonly systemFontsSwitch: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('export-panel');
    this.progress = page.getByTestId('export-progress');
    this.cancelButton = page.getByTestId('export-cancel');
    this.error = page.getByTestId('export-error');
    this.preview = page.locator('.ant-modal').filter({ hasText: '打印预览' });
    this.fonts = page.getByTestId('export-fonts');
    this.systemFontsSwitch = page.getByTestId('export-system-fonts');
  }

  async open() {
    await this.page.goto('/#/export');
    await expect(this.panel).toBeVisible();
    await expect(this.page.getByTestId('export-readiness')).toBeVisible();
  }

  kind(kind: ExportKind): Locator {
    return this.page.getByTestId(`export-kind-${kind}`);
  }

  async choose(kind: ExportKind, subject?: string) {
    await this.kind(kind).click();
    if (subject) {
      await this.page.getByTestId('export-subject').click();
      await this.page.locator('.ant-select-item-option').filter({ hasText: subject }).first().click();
    }
  }

  /** Picks the n-th specific specialty or contract (0 = the first after 全部…) and returns its label. */
  async pickSubject(index: number): Promise<string> {
    await this.page.getByTestId('export-subject').click();
    const option = this.page.locator('.ant-select-item-option').nth(index + 1);
    const label = await option.innerText();
    await option.click();
    return label;
  }

  /** 打印预览 shows `page` drawn on its canvas. */
  async expectPreviewPage(page: number, pages: number) {
    await expect(this.preview.getByTestId('pdf-page-label')).toHaveText(`第 ${page} / ${pages} 页`);
    await expect(this.preview.locator(`[data-testid="pdf-page"][data-rendered="${page}"]`)).toBeVisible({ timeout: 120_000 });
  }

  /** 阻断 findings of the current hospital, as the summary beside the export button shows them. */
  async blockers(): Promise<number> {
    const text = await this.page.getByTestId('export-readiness-BLOCKER').innerText();
    return Number(/\d+/.exec(text)?.[0]);
  }

  /** Clicks the export button; while anything blocks, answers the draft question with 仍然导出草稿. */
  async start() {
    const blocked = (await this.blockers()) > 0;
    await this.panel.getByTestId('export-start').click();
    if (blocked) await this.page.getByRole('button', { name: '仍然导出草稿' }).click();
  }

  /** Starts the export and returns the browser download it ends in. */
  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 }); // a province-sized read and build on a busy machine
    await this.start();
    return download;
  }

  /**
   * Notes every time the progress bar is in the page, so a test can say it appeared even when a small export
   * finishes between two polls.
   */
  async watchProgress(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="export-progress"]');
        const text = bar?.textContent ?? '';
        if (bar && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  }
}
