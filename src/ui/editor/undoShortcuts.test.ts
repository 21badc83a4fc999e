import { describe, expect, it } from 'vitest';
import { historyKey, storeHandlesUndo } from './undoShortcuts';

const key = (
  k: string,
  mods: { ctrl?: boolean; shift?: boolean; meta?: boolean; alt?: boolean } = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl === true,
  metaKey: mods.meta === true,
  shiftKey: mods.shift === true,
  altKey: mods.alt === true,
});

function element(html: string): Element {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-target]');
  if (target === null) throw new Error('no target');
  return target;
}

describe('undo shortcuts', () => {
  it('read Ctrl+Z as undo, Ctrl+Y and Ctrl+Shift+Z as redo (⌘ too)', () => {
    expect(historyKey(key('z', { ctrl: true }))).toBe('undo');
    expect(historyKey(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(historyKey(key('y', { ctrl: true }))).toBe('redo');
    expect(historyKey(key('z', { meta: true }))).toBe('undo');
    expect(historyKey(key('z'))).toBeNull();
    expect(historyKey(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(historyKey(key('x', { ctrl: true }))).toBeNull();
  });

  it('go to the store outside text fields and in fields bound to the report', () => {
    expect(storeHandlesUndo(element('<button data-target>撤销</button>'))).toBe(true);
    expect(storeHandlesUndo(element('<textarea data-store-undo data-target></textarea>'))).toBe(
      true,
    );
    expect(storeHandlesUndo(element('<input type="text" data-store-undo data-target>'))).toBe(true);
    expect(storeHandlesUndo(element('<input type="radio" data-target>'))).toBe(true);
  });

  it('leave other text fields and open dialogs to the browser', () => {
    expect(storeHandlesUndo(element('<input type="text" data-target>'))).toBe(false);
    expect(storeHandlesUndo(element('<textarea data-target></textarea>'))).toBe(false);
    expect(storeHandlesUndo(element('<dialog open><button data-target>x</button></dialog>'))).toBe(
      false,
    );
    expect(
      storeHandlesUndo(
        element('<div data-native-undo><textarea data-store-undo data-target></textarea></div>'),
      ),
    ).toBe(false);
  });
});
