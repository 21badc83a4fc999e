/**
 * Where a JSON text goes wrong, as 1-based line and column, so a user who edited a file by hand
 * is told where to look. Engines word SyntaxError differently (V8 sometimes gives a position,
 * sometimes only the token; Firefox gives line and column), so we read the message when it
 * says where, and otherwise find the first error ourselves.
 */

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function fromMessage(message: string, text: string): TextPosition | null {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn !== null) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  if (position !== null) return positionAt(text, Number(position[1]));
  return null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Offset of the first syntax error of `text`, or null when it is valid JSON. Iterative (an
 * explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function firstJsonErrorOffset(text: string): number | null {
  let i = 0;
  const stack: ('[' | '{')[] = [];
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const scanString = (): boolean => {
    if (text.charAt(i) !== '"') return false;
    i += 1;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i += 1;
        return true;
      }
      // Raw control characters are not allowed inside JSON strings.
      if (code < 0x20) return false;
      if (code === 0x5c) {
        const next = text.charAt(i + 1);
        if (next !== '' && '"\\/bfnrt'.includes(next)) i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
        continue;
      }
      i += 1;
    }
    return false;
  };
  const scanScalar = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    if (text.charAt(i) === '"') return scanString();
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text) === null) return false;
    i = NUMBER.lastIndex;
    return true;
  };
  /** After `{` or `,` inside an object: a key and a colon. */
  const scanKey = (): boolean => {
    skipSpace();
    if (!scanString()) return false;
    skipSpace();
    if (text.charAt(i) !== ':') return false;
    i += 1;
    return true;
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const ch = text.charAt(i);
      if (ch === '[' || ch === '{') {
        stack.push(ch);
        i += 1;
        skipSpace();
        const close = ch === '[' ? ']' : '}';
        if (text.charAt(i) === close) {
          stack.pop();
          i += 1;
          expectValue = false;
          continue;
        }
        if (ch === '{' && !scanKey()) return i;
        continue;
      }
      if (!scanScalar()) return i;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i === text.length ? null : i;
    const ch = text.charAt(i);
    if (ch === ',') {
      i += 1;
      if (top === '{' && !scanKey()) return i;
      expectValue = true;
    } else if ((top === '[' && ch === ']') || (top === '{' && ch === '}')) {
      stack.pop();
      i += 1;
    } else {
      return i;
    }
  }
}

/** Best position of the error that `JSON.parse(text)` threw, or null if none can be found. */
export function jsonErrorPosition(text: string, error: unknown): TextPosition | null {
  const message = error instanceof Error ? error.message : '';
  const stated = fromMessage(message, text);
  if (stated !== null) return stated;
  const offset = firstJsonErrorOffset(text);
  return offset === null ? null : positionAt(text, offset);
}
