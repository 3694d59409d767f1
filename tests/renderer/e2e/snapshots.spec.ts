import { makeBackup } from '#shared/backup/index.ts';
import { generateSample } from '#shared/sample/index.ts';
import { expect, test } from './fixtures.ts';
import { SettingsPage } from './pages/settings-page.ts';

// The Electron window cannot run here, so the preload's `window.planner` is stood in for by a page script
// that answers the snapshot channels as main does: the only fake in the renderer e2e suite.
const sample = generateSample({ size: 'demo' });
const good = makeBackup({ ...sample, hospitals: sample.hospitals.map((h) => ({ ...h, name: '快照里的医院' })) }, 'e2e', new Date('2026-11-20T02:00:00Z'));
const SNAPSHOTS = {
  'snapshot-20261120T020000000Z.json': JSON.stringify(good),
  'snapshot-20261121T020000000Z.json': JSON.stringify(good).slice(0, 5000),
};

test.beforeEach(async ({ page }) => {
  await page.addInitScript((snapshots: Record<string, string>) => {
    const list = Object.entries(snapshots)
      .map(([name, text]) => ({ name, bytes: text.length, createdAt: `${name.slice(9, 13)}-${name.slice(13, 15)}-${name.slice(15, 17)}T02:00:00.000Z` }))
      .reverse();
    const answers: Record<string, (args: { name?: string }) => unknown> = {
      'app-info': () => ({ version: '0.1.0', platform: 'linux', userDataPath: '/home/u/.config/planner', snapshotDir: '/home/u/.config/planner/snapshots', isElectron: true }),
      'snapshot-list': () => list,
      'snapshot-read': ({ name }) => snapshots[name!],
    };
    Object.defineProperty(window, 'planner', {
      value: {
        invoke: (name: string, args: { name?: string }) => Promise.resolve(answers[name]?.(args)),
        onSnapshotRequest: () => () => {},
      },
    });
  }, SNAPSHOTS);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.loadDemoSample();
});

test('snapshots are listed newest first; a damaged one is refused, a good one replaces the data after a confirm', async ({ page, outsideRequests }) => {
  const card = page.getByTestId('snapshots-card');
  const rows = card.getByRole('row');
  await expect(rows.nth(1)).toContainText('2026');
  await expect(rows).toHaveCount(3);

  await card.getByTestId('restore-snapshot-20261121T020000000Z.json').click();
  await expect(card.getByTestId('snapshot-error')).toContainText('无法恢复，现有数据未作任何更改');
  await expect(page.getByTestId('current-hospital-name')).toHaveText('示例市第一人民医院');

  await card.getByTestId('restore-snapshot-20261120T020000000Z.json').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('的自动快照');
  await dialog.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('已从自动快照恢复')).toBeVisible();
  await expect(page.getByTestId('current-hospital-name')).toHaveText('快照里的医院');
  expect(outsideRequests).toEqual([]);
});
