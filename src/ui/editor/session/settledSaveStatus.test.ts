import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from '../../../storage/autosave';
import { SettledSaveStatus } from './settledSaveStatus';

/** An autosave stand-in whose status and last change the test sets. */
function fakeAutosave() {
  const listeners = new Set<() => void>();
  const fake = {
    status: { kind: 'saved', at: 1 } as SaveStatus,
    lastChangeAt: 0,
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(status: SaveStatus, changedAt?: number) {
      if (changedAt !== undefined) fake.lastChangeAt = changedAt;
      fake.status = status;
      for (const l of listeners) l();
    },
  };
  return fake;
}

describe('SettledSaveStatus', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps 保存中 while typing goes on, and shows 已保存 once typing has paused', () => {
    const autosave = fakeAutosave();
    const settled = new SettledSaveStatus(autosave, 1000);
    const seen: string[] = [];
    settled.subscribe(() => seen.push(settled.shown.kind));
    autosave.set({ kind: 'pending' }, Date.now());
    vi.advanceTimersByTime(900);
    autosave.set({ kind: 'saving' });
    autosave.set({ kind: 'saved', at: Date.now() });
    // Saved 900 ms after the last keystroke: the text stays 保存中 for now.
    expect(settled.shown.kind).toBe('saving');
    vi.advanceTimersByTime(99);
    expect(settled.shown.kind).toBe('saving');
    vi.advanceTimersByTime(1);
    expect(settled.shown.kind).toBe('saved');
    expect(seen).toEqual(['pending', 'saving', 'saved']);
  });

  it('never shows 已保存 for a moment in which a newer change is waiting', () => {
    const autosave = fakeAutosave();
    const settled = new SettledSaveStatus(autosave, 1000);
    settled.subscribe(() => undefined);
    autosave.set({ kind: 'saving' }, Date.now());
    autosave.set({ kind: 'saved', at: Date.now() });
    vi.advanceTimersByTime(500);
    autosave.set({ kind: 'pending' }, Date.now());
    vi.advanceTimersByTime(5000);
    expect(settled.shown.kind).toBe('pending');
  });

  it('shows a failure at once, and 已保存 at once after a pause', () => {
    const autosave = fakeAutosave();
    const settled = new SettledSaveStatus(autosave, 1000);
    settled.subscribe(() => undefined);
    autosave.set({ kind: 'pending' }, Date.now());
    const failed: SaveStatus = {
      kind: 'failed',
      reason: '空间已满',
      quota: true,
      closed: false,
      retryAt: null,
    };
    autosave.set(failed);
    expect(settled.shown).toBe(failed);
    vi.advanceTimersByTime(2000);
    const saved: SaveStatus = { kind: 'saved', at: Date.now() };
    autosave.set(saved);
    expect(settled.shown).toBe(saved);
  });
});
