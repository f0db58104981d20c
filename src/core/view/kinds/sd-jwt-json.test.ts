import { describe, expect, it } from 'vitest';
import rfc9901 from '../../sd-jwt/__fixtures__/rfc9901-examples.json';
import { Harness } from '../__tests__/harness';
import { sdJwtOf } from './sd-jwt';

const example = (id: string) => rfc9901.jsonExamples.find((entry) => entry.id === id)!;

describe('an SD-JWT in the JWS JSON serialization (RFC 9901 §8) in the page', () => {
  it('§8.2 presentation: the Signatures row, the disclosures, the disclosed claims, the key binding', async () => {
    const page = new Harness(JSON.stringify(example('RFC 9901 §8.2 presentation').jws));
    page.act({ type: 'keys', patch: { publicKey: JSON.stringify(rfc9901.issuerKey.jwk) } });
    const view = await page.settle();
    expect(view.kind?.kind).toBe('jws-json');
    expect(view.verdict).toMatchObject({ state: 'checked', verdict: { status: 'verified' } });
    const sdJwt = sdJwtOf(view.kind)!;
    expect(sdJwt.json).toBe(true);
    // In the order the JSON's disclosures array has them.
    expect(sdJwt.disclosures?.map((row) => row.name)).toEqual(['family_name', 'given_name']);
    expect(JSON.parse(sdJwt.disclosedPayload!)).toMatchObject({
      given_name: 'John',
      family_name: 'Doe',
    });
    expect(sdJwt.keyBinding).toMatchObject({ state: 'checked', verdict: { status: 'verified' } });
    // Claims: the disclosed payload's, the disclosed ones marked.
    expect([...(view.claims?.disclosed ?? [])].sort()).toEqual(['family_name', 'given_name']);
    expect(view.claims?.value).not.toHaveProperty('_sd');
    // Its compact form is one click away: the SD-JWT with its disclosures and KB-JWT.
    const compact = view.kind?.kind === 'jws-json' ? view.kind.compact : undefined;
    expect(compact?.split('~')).toHaveLength(4);
  });

  it('a plain JSON JWS has no SD-JWT view', async () => {
    const jws = { ...example('RFC 9901 §8.2 issuance').jws, header: { kid: 'no-disclosures' } };
    const view = await new Harness(JSON.stringify(jws)).settle();
    expect(view.kind?.kind).toBe('jws-json');
    expect(sdJwtOf(view.kind)).toBeUndefined();
  });
});
