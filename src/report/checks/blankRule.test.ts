import { describe, expect, it } from 'vitest';
import { switchEdition } from '../editionSwitch';
import { runChecks } from './index';
import { fillZeros, readyDoc, set } from '../../../testing/testDocs';

/** The contract's blank rule where a blank reaches a relation only through a total. */
describe('blank inputs behind a total', () => {
  it('an edition switch 2021 → 2019 of a filled 表三 makes the new blank （六） row 待填写, not a balance error', () => {
    let doc = fillZeros(readyDoc('2021'));
    doc = set(doc, 'applications.received.naturalPerson', 5);
    doc = set(doc, 'applications.otherNoCorrection.naturalPerson', 2);
    doc = set(doc, 'applications.disclosed.naturalPerson', 3);
    expect(runChecks(doc).filter((f) => f.severity === 'error')).toEqual([]);

    const switched = switchEdition(doc, '2019').doc;
    const balance = runChecks(switched).filter((f) => f.check === 'applications.balance');
    expect(balance.length).toBeGreaterThan(0);
    expect(balance.map((f) => f.status)).toEqual(balance.map(() => 'not-assessable'));
    expect(balance[0]?.message).toContain('待填写');
  });

  it('without values kept from another edition, a filled total is the input: a partly filled 表三 is an error', () => {
    let doc = readyDoc('2019');
    doc = set(doc, 'applications.received.naturalPerson', 10);
    doc = set(doc, 'applications.other.naturalPerson', null);
    doc = set(doc, 'applications.disclosed.naturalPerson', 4);
    const balance = runChecks(doc).filter((f) => f.check === 'applications.balance');
    expect(balance.map((f) => f.status)).toEqual(['fail', 'fail']);
  });

  it('still fails when every row behind the total is filled', () => {
    let doc = fillZeros(readyDoc('2019'));
    doc = set(doc, 'applications.disclosed.naturalPerson', 7);
    const balance = runChecks(doc).filter((f) => f.check === 'applications.balance');
    expect(balance.map((f) => f.status)).toEqual(['fail', 'fail']);
  });
});
