import { describe, expect, it } from 'vitest';
import { definitionOf } from '../definition/editions';
import { FORMATS, type TableId } from '../definition/types';
import type { RestoredDocument } from '../document';
import { problemMessage } from './problemMessages';
import { restore, restoreText, type RestoreResult } from './restore';
import { fullFile, SEED_TEXT, seedFile } from '../../../testing/testFiles';

/**
 * Restore must never throw, whatever it is given. A small seeded PRNG (mulberry32) drives
 * random JSON-like values and random mutations of real files; a failure prints its seed and
 * case number so it can be replayed.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Fuzzer {
  constructor(private readonly next: () => number) {}

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('empty pick');
    // The index is in range; the item itself may be `undefined` on purpose.
    return items[this.int(items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  static readonly STRINGS = [
    '',
    '１２３',
    '1,234',
    '1，234',
    '12件',
    '12.5万元',
    '251000元',
    '—',
    '－',
    '无',
    'abc',
    '-5',
    '−8',
    '1.5',
    '1.1234567',
    '99999999999999999999',
    '2019',
    '2021',
    ' 2021 ',
    'nianbao/annual-report',
    '__proto__',
    'constructor',
    '\u0000',
    '\uD800',
    '统计数',
  ];

  static readonly KEYS = [
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'type',
    'version',
    'format',
    'agency',
    'year',
    'tables',
    'sections',
    'acknowledged',
    'received',
    'naturalPerson',
    'total',
    'other',
    'otherOther',
    'procurement',
    'amount',
    'value',
    'x',
    '',
  ];

  number(): number {
    return this.pick([
      0,
      -0,
      1,
      -1,
      1.5,
      12,
      2019,
      2021,
      5949.088667,
      1.1234567,
      1e-7,
      2 ** 53,
      -(2 ** 53),
      1e300,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      this.int(100_000),
      (this.next() - 0.5) * 1e6,
    ]);
  }

  /** An object with own keys, defined (not assigned) so `__proto__` becomes a real key. */
  object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const size = this.int(5);
    for (let i = 0; i < size; i += 1) {
      Object.defineProperty(out, this.pick(Fuzzer.KEYS), {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  value(depth = 0): unknown {
    const kind = this.int(depth > 3 ? 4 : 7);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.number();
      case 2:
        return this.pick(Fuzzer.STRINGS);
      case 3:
        return this.chance(0.5);
      case 4:
        return Array.from({ length: this.int(4) }, () => this.value(depth + 1));
      case 5:
        return this.object(depth);
      default:
        return this.hostile();
    }
  }

  /** Values that break naive code: throwing getters, proxies, cycles, huge arrays. */
  hostile(): unknown {
    switch (this.int(6)) {
      case 0: {
        const obj = {};
        Object.defineProperty(obj, 'received', {
          enumerable: true,
          get() {
            throw new Error('getter');
          },
        });
        return obj;
      }
      case 1:
        return new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('ownKeys');
            },
          },
        );
      case 2: {
        const { proxy, revoke } = Proxy.revocable([], {});
        revoke();
        return proxy;
      }
      case 3: {
        const loop: Record<string, unknown> = { a: 1 };
        loop.self = loop;
        return loop;
      }
      case 4:
        return new Array(2 ** 32 - 1);
      default:
        return this.pick([undefined, () => 1, Symbol('s'), 10n, new Date(0), new Map([[1, 2]])]);
    }
  }

  /** Mutates a random place of a parsed file in place (a mutation that trips on a hostile value is skipped). */
  mutate(root: Record<string, unknown>): void {
    try {
      this.mutateOnce(root);
    } catch {
      // An earlier mutation planted a proxy or throwing getter on the way; the file stays as is.
    }
  }

  private mutateOnce(root: Record<string, unknown>): void {
    let node: Record<string, unknown> = root;
    const depth = this.int(5);
    for (let i = 0; i < depth; i += 1) {
      const keys = Object.keys(node);
      const child = keys.length === 0 ? undefined : node[this.pick(keys)];
      if (typeof child !== 'object' || child === null || Array.isArray(child)) break;
      node = child as Record<string, unknown>;
    }
    const keys = Object.keys(node);
    const key = keys.length > 0 && this.chance(0.8) ? this.pick(keys) : this.pick(Fuzzer.KEYS);
    const current = node[key];
    switch (this.int(6)) {
      case 0:
        Reflect.deleteProperty(node, key);
        return;
      case 1:
        Object.defineProperty(node, key, {
          value: root,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return;
      case 2:
        Object.defineProperty(node, key, {
          value:
            typeof current === 'number'
              ? this.pick([String(current), -current, current + 0.5])
              : this.value(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return;
      case 3:
        Object.defineProperty(node, key, {
          value: [current],
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return;
      default:
        Object.defineProperty(node, key, {
          value: this.value(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }

  /** Random edits of the file text: deletions, insertions, swapped characters. */
  mutateText(text: string): string {
    let out = text;
    const edits = 1 + this.int(3);
    for (let i = 0; i < edits; i += 1) {
      const at = this.int(out.length + 1);
      const insert = this.pick(['', '"', ',', '}', ']', '{', ':', '１', '\n', 'x', '\\']);
      out = out.slice(0, at) + insert + out.slice(at + this.int(3));
    }
    return out;
  }
}

const SEVERITIES = ['error', 'warning', 'notice'];

/** The structural promise of a restored document. Returns a description of the first break. */
function invariantBreak(doc: RestoredDocument): string | null {
  if (!FORMATS.includes(doc.format)) return `format ${doc.format}`;
  if (typeof doc.agency !== 'string' || !Number.isInteger(doc.year)) return 'identity';
  if (Object.getPrototypeOf(doc.extra) !== Object.prototype) return 'extra prototype';
  if (Object.values(doc.sections).some((text) => typeof text !== 'string')) return 'sections';
  const def = definitionOf(doc.format);
  const tableIds: TableId[] = ['proactive', 'applications', 'review'];
  if (doc.tables.disclosureStats !== null) tableIds.push('disclosureStats');
  for (const id of tableIds) {
    const values = doc.tables[id];
    if (values === null) return `${id} is null`;
    for (const row of def.tables[id].rows) {
      const rowValues = Object.hasOwn(values, row.id) ? values[row.id] : undefined;
      if (rowValues === undefined) return `${id}.${row.id} missing`;
      for (const column of row.columns) {
        if (!Object.hasOwn(rowValues, column.id)) return `${id}.${row.id}.${column.id} missing`;
        const value = rowValues[column.id];
        if (value === null) continue;
        if (value === undefined || !Number.isSafeInteger(value))
          return `${id}.${row.id}.${column.id} = ${String(value)}`;
        if (column.kind !== 'signed' && value < 0) return `${id}.${row.id}.${column.id} negative`;
      }
    }
  }
  return null;
}

/** Everything wrong with one result (cheap plain checks; one `expect` per case). */
function violations(result: RestoreResult): string[] {
  const found: string[] = [];
  const problems: unknown = result.problems;
  if (!Array.isArray(problems)) return ['problems is not an array'];
  for (const problem of result.problems) {
    if (!SEVERITIES.includes(problem.severity)) found.push(`severity ${problem.severity}`);
    if (!Array.isArray(problem.path)) found.push(`path of ${problem.code}`);
    if (
      !Object.values(problem.params).every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      found.push(`params of ${problem.code}`);
    }
    const message = problemMessage(problem, result.document?.format);
    if (message.length === 0 || message === problem.code)
      found.push(`no message for ${problem.code}`);
    if (problem.code === 'file.unexpected')
      found.push(`unexpected: ${String(problem.params.detail)}`);
  }
  const refused = result.problems.some((p) => p.severity === 'error');
  if ((result.document === null) !== refused) found.push('document null iff an error problem');
  const broken = result.document === null ? null : invariantBreak(result.document);
  if (broken !== null) found.push(broken);
  return found;
}

/** Runs one case: restore must return (not throw) a result without violations. */
function runCase(label: string, run: () => RestoreResult): void {
  let outcome: string[];
  try {
    outcome = violations(run());
  } catch (error) {
    outcome = [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  expect(outcome, label).toEqual([]);
}

const SEED = 20_240_131;

const TIMEOUT = 60_000;

describe('restore fuzz', () => {
  it(
    'never throws on mutated real files (seed fixture and full 2019/2021 files)',
    () => {
      const fuzz = new Fuzzer(mulberry32(SEED));
      const bases = [seedFile, () => fullFile('2019'), () => fullFile('2021')];
      for (let n = 0; n < 2000; n += 1) {
        const file = fuzz.pick(bases)();
        const mutations = 1 + fuzz.int(4);
        for (let m = 0; m < mutations; m += 1) fuzz.mutate(file);
        runCase(`mutation seed ${String(SEED)} case ${String(n)}`, () => restore(file));
      }
    },
    TIMEOUT,
  );

  it(
    'never throws on random JSON-like values',
    () => {
      const fuzz = new Fuzzer(mulberry32(SEED + 1));
      for (let n = 0; n < 1000; n += 1) {
        const input = fuzz.chance(0.5) ? fuzz.value() : { ...seedFile(), ...fuzz.object(0) };
        runCase(`random seed ${String(SEED + 1)} case ${String(n)}`, () => restore(input));
      }
    },
    TIMEOUT,
  );

  it(
    'never throws on damaged file text',
    () => {
      const fuzz = new Fuzzer(mulberry32(SEED + 2));
      for (let n = 0; n < 500; n += 1) {
        const text = fuzz.mutateText(SEED_TEXT);
        runCase(`text seed ${String(SEED + 2)} case ${String(n)}`, () => restoreText(text));
      }
    },
    TIMEOUT,
  );

  it('left no trace on Object.prototype', () => {
    const probe: Record<string, unknown> = {};
    for (const key of [
      'a',
      'self',
      'received',
      'polluted',
      'x',
      'naturalPerson',
      'value',
      'amount',
    ]) {
      expect(probe[key], key).toBeUndefined();
    }
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
