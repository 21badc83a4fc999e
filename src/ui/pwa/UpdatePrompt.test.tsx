import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeRegister } from './fakeRegister';
import { ServiceWorkerUpdates } from './serviceWorkerUpdates';
import { OFFLINE_READY_MS, UpdatePrompt } from './UpdatePrompt';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup(beforeReload?: () => Promise<unknown>) {
  const fake = new FakeRegister();
  const reload = vi.fn();
  const updates = new ServiceWorkerUpdates({ register: fake.register, reload, checkEveryMs: 0 });
  render(<UpdatePrompt updates={updates} beforeReload={beforeReload} />);
  return { fake, reload };
}

describe('UpdatePrompt', () => {
  it('registers the service worker when mounted and shows nothing at first', () => {
    const { fake } = setup();
    expect(fake.registrations).toBe(1);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows 可以离线使用 briefly once everything is cached', () => {
    vi.useFakeTimers();
    const { fake } = setup();
    act(() => {
      fake.offlineReady();
    });
    expect(screen.getByRole('status').textContent).toContain('可以离线使用');
    act(() => {
      vi.advanceTimersByTime(OFFLINE_READY_MS);
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers 立即更新 and 稍后 for a waiting version; 稍后 only hides the notice', () => {
    const { fake, reload } = setup();
    act(() => {
      fake.newVersionWaiting();
    });
    expect(screen.getByRole('status').textContent).toContain('新版本可用');
    fireEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(fake.skipWaitingRequests).toBe(0);
    expect(reload).not.toHaveBeenCalled();
  });

  it('立即更新 saves first, then switches and reloads once the new version is in charge', async () => {
    const beforeReload = vi.fn(() => Promise.resolve());
    const { fake, reload } = setup(beforeReload);
    act(() => {
      fake.newVersionWaiting();
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '立即更新' }));
      await Promise.resolve();
    });
    expect(beforeReload).toHaveBeenCalledTimes(1);
    expect(fake.skipWaitingRequests).toBe(1);
    expect(screen.getByRole('button', { name: '正在更新…' })).toHaveProperty('disabled', true);
    expect(reload).not.toHaveBeenCalled();
    act(() => {
      fake.tookControl();
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks for a reload, without reloading, when another window switched versions', () => {
    const { fake, reload } = setup();
    act(() => {
      fake.newVersionWaiting();
      fake.tookControl();
    });
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('新版本已在另一个窗口启用');
    fireEvent.click(screen.getByRole('button', { name: '重新载入' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
