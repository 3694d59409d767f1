import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** Pixels from each edge of the part of the timeline that shows bars to the same edge of a box; negative: beyond it. */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

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

  /** The bar that has keyboard focus. */
  focusedBar(): Locator {
    return this.page.locator('[data-bar-id]:focus');
  }

  /**
   * Where `target` is against the part of the timeline that shows the bars: below the sticky header, right of
   * the sticky label column, inside the scroll bars. All four ≥ 0: wholly on screen.
   */
  async margins(target: Locator): Promise<Margins> {
    const box = (await target.boundingBox())!;
    const view = await this.timeline.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const header = el.querySelector('[data-testid="roadmap-header"]')!.getBoundingClientRect().height;
      const labels = el.querySelector('.rt-corner')!.getBoundingClientRect().width;
      const top = r.top + el.clientTop;
      const left = r.left + el.clientLeft;
      return { top: top + header, bottom: top + el.clientHeight, left: left + labels, right: left + el.clientWidth };
    });
    return { top: box.y - view.top, bottom: view.bottom - (box.y + box.height), left: box.x - view.left, right: view.right - (box.x + box.width) };
  }

  /** Waits until `target` is wholly on screen in the timeline (a far row renders a frame after the scroll); its margins. */
  async expectInView(target: Locator): Promise<Margins> {
    await expect
      .poll(async () => {
        const { top, bottom, left, right } = await this.margins(target);
        return Math.min(top, bottom, left, right);
      })
      .toBeGreaterThanOrEqual(0);
    return this.margins(target);
  }

  async scrollPosition(): Promise<{ top: number; left: number }> {
    return this.timeline.evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));
  }

  /** Scrolls the rows to the top, the bottom, or a row's offset. */
  async scrollRowsTo(to: 'top' | 'bottom' | number) {
    await this.timeline.evaluate((el, y) => (el.scrollTop = y === 'top' ? 0 : y === 'bottom' ? el.scrollHeight : y), to);
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
