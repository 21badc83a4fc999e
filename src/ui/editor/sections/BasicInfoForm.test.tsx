import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../../report/blank';
import { ReportStoreContext } from '../../state/hooks';
import { ReportStore } from '../../state/reportStore';
import { BasicInfoForm } from './BasicInfoForm';

afterEach(cleanup);

function setup(year = 2023) {
  const store = new ReportStore(createBlankDocument({ agency: '', year }));
  render(
    <ReportStoreContext.Provider value={store}>
      <BasicInfoForm />
    </ReportStoreContext.Provider>,
  );
  return store;
}

const field = (label: RegExp) => screen.getByLabelText(label);
const type = (label: RegExp, value: string) => {
  fireEvent.change(field(label), { target: { value } });
};

describe('基本信息 form', () => {
  it('writes the agency to the report on every change, as one undo step per field', () => {
    const store = setup();
    type(/机关名称/, '测');
    type(/机关名称/, '测试局');
    expect(store.document.agency).toBe('测试局');
    expect(store.undoLabel).toBe('修改机关名称');
    act(() => {
      store.undo();
    });
    expect(store.document.agency).toBe('');
    expect(store.canUndo).toBe(false);
  });

  it('shows the undone value in the field', () => {
    const store = setup();
    type(/机关名称/, '测试局');
    type(/报告年度/, '2022');
    act(() => {
      store.undo();
    });
    expect(field(/报告年度/)).toHaveProperty('value', '2023');
    expect(field(/机关名称/)).toHaveProperty('value', '测试局');
  });

  it('requires the agency name, with an accessible message', async () => {
    setup();
    type(/机关名称/, '测试局');
    type(/机关名称/, '  ');
    expect(await screen.findByText('请填写机关名称')).toBeTruthy();
    expect(field(/机关名称/).getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the last valid year while a half-typed one is shown with its error', async () => {
    const store = setup();
    type(/报告年度/, '20');
    expect(await screen.findByText('请填写四位数字的年度，如 2024')).toBeTruthy();
    expect(store.document.year).toBe(2023);
    type(/报告年度/, '2024');
    expect(store.document.year).toBe(2024);
    await waitFor(() => {
      expect(screen.queryByText('请填写四位数字的年度，如 2024')).toBeNull();
    });
  });

  it('derives the title until one is typed, and restores the derived one on request', () => {
    const store = setup();
    type(/机关名称/, '测试局');
    // The derived title is written out as text, not left as the empty field's grey placeholder.
    expect(screen.getByText(/现用标题：测试局2023年政府信息公开工作年度报告/)).toBeTruthy();
    expect(field(/^标题/)).toHaveProperty('value', '');
    const restore = screen.getByRole('button', { name: '恢复默认标题' });
    expect(restore).toHaveProperty('disabled', true);
    type(/^标题/, '测试局2023年度政府信息公开工作报告');
    expect(store.document.title).toBe('测试局2023年度政府信息公开工作报告');
    fireEvent.click(restore);
    expect(store.document.title).toBeNull();
    expect(field(/^标题/)).toHaveProperty('value', '');
  });

  it('stores the level, preface and publication date', () => {
    const store = setup();
    type(/机关层级/, 'county-government');
    type(/引言/, '根据《中华人民共和国政府信息公开条例》……');
    type(/发布日期/, '2024-01-20');
    expect(store.document.agencyLevel).toBe('county-government');
    expect(store.document.preface).toBe('根据《中华人民共和国政府信息公开条例》……');
    expect(store.document.publicationDate).toBe('2024-01-20');
    // Said the way it prints, whatever order the browser's date field uses.
    expect(screen.getByText(/印作：2024年1月20日/)).toBeTruthy();
    expect(screen.getByRole('option', { name: '乡镇人民政府（街道办事处）' })).toBeTruthy();
    type(/发布日期/, '');
    expect(store.document.publicationDate).toBeNull();
  });

  it('suggests the edition for the year and switches only after confirmation', async () => {
    const store = setup(2023);
    expect(screen.queryByRole('button', { name: '改用 2019 版' })).toBeNull();
    type(/报告年度/, '2020');
    fireEvent.click(screen.getByRole('button', { name: '改用 2019 版' }));
    // The confirmation loads on demand.
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/表三 （六）其他处理/)).toBeTruthy();
    expect(dialog.textContent).toContain('不会删除');
    expect(store.document.format).toBe('2021');
    fireEvent.click(within(dialog).getByRole('button', { name: '改用 2019 版' }));
    expect(store.document.format).toBe('2019');
    expect(store.document.tables.applications.other).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('radio', { name: /^2019 版/ })).toHaveProperty('checked', true);
  });

  it('asks before switching from the radio buttons, and cancelling changes nothing', async () => {
    const store = setup(2023);
    fireEvent.click(screen.getByRole('radio', { name: /^2019 版/ }));
    // The confirmation loads on demand.
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(store.document.format).toBe('2021');
    expect(screen.getByRole('radio', { name: /^2021 版/ })).toHaveProperty('checked', true);
    expect(store.canUndo).toBe(false);
  });
});
