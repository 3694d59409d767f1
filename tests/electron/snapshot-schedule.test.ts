import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createCloseGuard, createSnapshotScheduler } from '#electron/snapshot-schedule.ts';

function preventable() {
  return { prevented: false, preventDefault() { this.prevented = true; } };
}

describe('snapshot scheduler', () => {
  it('asks the renderer on every interval until stopped', async () => {
    let requests = 0;
    const scheduler = createSnapshotScheduler(() => requests++, 10);
    scheduler.start();
    await sleep(65);
    scheduler.stop();
    const seen = requests;
    expect(seen).toBeGreaterThanOrEqual(3);
    await sleep(40);
    expect(requests).toBe(seen);
  });

  it('resolves true once the requested snapshot is written', async () => {
    let requests = 0;
    const scheduler = createSnapshotScheduler(() => requests++);
    const waiting = scheduler.requestAndWait(5000);
    expect(requests).toBe(1);
    setTimeout(() => scheduler.notifyWritten(), 5);
    expect(await waiting).toBe(true);
  });

  it('gives up after the timeout when the renderer never answers', async () => {
    const scheduler = createSnapshotScheduler(() => {});
    const started = Date.now();
    expect(await scheduler.requestAndWait(30)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

describe('close guard', () => {
  it('holds the first close until the final snapshot, asks once, then lets the close through', async () => {
    let snapshots = 0;
    let finish: () => void = () => {};
    const closes: string[] = [];
    const onClose = createCloseGuard(
      () => {
        snapshots++;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      () => closes.push('proceed'),
    );
    const first = preventable();
    onClose(first);
    const again = preventable();
    onClose(again); // the user clicks × again while waiting
    expect([first.prevented, again.prevented, snapshots, closes]).toEqual([true, true, 1, []]);
    finish();
    await sleep(0);
    expect(closes).toEqual(['proceed']);
    const final = preventable();
    onClose(final);
    expect(final.prevented).toBe(false);
  });

  it('still closes when the snapshot fails', async () => {
    const closes: string[] = [];
    const onClose = createCloseGuard(() => Promise.reject(new Error('disk full')), () => closes.push('proceed'));
    onClose(preventable());
    await sleep(0);
    expect(closes).toEqual(['proceed']);
  });
});
