import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlankDocument } from '../report/blank';
import { NianbaoDb } from './db';
import { ReportsRepository } from './reportsRepository';
import { describeStorageError, isClosedError, isQuotaError } from './storageErrors';
import { testContext } from '../../testing/testContext';
import { watchVersionChange } from './versionChange';

const doc = () => createBlankDocument({ agency: '某局', year: 2021 });

describe('storage errors', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('recognises a quota error directly, wrapped as AbortError, or as a cause', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(
      isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota })),
    ).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota }))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
    expect(describeStorageError(quota)).toBe('浏览器存储空间已满');
  });

  it('a real Dexie write that hits the quota fails as a quota error, leaving the old row', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(doc());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error: unknown = await repo
      .save(id, createBlankDocument({ agency: '新', year: 2021 }), 1)
      .catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    vi.restoreAllMocks();
    const stored = await repo.load(id);
    expect(stored?.revision).toBe(1);
    expect(stored?.document?.agency).toBe('某局');
  });

  it('when another tab opens a newer schema: pending work is written, then the connection closes', async () => {
    const ctx = testContext();
    const repo = new ReportsRepository(ctx);
    const { id } = await repo.create(doc());
    const closed = vi.fn();
    // The pending autosave write runs while the old connection is still open.
    const beforeClose = () =>
      repo.save(id, createBlankDocument({ agency: '关闭前保存', year: 2021 }), 1);
    watchVersionChange(ctx.db, { beforeClose, onClosed: closed });

    // The newer app version in another tab: same database, schema version 2.
    const newer = new NianbaoDb(ctx.db.name);
    newer
      .version(2)
      .stores({ reports: 'id, updatedAt, year, agency, deletedAt, previousReportId' });
    await newer.open();
    expect(closed).toHaveBeenCalledTimes(1);
    expect((await newer.reports.get(id))?.agency).toBe('关闭前保存');

    const error: unknown = await repo.save(id, doc(), 2).catch((e: unknown) => e);
    expect(isClosedError(error)).toBe(true);
    expect(describeStorageError(error)).toContain('另一个窗口打开了新版本');
    newer.close();
  });
});
