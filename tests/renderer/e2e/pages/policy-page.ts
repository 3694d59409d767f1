import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** 政策依据: the guidance reader, its table of contents and search. */
export class PolicyPage {
  readonly text: Locator;
  /** The article the reader was opened at (highlighted). */
  readonly current: Locator;
  readonly toc: Locator;
  readonly hits: Locator;

  constructor(private readonly page: Page) {
    this.text = page.getByTestId('policy-text');
    this.current = this.text.locator('[data-current="true"]');
    this.toc = page.getByTestId('policy-toc');
    this.hits = page.getByTestId('policy-hit');
  }

  async open(ref?: string) {
    await this.page.goto(ref ? `/#/policy/${encodeURIComponent(ref)}` : '/#/policy');
    await expect(this.text).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByPlaceholder('搜索指导意见全文').fill(text);
  }
}
