import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '../../__fixtures__';
import { initialInputs, reduce, type Inputs } from '../inputs';
import { sameJob, type Job } from '../jobs';
import { plan } from '../plan';
import { readToken } from '../../token/read';
import {
  changeIssue,
  claimPaths,
  issueOfInputs,
  MAX_DECOYS,
  MAX_ROWS,
  NO_ISSUE,
  pathKey,
  pathLabel,
  sameIssue,
} from './sd-jwt-issue';

/** The panes lead with the seed's header and payload. */
function panes(): Inputs {
  const inputs = reduce(initialInputs(''), { type: 'header', text: seed.header });
  return reduce(inputs, { type: 'payload', text: '{"sub":"a","name":"b"}' });
}

const encodeJob = (inputs: Inputs): Job => plan(inputs, readToken(inputs.token), []).jobs[0]!;

describe('the SD-JWT issuing choice (Inputs.issue)', () => {
  it('a claim chosen twice is chosen once; the names are kept sorted, so the order of clicks does not matter', () => {
    const a = changeIssue(changeIssue(undefined, { path: ['b'], disclosable: true }), {
      path: ['a'],
      disclosable: true,
    });
    const b = changeIssue(changeIssue(undefined, { path: ['a'], disclosable: true }), {
      path: ['b'],
      disclosable: true,
    });
    expect(a.disclosable).toEqual(['["a"]', '["b"]']);
    expect(sameIssue(a, b)).toBe(true);
    expect(changeIssue(a, { path: ['a'], disclosable: true }).disclosable).toEqual(a.disclosable);
    expect(changeIssue(a, { path: ['a'], disclosable: false }).disclosable).toEqual(['["b"]']);
  });

  it('decoys are a whole number from 0 to 1000 (issue-checks.ts refuses others)', () => {
    fc.assert(
      fc.property(fc.double(), (count) => {
        const { decoys } = changeIssue(undefined, { decoys: count });
        expect(Number.isInteger(decoys) && decoys >= 0 && decoys <= MAX_DECOYS).toBe(true);
      }),
    );
    expect(changeIssue(undefined, { decoys: 3.7 }).decoys).toBe(3);
    expect(changeIssue(undefined, { decoys: Number.NaN }).decoys).toBe(0);
  });

  it('sameIssue tells choices apart by every field', () => {
    const chosen = changeIssue(undefined, { path: ['a'], disclosable: true });
    expect(sameIssue(chosen, undefined)).toBe(false);
    expect(sameIssue(chosen, { ...chosen })).toBe(true);
    expect(sameIssue(chosen, { ...chosen, decoys: 1 })).toBe(false);
    expect(sameIssue(chosen, { ...chosen, sdAlg: 'sha-384' })).toBe(false);
    expect(sameIssue(chosen, { ...chosen, disclosable: ['b'] })).toBe(false);
  });

  it("the 'issue' action changes the choice, not which side leads", () => {
    const inputs = reduce(panes(), {
      type: 'issue',
      change: { path: ['name'], disclosable: true },
    });
    expect(inputs).toMatchObject({ leading: 'json', issue: { disclosable: ['["name"]'] } });
    expect(reduce(inputs, { type: 'issue', change: { sdAlg: 'sha-512' } }).issue).toEqual({
      ...NO_ISSUE,
      disclosable: ['["name"]'],
      sdAlg: 'sha-512',
    });
  });

  it('the encode job is keyed by the choice; with no claim chosen it is a plain JWS job, decoys or not', () => {
    const plain = panes();
    const decoysOnly = reduce(plain, { type: 'issue', change: { decoys: 2 } });
    expect(issueOfInputs(decoysOnly)).toBeUndefined();
    expect(sameJob(encodeJob(plain), encodeJob(decoysOnly))).toBe(true);
    const chosen = reduce(decoysOnly, {
      type: 'issue',
      change: { path: ['sub'], disclosable: true },
    });
    expect(encodeJob(chosen)).toMatchObject({
      kind: 'encode',
      issue: { disclosable: ['["sub"]'] },
    });
    expect(sameJob(encodeJob(plain), encodeJob(chosen))).toBe(false);
    const other = reduce(chosen, { type: 'issue', change: { decoys: 3 } });
    expect(sameJob(encodeJob(chosen), encodeJob(other))).toBe(false);
  });

  it('a token made for another choice does not land in the token box', () => {
    const chosen = reduce(panes(), { type: 'issue', change: { path: ['sub'], disclosable: true } });
    const made = {
      type: 'made',
      header: chosen.header,
      payload: chosen.payload,
      keys: chosen.keys,
      token: 'made~',
    } as const;
    expect(reduce(chosen, { ...made, issue: chosen.issue! }).token).toBe('made~');
    // An equal choice made anew (unchecked and checked again) is the same choice.
    expect(reduce(chosen, { ...made, issue: { ...chosen.issue! } }).token).toBe('made~');
    expect(reduce(chosen, made).token).toBe('');
    expect(reduce(chosen, { ...made, issue: { ...chosen.issue!, decoys: 1 } }).token).toBe('');
    expect(reduce(panes(), { ...made, issue: chosen.issue! }).token).toBe('');
  });

  it('offers each top-level claim, then the members and elements inside it, three deep, in document order', () => {
    const paths = claimPaths({
      sub: 'a',
      address: { country: 'DE', geo: { lat: 1, lon: 2, deeper: { x: 1 } } },
      nationalities: ['DE', 'FR'],
    });
    expect(paths.map(pathLabel)).toEqual([
      'sub',
      'address',
      'address.country',
      'address.geo',
      'address.geo.lat',
      'address.geo.lon',
      'address.geo.deeper',
      'nationalities',
      'nationalities[0]',
      'nationalities[1]',
    ]);
    expect(pathKey(['nationalities', 1])).toBe('["nationalities",1]');
    // An issuer payload pasted into the pane: its digests are not claims.
    expect(
      claimPaths({ _sd: ['x'], _sd_alg: 'sha-256', a: [{ '...': 'y' }] }).map(pathLabel),
    ).toEqual(['a', 'a[0]']);
  });

  it('a payload of many claims is walked no further than MAX_ROWS rows', () => {
    const big = { list: Array.from({ length: 100_000 }, (_, i) => i), more: { a: 1 } };
    expect(claimPaths(big)).toHaveLength(MAX_ROWS);
  });
});
