import fc from 'fast-check';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import { cleanTokenText } from './clean';
import { givenOffset } from './offsets';
import { readToken } from './read';

const codes = (text: string) => cleanTokenText(text).notes.map((note) => note.code);
const secret = new TextEncoder().encode(seed.secret);

describe('cleanTokenText: what people paste', () => {
  it('the bare token is read as it is, with nothing to say', () => {
    expect(cleanTokenText(seed.token)).toMatchObject({ text: seed.token, notes: [] });
  });

  it.each([
    ['white space around it', `  ${seed.token}\n`, ['STRIPPED_WHITESPACE']],
    ['RFC 6750 §2.1 "Bearer " in any case', `bEaReR   ${seed.token}`, ['STRIPPED_BEARER']],
    [
      'a whole Authorization header line',
      `Authorization: Bearer ${seed.token}`,
      ['STRIPPED_BEARER'],
    ],
    ['double quotes', `"${seed.token}"`, ['STRIPPED_QUOTES']],
    ['single quotes and a comma, as in code', `'${seed.token}',`, ['STRIPPED_QUOTES']],
    ['backticks', `\`${seed.token}\``, ['STRIPPED_QUOTES']],
    ['a quoted header line', `"Bearer ${seed.token}"`, ['STRIPPED_QUOTES', 'STRIPPED_BEARER']],
    ['URL-encoded dots', seed.token.replace(/\./g, '%2E'), ['TOKEN_URL_DECODED']],
    ['lower-case escapes', seed.token.replace(/\./g, '%2e'), ['TOKEN_URL_DECODED']],
    [
      'broken over lines',
      `${seed.token.slice(0, 30)}\r\n${seed.token.slice(30)}`,
      ['TOKEN_JOINED'],
    ],
    [
      'spaces inside',
      `${seed.token.slice(0, 10)} ${seed.token.slice(10, 50)} ${seed.token.slice(50)}`,
      ['TOKEN_JOINED'],
    ],
    ['a dot too many', `${seed.token}.`, ['TOKEN_TRAILING_DOT']],
    [
      'an OAuth token response (RFC 6749 §5.1)',
      JSON.stringify({ access_token: seed.token, token_type: 'Bearer', expires_in: 3600 }, null, 2),
      ['TOKEN_FROM_JSON'],
    ],
    ['an id_token member', `{"id_token":"${seed.token}"}`, ['TOKEN_FROM_JSON']],
    ['a token member', `{ "token" : "${seed.token}" }`, ['TOKEN_FROM_JSON']],
  ])('%s: the token inside, and a note saying what was undone', async (_what, given, notes) => {
    const cleaned = cleanTokenText(given);
    expect(cleaned.text).toBe(seed.token);
    expect(cleaned.notes.map((note) => note.code)).toEqual(notes);
    expect(cleaned.notes.every((note) => note.severity === 'info')).toBe(true);
    // jose, the independent verifier, verifies the token that comes out.
    await expect(jose.compactVerify(cleaned.text, secret)).resolves.toBeTruthy();
  });

  it('says which member of a token response it used, and which others there are', () => {
    const note = cleanTokenText(
      JSON.stringify({ access_token: seed.token, id_token: 'x.y.z', refresh_token: 'r' }),
    ).notes[0];
    expect(note).toMatchObject({
      code: 'TOKEN_FROM_JSON',
      detail: { member: 'access_token', others: 'id_token, refresh_token' },
    });
  });

  it('says where the first white space inside was, and how many it removed', () => {
    const given = `${seed.token.slice(0, 30)}\n  ${seed.token.slice(30)}`;
    expect(cleanTokenText(given).notes[0]).toMatchObject({
      code: 'TOKEN_JOINED',
      offset: 30,
      char: '\\n',
      detail: { count: 3 },
    });
  });

  it('leaves alone what is not a wrapper: a needed trailing dot, JSON that holds no token', () => {
    const unsigned = 'eyJhbGciOiJub25lIn0.eyJhIjoxfQ.';
    expect(cleanTokenText(unsigned)).toMatchObject({ text: unsigned, notes: [] });
    const jws = '{"payload":"eyJhIjoxfQ","signatures":[]}';
    expect(cleanTokenText(jws)).toMatchObject({ text: jws, notes: [] });
    expect(codes('"unbalanced')).toEqual([]);
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
  });

  it('maps each character of the token back to where it is in the typed text', () => {
    const wrapped = [
      `  Bearer ${seed.token}`,
      `"${seed.token.slice(0, 12)}\n${seed.token.slice(12)}"`,
      seed.token.replace(/\./g, '%2E'),
      JSON.stringify({ access_token: seed.token }),
    ];
    for (const given of wrapped) {
      const { text, map } = cleanTokenText(given);
      for (let i = 0; i < text.length; i++) {
        const at = givenOffset(map, i);
        if (text[i] === '.' && given[at] === '%') expect(given.slice(at, at + 3)).toMatch(/%2e/i);
        else expect(given[at]).toBe(text[i]);
      }
    }
  });

  it('any wrapping of any token comes back to the token, its characters where they were typed', () => {
    const token = fc
      .array(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { minLength: 3, maxLength: 3 })
      .map((parts) => parts.join('.'));
    const wrap = fc.constantFrom(
      (t: string) => t,
      (t: string) => ` \n${t}\t `,
      (t: string) => `Bearer ${t}`,
      (t: string) => `"${t}"`,
      (t: string) => `'Bearer ${t}';`,
      (t: string) => t.replace(/\./g, '%2E'),
      (t: string) => JSON.stringify({ id_token: t }),
    );
    fc.assert(
      fc.property(token, wrap, fc.nat(), (t, wrapper, cut) => {
        // A line break somewhere inside, as a terminal would put it.
        const at = 1 + (cut % (t.length - 1));
        const broken = `${t.slice(0, at)}\n${t.slice(at)}`;
        for (const given of [wrapper(t), wrapper(broken)]) {
          const { text, map } = cleanTokenText(given);
          expect(text).toBe(t);
          for (let i = 0; i < text.length; i++) {
            const offset = givenOffset(map, i);
            expect([text[i], '%']).toContain(given[offset]);
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('readToken: which kind of token', () => {
  it('tells an empty box, a compact JWS and a JWE apart', () => {
    expect(readToken('  ').kind).toBe('empty');
    expect(readToken(seed.token).kind).toBe('jws');
    expect(readToken('a.b').kind).toBe('jws');
    expect(readToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aaaa.bbbb.cccc').kind).toBe('jwe');
  });
});
