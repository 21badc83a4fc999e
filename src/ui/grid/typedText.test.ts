import { describe, expect, it } from 'vitest';
import { typedText } from './typedText';

describe('typedText', () => {
  it('replaces the selection with a typed character and puts the caret after it', () => {
    expect(typedText('120', 0, 3, 'insertText', '7')).toEqual({ text: '7', caret: 1 });
    expect(typedText('120', 1, 1, 'insertText', '5')).toEqual({ text: '1520', caret: 2 });
    expect(typedText('', 0, 0, 'insertText', '3')).toEqual({ text: '3', caret: 1 });
  });

  it('deletes the character before or after the caret, or the selection', () => {
    expect(typedText('73', 2, 2, 'deleteContentBackward', null)).toEqual({ text: '7', caret: 1 });
    expect(typedText('73', 0, 0, 'deleteContentForward', null)).toEqual({ text: '3', caret: 0 });
    expect(typedText('1234', 1, 3, 'deleteContentBackward', null)).toEqual({
      text: '14',
      caret: 1,
    });
    expect(typedText('1234', 3, 1, 'deleteContentForward', null)).toEqual({ text: '14', caret: 1 });
  });

  it('never splits a character made of two code units', () => {
    expect(typedText('1𠀀', 3, 3, 'deleteContentBackward', null)).toEqual({ text: '1', caret: 1 });
    expect(typedText('𠀀1', 0, 0, 'deleteContentForward', null)).toEqual({ text: '1', caret: 0 });
  });

  it('leaves to the browser what changes nothing here or is not a plain edit', () => {
    expect(typedText('7', 0, 0, 'deleteContentBackward', null)).toBeNull();
    expect(typedText('7', 1, 1, 'deleteContentForward', null)).toBeNull();
    expect(typedText('7', 1, 1, 'insertCompositionText', '七')).toBeNull();
    expect(typedText('7', 1, 1, 'deleteWordBackward', null)).toBeNull();
    expect(typedText('7', 1, 1, 'insertFromDrop', '8')).toBeNull();
    expect(typedText('7', 1, 1, 'insertText', null)).toBeNull();
  });
});
