import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineIndicator } from './OfflineIndicator';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function goOffline(offline: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

describe('OfflineIndicator', () => {
  it('shows 离线 while the browser has no network, and nothing otherwise', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    render(<OfflineIndicator />);
    const region = screen.getByTestId('offline-indicator');
    expect(region.textContent).toBe('');
    goOffline(true);
    expect(region.textContent).toBe('离线');
    goOffline(false);
    expect(region.textContent).toBe('');
  });
});
