import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/** 总览: the figure cards, charts (by their accessible descriptions), task lists and readiness counts. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '总览' }).click();
    await expect(this.page.getByRole('heading', { name: '总览' })).toBeVisible();
  }

  figure(name: 'specialties' | 'goals' | 'budget' | 'upcoming' | 'overdue'): Locator {
    return this.page.getByTestId(`figure-${name}`);
  }

  chart(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  milestones(kind: 'upcoming' | 'overdue'): Locator {
    return this.page.getByTestId(`milestones-${kind}`).getByTestId('milestone-link');
  }

  readinessCount(severity: 'BLOCKER' | 'WARNING' | 'INFO'): Locator {
    return this.page.getByTestId(`readiness-count-${severity}`);
  }
}
