import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

afterEach(cleanup);

/** A button that opens the dialog; 确定 optionally moves focus somewhere else on purpose. */
function Harness({ focusElsewhere = false }: { readonly focusElsewhere?: boolean }) {
  const [open, setOpen] = useState(false);
  const other = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        移除
      </button>
      <input ref={other} aria-label="其他" />
      <ConfirmDialog
        open={open}
        title="移除此表？"
        confirmLabel="确定"
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          setOpen(false);
          if (focusElsewhere) other.current?.focus();
        }}
      >
        <p>表中已填写的数据将一并移除。</p>
      </ConfirmDialog>
    </>
  );
}

function openFromButton(): HTMLElement {
  const opener = screen.getByRole('button', { name: '移除' });
  act(() => {
    opener.focus();
  });
  fireEvent.click(opener);
  expect(screen.getByText('移除此表？')).toBeDefined();
  // The confirm button takes focus first.
  expect(document.activeElement).toBe(screen.getByText('确定'));
  return opener;
}

describe('ConfirmDialog', () => {
  it('gives focus back to the control that opened it when cancelled', () => {
    render(<Harness />);
    const opener = openFromButton();
    fireEvent.click(screen.getByText('取消'));
    expect(screen.queryByText('移除此表？')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('gives focus back when confirmed, too', () => {
    render(<Harness />);
    const opener = openFromButton();
    fireEvent.click(screen.getByText('确定'));
    expect(document.activeElement).toBe(opener);
  });

  it('leaves focus where the action put it', () => {
    render(<Harness focusElsewhere />);
    openFromButton();
    fireEvent.click(screen.getByText('确定'));
    expect(document.activeElement).toBe(screen.getByLabelText('其他'));
  });
});
