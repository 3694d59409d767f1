import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** 路线图: the timeline of every specialty's tasks. Bars are found through their row label's task id. */
export class RoadmapPage {
  readonly timeline: Locator;
  readonly count: Locator;

  constructor(private readonly page: Page) {
    this.timeline = page.getByTestId('roadmap-timeline');
    this.count = page.getByTestId('roadmap-count');
  }

  async open() {
    await this.page.getByRole('menuitem', { name: '路线图' }).click();
    await expect(this.timeline).toBeVisible();
  }

  group(name: string): Locator {
    return this.page.getByTestId('roadmap-group').filter({ hasText: name });
  }

  /** The row label of a task: the first one with this title below the given specialty's group row. */
  async taskId(specialty: string, title: string): Promise<string> {
    const groupTop = (await this.group(specialty).boundingBox())!.y;
    const labels = this.page.getByTestId('roadmap-task').filter({ hasText: title });
    for (const label of await labels.all()) {
      const box = await label.boundingBox();
      if (box && box.y > groupTop) return (await label.getAttribute('data-task-id'))!;
    }
    throw new Error(`no task 「${title}」 under 「${specialty}」`);
  }

  bar(id: string): Locator {
    return this.page.getByTestId(`roadmap-bar-${id}`);
  }

  /** Presses on `target` (a bar, or one of its end handles) and drags it `dx` pixels with the mouse. */
  async drag(target: Locator, dx: number) {
    const box = (await target.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y, { steps: 5 });
    await this.page.mouse.move(x + dx, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** The dependency arrow from a prerequisite to its dependant (either may be a folded group's row). */
  arrow(prerequisiteId: string, dependantId: string): Locator {
    return this.page.locator(`[data-testid="roadmap-arrow"][data-arrow="${prerequisiteId}>${dependantId}"]`);
  }

  /** Keyboard focus on a bar, as Tab and the arrow keys would leave it. */
  async focus(id: string) {
    await this.bar(id).focus();
    await expect(this.bar(id)).toBeFocused();
  }

  async foldAll() {
    await this.page.getByRole('button', { name: '全部折叠' }).click();
  }

  async zoom(label: '年' | '季度' | '月') {
    await this.page.getByTestId('roadmap-zoom').getByText(label, { exact: true }).click();
  }

  ticks(): Locator {
    return this.page.getByTestId('roadmap-tick');
  }

  async filterSpecialty(name: string) {
    await this.page.getByRole('combobox', { name: '按专科筛选' }).click();
    await this.page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
    await this.page.keyboard.press('Escape');
  }

  async filterOwner(name: string) {
    await this.page.getByRole('combobox', { name: '按负责人筛选' }).click();
    await this.page.getByRole('combobox', { name: '按负责人筛选' }).fill(name);
    await this.page.locator('.ant-select-item-option').filter({ hasText: name }).first().click();
  }
}
