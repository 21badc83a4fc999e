/**
 * Outside data may be anything a caller hands us: cyclic objects, proxies, getters that
 * throw, sparse arrays of length 2³²−1, own `__proto__` keys. `safeCopy` reads it once, under a
 * budget, into plain JSON-like values, so the rest of restore works on data that cannot throw
 * and cannot touch a prototype. Parts that cannot be read become `Unreadable` markers; restore
 * reports them where it expected a value.
 */

export type UnreadableReason = 'cycle' | 'throws' | 'tooDeep' | 'tooLarge' | 'unsupported';

export class Unreadable {
  constructor(readonly reason: UnreadableReason) {}
}

export type SafeValue =
  null | boolean | number | string | readonly SafeValue[] | SafeObject | Unreadable;

/** A plain object built with `defineOwn`, so even a `__proto__` key is an own data property. */
export interface SafeObject {
  readonly [key: string]: SafeValue;
}

/** Far above any real report (≈ 500 values) and small enough to stay fast. */
const MAX_VALUES = 200_000;
const MAX_DEPTH = 64;

/**
 * Defines an own enumerable property. Unlike assignment, this never invokes the
 * `Object.prototype.__proto__` setter, so a key named `__proto__` stays an ordinary key.
 */
export function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    // Only `__proto__` is an accessor on Object.prototype; any other key assigns as own data.
    target[key] = value;
  }
}

/** Reads an own key only: `obj['__proto__']` or `obj['constructor']` never reach the prototype. */
export function own(obj: SafeObject, key: string): SafeValue | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function isSafeObject(value: SafeValue | undefined): value is SafeObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unreadable)
  );
}

export function isSafeArray(value: SafeValue | undefined): value is readonly SafeValue[] {
  return Array.isArray(value);
}

/** True when a copied value holds no `Unreadable` part (it can be written back to a file). */
export function isFullyReadable(value: SafeValue): boolean {
  if (value instanceof Unreadable) return false;
  if (Array.isArray(value)) return value.every(isFullyReadable);
  if (isSafeObject(value)) return Object.values(value).every(isFullyReadable);
  return true;
}

/**
 * Copies `input` into plain JSON-like data. `undefined` (at the top or as an object value) means
 * "absent", as in JSON; holes and `undefined` in arrays become `null`, as JSON.stringify does.
 */
export function safeCopy(input: unknown): SafeValue | undefined {
  let budget = MAX_VALUES;
  const ancestors = new Set<object>();

  /** Reads one property; a getter or proxy trap that throws spoils only that value. */
  const copyRead = (get: () => unknown, depth: number): SafeValue | undefined => {
    let value: unknown;
    try {
      value = get();
    } catch {
      return new Unreadable('throws');
    }
    return copy(value, depth);
  };

  const copyArray = (source: readonly unknown[], depth: number): SafeValue => {
    const length = source.length;
    if (length > budget) return new Unreadable('tooLarge');
    const out: SafeValue[] = [];
    for (let i = 0; i < length; i += 1) {
      out.push(copyRead(() => source[i], depth + 1) ?? null);
    }
    return out;
  };

  const copyObject = (source: object, depth: number): SafeValue => {
    const keys = Object.keys(source);
    if (keys.length > budget) return new Unreadable('tooLarge');
    const out: Record<string, SafeValue> = {};
    for (const key of keys) {
      const copied = copyRead(() => (source as Record<string, unknown>)[key], depth + 1);
      if (copied !== undefined) defineOwn(out, key, copied);
    }
    return out;
  };

  const copy = (value: unknown, depth: number): SafeValue | undefined => {
    budget -= 1;
    if (budget < 0) return new Unreadable('tooLarge');
    if (value === undefined) return undefined;
    if (value === null || typeof value === 'string' || typeof value === 'number') return value;
    if (typeof value === 'boolean') return value;
    if (typeof value !== 'object') return new Unreadable('unsupported');
    if (depth > MAX_DEPTH) return new Unreadable('tooDeep');
    if (ancestors.has(value)) return new Unreadable('cycle');
    ancestors.add(value);
    try {
      return Array.isArray(value) ? copyArray(value, depth) : copyObject(value, depth);
    } catch {
      // A proxy whose traps throw (ownKeys, length, isArray on a revoked proxy).
      return new Unreadable('throws');
    } finally {
      ancestors.delete(value);
    }
  };

  return copy(input, 0);
}
