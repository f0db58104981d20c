import { describe, expect, it } from 'vitest';
import { seed } from '../../core/__fixtures__';
import { initialState, reducer } from './reducer';

describe('which side leads (ui-contract.md)', () => {
  it('typing a token decodes it into the panes and hands it the lead', () => {
    const state = reducer(
      { ...initialState(''), leading: 'json' },
      { type: 'token', text: seed.token },
    );
    expect(state).toMatchObject({ leading: 'token', header: seed.header, payload: seed.payload });
  });

  it("a part that does not decode keeps the pane's last good text", () => {
    const start = initialState(seed.token);
    const [h, , s] = seed.token.split('.');
    const state = reducer(start, { type: 'token', text: `${h}.***.${s}` });
    expect(state.payload).toBe(seed.payload);
    expect(state.header).toBe(seed.header);
  });

  it('typing in the header or payload hands them the lead; an encoded token only lands while they lead', () => {
    let state = reducer(initialState(seed.token), { type: 'payload', text: '{"a":1}' });
    expect(state.leading).toBe('json');
    state = reducer(state, { type: 'encoded', token: 'new.token.here' });
    expect(state.token).toBe('new.token.here');
    state = reducer(state, { type: 'token', text: seed.token });
    expect(reducer(state, { type: 'encoded', token: 'late.result.x' }).token).toBe(seed.token);
  });

  it('a derived public key fills only an empty box, and is replaced when the private key changes', () => {
    let state = reducer(initialState(seed.token), { type: 'public-derived', pem: 'PEM-1' });
    expect(state.keys.publicKey).toBe('PEM-1');
    expect(state.publicDerived).toBe(true);
    state = reducer(state, { type: 'keys', patch: { privateKey: 'other' } });
    expect(state.keys.publicKey).toBe('');
    state = reducer(state, { type: 'keys', patch: { publicKey: 'typed by the user' } });
    expect(reducer(state, { type: 'public-derived', pem: 'PEM-2' }).keys.publicKey).toBe(
      'typed by the user',
    );
  });
});
