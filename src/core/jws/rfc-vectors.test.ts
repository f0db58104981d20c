import { describe, expect, it } from 'vitest';
import { jwsVectors } from '../__fixtures__';
import { encodeBase64url } from '../encoding/base64url';
import { importKeyText } from '../keys/import';
import { parseCompact } from './parse';
import { signCompact } from './sign';
import { verifyCompact } from './verify';

function verifyingJwk(vector: (typeof jwsVectors)[number]) {
  return vector.keys?.public_jwk ?? vector.keys?.symmetric_jwk;
}

describe('RFC JWS vectors', () => {
  for (const vector of jwsVectors) {
    describe(`${vector.id}: ${vector.title}`, () => {
      it('decodes to the exact header and payload octets', () => {
        const parsed = parseCompact(vector.compact);
        expect(parsed.kind).toBe('jws');
        expect(parsed.header?.text).toBe(vector.header_json);
        expect(parsed.segments[0]!.text).toBe(vector.protected_b64);
        expect(parsed.alg).toBe(vector.alg);
        if (vector.expected.requires_detached_payload) {
          expect(parsed.payload?.text).toBe('');
          expect(parsed.diagnostics.map((d) => d.code)).toContain('PAYLOAD_DETACHED');
        } else {
          expect(parsed.payload?.text).toBe(vector.payload_text);
        }
        expect(encodeBase64url(parsed.signature!.bytes)).toBe(vector.signature_b64);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });

      if (vector.expected.result === 'unsecured') {
        it('is reported unsigned, never verified', async () => {
          const verdict = await verifyCompact(parseCompact(vector.compact), undefined);
          expect(verdict).toMatchObject({ status: 'unsigned', reason: 'UNSIGNED' });
        });
        return;
      }

      it('verifies with the RFC key', async () => {
        const imported = await importKeyText(JSON.stringify(verifyingJwk(vector)), {
          alg: vector.alg,
          usage: 'verify',
        });
        const verdict = await verifyCompact(parseCompact(vector.compact), imported.cryptoKey, {
          detachedPayload: vector.expected.requires_detached_payload
            ? vector.payload_text
            : undefined,
        });
        expect(verdict).toMatchObject({ status: 'verified', reason: 'VERIFIED' });
        expect(new TextDecoder().decode(verdict.signingInput)).toBe(
          vector.expected.requires_detached_payload && vector.header_json.includes('"b64":false')
            ? `${vector.protected_b64}.${vector.payload_text}`
            : vector.signing_input,
        );
      });

      if (vector.deterministic && !vector.expected.requires_detached_payload) {
        it('signs the header and payload text to the same token', async () => {
          const signingJwk = vector.keys?.private_jwk ?? vector.keys?.symmetric_jwk;
          const imported = await importKeyText(JSON.stringify(signingJwk), {
            alg: vector.alg,
            usage: 'sign',
          });
          const signed = await signCompact({
            header: vector.header_json,
            payload: vector.payload_text,
            alg: vector.alg,
            key: imported.cryptoKey,
          });
          expect(signed.token).toBe(vector.compact);
        });
      }
    });
  }
});
