import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { seed } from '../__fixtures__';
import keysJson from '../__fixtures__/keys.json';
import { EMPTY_KEYS } from '../debug/key-inputs';
import { encodeUtf8Base64url } from '../encoding/base64url';
import { readToken } from '../token/read';
import { derive, PREVIEW_ABOVE, PREVIEW_CHARACTERS } from './derive';
import { initialInputs } from './inputs';
import type { ViewModel } from './model';
import { plan } from './plan';
import { Harness } from './__tests__/harness';

const env = { now: 1_750_000_000 };
const { keys } = keysJson;

const status = (view: ViewModel) =>
  view.verdict.state === 'checked' ? view.verdict.verdict.status : view.verdict.state;

describe('derive: the view model of the inputs and their results', () => {
  it('ui-contract.md example: the seed token verifies with "secret", and only with it', async () => {
    const page = new Harness(seed.token);
    expect(status(page.view)).toBe('pending');
    expect(status(await page.settle())).toBe('unusable');
    page.act({ type: 'keys', patch: { secret: 'secret' } });
    // A result for the inputs before is never the verdict for these.
    expect(status(page.view)).toBe('pending');
    expect(status(await page.settle())).toBe('verified');
    page.act({ type: 'keys', patch: { secret: 'wrong' } });
    expect(status(page.view)).toBe('pending');
    expect(status(await page.settle())).toBe('invalid');
    // Back to the first secret: its result is still kept, and found at once.
    page.act({ type: 'keys', patch: { secret: 'secret' } });
    expect(status(page.view)).toBe('verified');
  });

  it('the header and payload lead: the token is made from them and signed with the key', async () => {
    const page = new Harness();
    page
      .act({ type: 'header', text: seed.header })
      .act({ type: 'payload', text: seed.payload })
      .act({ type: 'keys', patch: { secret: seed.secret } });
    const view = await page.settle();
    expect(view.tokenText).toBe(seed.token);
    expect(status(view)).toBe('verified');
  });

  it('panes that cannot make a token keep the last good one, and say it is not theirs', async () => {
    const page = new Harness(seed.token).act({ type: 'keys', patch: { secret: 'secret' } });
    await page.settle();
    page.act({ type: 'payload', text: '{"broken":' });
    const view = await page.settle();
    expect(view.verdict.state).toBe('not-made');
    expect(view.tokenText).toBe(seed.token);
    expect(view.problems[0]).toMatchObject({
      source: 'diagnostic',
      diagnostic: { code: 'PAYLOAD_JSON_SYNTAX', part: 'payload' },
    });
    expect(view.payload).toMatchObject({ text: '{"broken":', invalid: true });
  });

  it('panes that still say what the token says verify it, though no key can sign', async () => {
    const token = await new jose.SignJWT({ sub: 'carol' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .sign(await jose.importPKCS8(keys.rsa2048.pkcs8, 'RS256'));
    const page = new Harness(token);
    const header = page.view.header.text;
    page
      .act({ type: 'header', text: header.replace('RS256', 'HS384') })
      .act({ type: 'header', text: header })
      .act({ type: 'keys', patch: { publicKey: keys.rsa2048.spki } });
    const view = await page.settle();
    expect(page.inputs.leading).toBe('json');
    expect(status(view)).toBe('verified');
    expect(view.tokenText).toBe(token);
    expect(view.problems).toEqual([]);
  });

  it('a token that does not decode: its own verdict, its pane empty, the part named', async () => {
    const [h, p, s] = seed.token.split('.') as [string, string, string];
    const page = new Harness(seed.token);
    expect(page.view.payload.text).toBe('{\n  "some": "payload"\n}');
    page.act({ type: 'token', text: `${h}.${p.slice(0, 3)}!${p.slice(4)}.${s}` });
    page.act({ type: 'keys', patch: { secret: 'secret' } });
    const view = await page.settle();
    expect(view.verdict).toEqual({ state: 'malformed', textVerifies: false });
    expect(view.payload.text).toBe('');
    expect(view.header.text).toBe('{\n  "alg": "HS256",\n  "typ": "JWT"\n}');
    expect(view.problems).toMatchObject([
      { source: 'diagnostic', diagnostic: { code: 'BASE64URL_INVALID_CHAR', part: 'payload' } },
    ]);
    // The bad character is marked where it is in the typed text.
    expect(view.marks).toEqual([h.length + 1 + 3]);
  });

  it('marks and parts are where the characters are in the text as typed', () => {
    const [h, p] = seed.token.split('.') as [string, string];
    const typed = `Bearer ${h}.${p.slice(0, 3)}!${p.slice(4)}.sig`;
    const view = new Harness(typed).view;
    expect(view.marks).toEqual([7 + h.length + 1 + 3]);
    expect(view.parts.map((part) => [part.name, typed.slice(part.start, part.end)])).toEqual([
      ['header', h],
      ['payload', `${p.slice(0, 3)}!${p.slice(4)}`],
      ['signature', 'sig'],
    ]);
    expect(view.notices).toMatchObject([
      { source: 'diagnostic', diagnostic: { code: 'STRIPPED_BEARER' } },
    ]);
  });

  it('a JWE: five named parts, its header shown, no payload of another token', async () => {
    const header = encodeUtf8Base64url('{"alg":"dir","enc":"A256GCM"}');
    const page = new Harness(`${header}..iv.ct.tag`);
    expect(page.view.verdict.state).toBe('pending');
    const view = await page.settle();
    expect(view.verdict).toEqual({ state: 'encrypted', content: 'locked' });
    expect(view.kind).toMatchObject({ kind: 'jwe', decryption: { state: 'done' } });
    expect(view.parts.map((part) => part.name)).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ]);
    expect(view.header.text).toBe('{\n  "alg": "dir",\n  "enc": "A256GCM"\n}');
    expect(view.payload.text).toBe('');
  });

  it('re-encoding that changes bytes the user did not touch is noted', async () => {
    const header = '{"alg":"HS256",\r\n "typ":"JWT"}';
    const pasted = `${encodeUtf8Base64url(header)}.${encodeUtf8Base64url('{"a":1}')}.c2ln`;
    const page = new Harness(pasted).act({ type: 'keys', patch: { secret: 'secret' } });
    page.act({ type: 'payload', text: '{"a":2}' });
    const view = await page.settle();
    expect(view.notices).toContainEqual({ source: 'reencoded', part: 'header' });
    expect(view.notices).not.toContainEqual({ source: 'reencoded', part: 'payload' });
  });

  it('the panes are laid out two spaces deep, every token as written; or the exact bytes', () => {
    const header = '{"alg":"HS256", "n":12345678901234567890,"e":"\\u00e9"}';
    const token = `${encodeUtf8Base64url(header)}.${encodeUtf8Base64url('[1.0,{}]')}.sig`;
    const page = new Harness(token);
    expect(page.view.header.text).toBe(
      '{\n  "alg": "HS256",\n  "n": 12345678901234567890,\n  "e": "\\u00e9"\n}',
    );
    expect(page.view.payload.text).toBe('[\n  1.0,\n  {}\n]');
    page.act({ type: 'exact', exact: true });
    expect(page.view.header.text).toBe(header);
    expect(page.view.payload.text).toBe('[1.0,{}]');
    // The choice holds for the next token.
    page.act({ type: 'token', text: seed.token });
    expect(page.view.header.text).toBe(seed.header);
  });

  it('a large payload is previewed until the user asks for all of it, for this token', () => {
    const payload = JSON.stringify({ blob: 'x'.repeat(PREVIEW_ABOVE) });
    const token = `${encodeUtf8Base64url(seed.header)}.${encodeUtf8Base64url(payload)}.sig`;
    const page = new Harness(token);
    expect(page.view.payload.preview).toMatchObject({ shown: PREVIEW_CHARACTERS, whole: payload });
    expect(page.view.payload.text).toHaveLength(PREVIEW_CHARACTERS);
    page.act({ type: 'show-full-payload' });
    expect(page.view.payload).toEqual({ text: payload, invalid: false });
    page.act({ type: 'token', text: `${token} ` });
    expect(page.view.payload.preview).toBeDefined();
  });

  it('security checks: none for an empty box, "loading" until their module is there', () => {
    expect(new Harness('').view.lints).toEqual([]);
    expect(new Harness(seed.token).view.lints).toBeUndefined();
    const page = new Harness(seed.token);
    const lints = derive(page.inputs, readToken(seed.token), readToken(seed.token), [], {
      ...env,
      lintToken: () => [{ rule: 'no-exp', severity: 'warning', part: 'payload', source: 'x' }],
    }).lints;
    expect(lints).toHaveLength(1);
  });

  it('a job that throws is a failed verdict for those inputs, never "Checking…" for good', async () => {
    const page = new Harness(seed.token).act({ type: 'keys', patch: { secret: 'secret' } });
    const [job] = plan(page.inputs, readToken(page.inputs.token), []).jobs;
    page.results = [{ job: job!, outcome: { kind: 'failed', error: 'TypeError: boom' } }];
    expect(page.view.verdict).toEqual({ state: 'failed', error: 'TypeError: boom' });
  });

  it('the public key box shows the private key’s public half while it is empty', async () => {
    const page = new Harness();
    page
      .act({ type: 'header', text: '{"alg":"ES256"}' })
      .act({ type: 'payload', text: '{}' })
      .act({ type: 'keys', patch: { ...EMPTY_KEYS, privateKey: keys.p256.pkcs8 } });
    const view = await page.settle();
    expect(view.keys.publicDerived).toBe(true);
    expect(view.keys.publicKey).toContain('BEGIN PUBLIC KEY');
    expect(status(view)).toBe('verified');
    page.act({ type: 'keys', patch: { publicKey: keys.p256b.spki } });
    expect(page.view.keys).toMatchObject({ publicDerived: false, publicKey: keys.p256b.spki });
  });
});

describe('the security checks in the view', () => {
  const lintToken = () => [];
  const view = (token: string, withChecks: boolean) =>
    derive(
      initialInputs(token),
      readToken(token),
      readToken(token),
      [],
      withChecks ? { ...env, lintToken } : env,
    );
  const jwe = `${encodeUtf8Base64url('{"alg":"dir","enc":"A256GCM"}')}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;

  it('are undefined until their module is there, then the checks of the signed token', () => {
    expect(view(seed.token, false).lints).toBeUndefined();
    expect(view(seed.token, true).lints).toEqual([]);
  });

  it('are null where there is no signed token to check: a JWE not yet decrypted to one', () => {
    expect(view(jwe, false).lints).toBeUndefined();
    expect(view(jwe, true).lints).toBeNull();
  });
});
