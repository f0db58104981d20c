import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { parseCompact } from '../jws/parse';
import { signCompact } from '../jws/sign';
import { verifyCompact } from '../jws/verify';
import fixture from './__fixtures__/short-coordinates.json';
import { importKeyText } from './import';
import { padEcCoordinates } from './jwk-coordinates';

/**
 * RFC 7518 §6.2.1.2: EC members are the full field size. The fixture's JWKs and tokens were
 * made by PyJWT 2.6, which drops leading zero bytes (scripts/make-short-coordinate-fixtures.py);
 * `full` holds the members as `cryptography` gives the numbers. Chromium's WebCrypto refuses the
 * short JWKs ("should be 66"; e2e/strict.spec.ts pastes one), Node's is lenient: here the checks
 * are the note, the padded members, and PyJWT's own tokens verifying.
 */
const SIZE: Readonly<Record<string, number>> = { 'P-256': 32, 'P-521': 66 };
const bytes = (value: unknown) => Buffer.from(String(value), 'base64url').length;

describe('RFC 7518 §6.2.1.2: EC JWK members missing leading zero bytes (PyJWT 2.6)', () => {
  for (const c of fixture.cases) {
    const size = SIZE[c.curve]!;
    const shortJwk: Readonly<Record<string, string>> =
      c.short === 'd' ? c.pyjwt_private_jwk : c.pyjwt_public_jwk;
    const member = c.short as 'x' | 'y' | 'd';

    it(`${c.id}: PyJWT wrote "${member}" one byte short: the same number without its zero byte`, () => {
      expect(bytes(shortJwk[member])).toBe(size - 1);
      expect(Buffer.from(c.full[member], 'base64url')[0]).toBe(0);
      expect(Buffer.from(c.full[member], 'base64url').subarray(1)).toEqual(
        Buffer.from(shortJwk[member]!, 'base64url'),
      );
    });

    it(`${c.id}: padded, the key verifies PyJWT's token, with a note naming the member`, async () => {
      const imported = await importKeyText(JSON.stringify(c.pyjwt_public_jwk), {
        alg: c.alg,
        usage: 'verify',
      });
      expect(imported.publicJwk).toMatchObject({ x: c.full.x, y: c.full.y });
      const padded = imported.notes.filter((note) => note.code === 'JWK_COORDINATE_PADDED');
      expect(padded).toEqual(
        member === 'd'
          ? []
          : [
              {
                code: 'JWK_COORDINATE_PADDED',
                severity: 'info',
                detail: { member, length: size - 1, expected: size, curve: c.curve },
              },
            ],
      );
      const verdict = await verifyCompact(parseCompact(c.pyjwt_token), imported.cryptoKey);
      expect(verdict.status).toBe('verified');
      // The same key as the SPKI cryptography wrote.
      const fromSpki = await importKeyText(c.spki, { alg: c.alg, usage: 'verify' });
      expect(imported.facts.thumbprint).toBe(fromSpki.facts.thumbprint);
    });

    it(`${c.id}: the private JWK signs once padded, and jose verifies with cryptography's SPKI`, async () => {
      const imported = await importKeyText(JSON.stringify(c.pyjwt_private_jwk), {
        alg: c.alg,
        usage: 'sign',
      });
      const shortMembers = (['x', 'y', 'd'] as const).filter(
        (name) => bytes(c.pyjwt_private_jwk[name]) < size,
      );
      expect(
        imported.notes
          .filter((n) => n.code === 'JWK_COORDINATE_PADDED')
          .map((n) => n.detail?.member),
      ).toEqual(shortMembers);
      const { token } = await signCompact({
        header: JSON.stringify({ alg: c.alg }),
        payload: '{"sub":"us"}',
        alg: c.alg,
        key: imported.cryptoKey,
      });
      await expect(
        jose.compactVerify(token, await jose.importSPKI(c.spki, c.alg)),
      ).resolves.toBeTruthy();
    });
  }
});

describe('padEcCoordinates leaves alone what it cannot fix', () => {
  it('full members, other key types, unknown curves, members that are too long or not base64url', () => {
    const full = fixture.cases[0]!.full;
    const cases = [
      { kty: 'EC', crv: 'P-521', x: full.x, y: full.y },
      { kty: 'OKP', crv: 'Ed25519', x: 'AQ' },
      { kty: 'EC', crv: 'P-192', x: 'AQ', y: 'AQ' },
      { kty: 'EC', crv: 'P-256', x: `${full.x}AA`, y: 'A*' },
    ];
    for (const jwk of cases) expect(padEcCoordinates(jwk)).toEqual({ jwk, notes: [] });
  });
});
