import { describe, expect, it } from 'vitest';
import { keys } from '../../core/__fixtures__';
import { readShareFragment, sharedPublicKey, shareLink } from './share';

const here = { origin: 'http://127.0.0.1:4173', pathname: '/' };

describe('share links (ui-contract.md, Privacy)', () => {
  it('carry the token in the fragment, trimmed; a fragment reads back', async () => {
    const result = await shareLink(' a.b.c ', here);
    expect(result).toEqual({
      ok: true,
      link: 'http://127.0.0.1:4173/#token=a.b.c',
      withKey: false,
    });
    expect(readShareFragment(new URL('http://127.0.0.1:4173/#token=a.b.c').hash)).toEqual({
      token: 'a.b.c',
    });
    expect(readShareFragment('#other')).toEqual({});
    expect(readShareFragment('#token=%E0%A4%A')).toEqual({ token: '%E0%A4%A' });
  });

  it('carry a public key beside the token, and read back both', async () => {
    const result = await shareLink('a.b.c', here, keys.p256!.spki);
    if (!result.ok) throw new Error(result.refusal);
    const read = readShareFragment(new URL(result.link).hash);
    expect(read.token).toBe('a.b.c');
    expect(read.publicKey?.trim()).toBe(keys.p256!.spki.trim());
    expect(await sharedPublicKey(read.publicKey!)).toBe(read.publicKey);
  });

  it('refuse to be made with a private key or a secret in the public key box', async () => {
    for (const attempt of [
      keys.p256!.pkcs8,
      keys.rsa2048!.pkcs1Private!,
      JSON.stringify(keys.ed25519!.privateJwk),
      '{"kty":"oct","k":"c2VjcmV0"}',
      'my-hmac-secret',
    ]) {
      const result = await shareLink('a.b.c', here, attempt);
      expect(result.ok).toBe(false);
    }
  });

  it('a link that carries a private key gets nothing into the page', async () => {
    const hash = `#token=a.b.c&key=${encodeURIComponent(keys.p256!.pkcs8)}`;
    const read = readShareFragment(hash);
    expect(read.publicKey).toBe(keys.p256!.pkcs8);
    expect(await sharedPublicKey(read.publicKey!)).toBeUndefined();
  });
});
