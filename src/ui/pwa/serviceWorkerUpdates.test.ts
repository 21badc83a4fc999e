import { describe, expect, it } from 'vitest';
import { FakeRegister } from './fakeRegister';
import { ServiceWorkerUpdates } from './serviceWorkerUpdates';

function setup() {
  const fake = new FakeRegister();
  let reloads = 0;
  let controllerChange: (() => void) | null = null;
  const updates = new ServiceWorkerUpdates({
    register: fake.register,
    reload: () => {
      reloads += 1;
    },
    onControllerChange: (listener) => {
      controllerChange = listener;
    },
    checkEveryMs: 0,
  });
  updates.start();
  return {
    fake,
    updates,
    reloads: () => reloads,
    controllerChanged: () => {
      controllerChange?.();
    },
  };
}

describe('ServiceWorkerUpdates', () => {
  it('registers once, however often it is started', () => {
    const { fake, updates } = setup();
    updates.start();
    updates.start();
    expect(fake.registrations).toBe(1);
    expect(fake.options?.immediate).toBe(true);
  });

  it('reports that the app works offline once precaching completed', () => {
    const { fake, updates } = setup();
    expect(updates.getSnapshot().offlineReady).toBe(false);
    fake.offlineReady();
    expect(updates.getSnapshot().offlineReady).toBe(true);
    updates.dismissOfflineReady();
    expect(updates.getSnapshot().offlineReady).toBe(false);
  });

  it('announces a waiting version and does nothing more until the user agrees', () => {
    const { fake, updates, reloads } = setup();
    const seen: boolean[] = [];
    updates.subscribe(() => seen.push(updates.getSnapshot().updateWaiting));
    fake.newVersionWaiting();
    expect(seen).toEqual([true]);
    expect(fake.skipWaitingRequests).toBe(0);
    expect(reloads()).toBe(0);
  });

  it('立即更新: saves pending edits first, then activates the new version, then reloads', async () => {
    const { fake, updates, reloads, controllerChanged } = setup();
    fake.newVersionWaiting();
    const order: string[] = [];
    const flush = () => {
      order.push(`flush (skip waiting sent: ${fake.skipWaitingRequests})`);
      return Promise.resolve();
    };
    await updates.applyUpdate(flush);
    order.push(`after (skip waiting sent: ${fake.skipWaitingRequests})`);
    expect(order).toEqual(['flush (skip waiting sent: 0)', 'after (skip waiting sent: 1)']);
    expect(updates.getSnapshot().updating).toBe(true);
    expect(reloads()).toBe(0);
    // Both signals may arrive (plugin callback and controllerchange): one reload only.
    fake.tookControl();
    controllerChanged();
    expect(reloads()).toBe(1);
  });

  it('updates even when saving hangs, after the bounded wait', async () => {
    const fake = new FakeRegister();
    const updates = new ServiceWorkerUpdates({
      register: fake.register,
      reload: () => undefined,
      checkEveryMs: 0,
      flushTimeoutMs: 10,
    });
    updates.start();
    fake.newVersionWaiting();
    await updates.applyUpdate(() => new Promise(() => undefined));
    expect(fake.skipWaitingRequests).toBe(1);
  });

  it('a second press while updating does not send a second request', async () => {
    const { fake, updates } = setup();
    fake.newVersionWaiting();
    await Promise.all([updates.applyUpdate(), updates.applyUpdate()]);
    expect(fake.skipWaitingRequests).toBe(1);
  });

  it('never reloads when another window switched to the new version; it says so instead', () => {
    const { fake, updates, reloads } = setup();
    fake.newVersionWaiting();
    fake.tookControl();
    expect(reloads()).toBe(0);
    expect(updates.getSnapshot()).toMatchObject({ switchedElsewhere: true, updateWaiting: false });
    updates.reloadNow();
    expect(reloads()).toBe(1);
  });

  it('稍后 hides the notice without activating anything', () => {
    const { fake, updates, reloads } = setup();
    fake.newVersionWaiting();
    updates.postponeUpdate();
    expect(updates.getSnapshot().updateWaiting).toBe(false);
    expect(fake.skipWaitingRequests).toBe(0);
    expect(reloads()).toBe(0);
  });

  it('稍后 holds for the waiting version even when workbox announces it a second time', () => {
    const { fake, updates } = setup();
    fake.registered();
    const version = {};
    fake.newVersionWaiting(version); // workbox-window `installed` (external update)
    updates.postponeUpdate();
    fake.newVersionWaiting(version); // the same worker's `waiting`, 200 ms later
    expect(updates.getSnapshot().updateWaiting).toBe(false);
    // A still newer version is news again.
    fake.newVersionWaiting({});
    expect(updates.getSnapshot().updateWaiting).toBe(true);
  });
});
