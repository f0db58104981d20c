import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { EMPTY_KEYS } from '../debug/key-inputs';
import { exampleInputs, initialInputs, reduce } from './inputs';

describe('inputs: which side leads (ui-contract.md)', () => {
  it('a paste makes the token lead, even when the text pasted is the text already there', () => {
    const edited = reduce(initialInputs(seed.token), { type: 'payload', text: '{"x":1}' });
    expect(edited.leading).toBe('json');
    const again = reduce(edited, { type: 'token', text: seed.token });
    expect(again).toMatchObject({ leading: 'token', token: seed.token, pasted: seed.token });
  });

  it('editing one pane while the token leads starts from what the token decodes to', () => {
    const inputs = reduce(initialInputs(`Bearer ${seed.token}`), { type: 'header', text: '{}' });
    expect(inputs).toMatchObject({
      leading: 'json',
      header: '{}',
      payload: '{\n  "some": "payload"\n}',
      pristine: { token: `Bearer ${seed.token}`, payload: '{\n  "some": "payload"\n}' },
    });
  });

  it('a token made for the panes lands only while they, and the keys, are as it was made for', () => {
    const keys = { ...EMPTY_KEYS, secret: 'secret' };
    const panes = reduce(
      reduce(reduce(initialInputs(''), { type: 'keys', patch: keys }), {
        type: 'header',
        text: seed.header,
      }),
      { type: 'payload', text: seed.payload },
    );
    const made = {
      type: 'made',
      header: seed.header,
      payload: seed.payload,
      token: seed.token,
    } as const;
    expect(reduce(panes, { ...made, keys: panes.keys }).token).toBe(seed.token);
    // Keys equal to the panes' land, whichever object holds them: the page starts a job from
    // the event that changes the inputs, reducing it once more itself (ui/state/useDebugger.ts).
    expect(reduce(panes, { ...made, keys: { ...panes.keys } }).token).toBe(seed.token);
    expect(reduce(panes, { ...made, keys: { ...keys, secret: 'other' } }).token).toBe('');
    expect(reduce(panes, { ...made, payload: '{}', keys: panes.keys }).token).toBe('');
    const tokenLeads = reduce(panes, { type: 'token', text: 'a.b.c' });
    expect(reduce(tokenLeads, { ...made, keys: tokenLeads.keys }).token).toBe('a.b.c');
  });

  it('keys change without changing which side leads; an example loads with its keys', () => {
    const inputs = reduce(initialInputs(seed.token), { type: 'keys', patch: { secret: 's' } });
    expect(inputs).toMatchObject({ leading: 'token', keys: { secret: 's' } });
    const loaded = reduce(inputs, { type: 'load', token: 'x.y.z', keys: EMPTY_KEYS });
    expect(loaded).toMatchObject({ leading: 'token', token: 'x.y.z', keys: EMPTY_KEYS });
  });

  describe("an example's keys are the example's", () => {
    const withSecret = { ...EMPTY_KEYS, secret: 'secret' };
    const other =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.BNhMLXBQWu3Cz_3X3lGgsjbz4vpVQlXFU8F1vJtW6mA';

    it('a token of its own pasted over the example clears them', () => {
      const pasted = reduce(exampleInputs(seed.token, withSecret), { type: 'token', text: other });
      expect(pasted.keys).toEqual(EMPTY_KEYS);
      expect(pasted.example).toBeUndefined();
    });

    it('an edit of the example token keeps them: one keystroke changes one segment', () => {
      const [h, p, s] = seed.token.split('.') as [string, string, string];
      const start = exampleInputs(seed.token, withSecret);
      const edits = [`${h}.${p}.${s}!`, `${h}.${p}x.${s}`, `x${h}.${p}.${s}`, seed.token];
      const wrapped = [`Bearer ${seed.token}`, seed.token.replaceAll('.', '%2E')];
      for (const text of [...edits, ...wrapped]) {
        expect(reduce(start, { type: 'token', text }).keys).toBe(withSecret);
      }
    });

    it("keys the user changed are the user's: a new token keeps them", () => {
      const typed = reduce(exampleInputs(seed.token, withSecret), {
        type: 'keys',
        patch: { secret: 'mine' },
      });
      expect(typed.example).toBeUndefined();
      expect(reduce(typed, { type: 'token', text: other }).keys.secret).toBe('mine');
    });

    it('an example whose data arrives after another token was pasted does not land', () => {
      const start = initialInputs(seed.token);
      const pasted = reduce(start, { type: 'token', text: other });
      const late = reduce(pasted, {
        type: 'load',
        token: 'x.y.z',
        keys: withSecret,
        over: seed.token,
      });
      expect(late).toBe(pasted);
      const inTime = reduce(start, {
        type: 'load',
        token: 'x.y.z',
        keys: withSecret,
        over: seed.token,
      });
      expect(inTime.token).toBe('x.y.z');
    });

    it('an example from the menu is one too', () => {
      const loaded = reduce(initialInputs(''), {
        type: 'load',
        token: seed.token,
        keys: withSecret,
      });
      expect(reduce(loaded, { type: 'token', text: other }).keys).toEqual(EMPTY_KEYS);
    });
  });
});
