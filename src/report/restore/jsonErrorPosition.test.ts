import { describe, expect, it } from 'vitest';
import { firstJsonErrorOffset, jsonErrorPosition, positionAt } from './jsonErrorPosition';

describe('firstJsonErrorOffset', () => {
  it.each([
    ['{}'],
    ['[]'],
    [' {"a": [1, -2.5e3, true, false, null, "x\\n\\u4e2d"], "b": {}} '],
    ['"just a string"'],
    ['0'],
  ])('finds no error in valid JSON %j', (text) => {
    expect(() => {
      JSON.parse(text);
    }).not.toThrow();
    expect(firstJsonErrorOffset(text)).toBeNull();
  });

  it.each<[string, number]>([
    ['', 0],
    ['{"a": x}', 6],
    ['{"a":1,}', 7],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['"tab\there"', 4],
    ['"bad \\q"', 5],
    ['[1] x', 4],
    ['[01]', 2],
    ['{"a": [1, 2', 11],
  ])('finds the error in %j at offset %i', (text, offset) => {
    expect(() => {
      JSON.parse(text);
    }).toThrow();
    expect(firstJsonErrorOffset(text)).toBe(offset);
  });

  it('handles deep nesting without recursion', () => {
    expect(firstJsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});

describe('jsonErrorPosition', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('reads the position from the message when the engine gives it', () => {
    const text = '{\n"a": 1,\n}';
    expect(
      jsonErrorPosition(text, new SyntaxError('Unexpected token } in JSON at position 10')),
    ).toEqual({
      line: 3,
      column: 1,
    });
    expect(
      jsonErrorPosition(
        text,
        new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 1'),
      ),
    ).toEqual({ line: 3, column: 1 });
  });

  it('finds the position itself when the message does not say', () => {
    expect(jsonErrorPosition('{\n  "a": x}', new SyntaxError("Unexpected token 'x'"))).toEqual({
      line: 2,
      column: 8,
    });
  });
});
