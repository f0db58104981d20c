/**
 * The JWS JSON Serialization against RFC 7515 A.6 and A.7 and RFC 7520 §4.6-§4.8
 * (__fixtures__/jws-json-vectors.json): every serialization the RFCs print parses, and every
 * signature verifies with its own key, imported from the RFC's JWK; jose checks the conversions.
 */
import { flattenedVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import vectorsJson from './__fixtures__/jws-json-vectors.json';
import { compactToJwsJson, jwsJsonToCompact } from './json-convert';
import { parseJwsJson } from './json-parse';
import { verifyJwsJson, verifyJwsJsonWithKeyText } from './json-verify';
import { parseCompact } from './parse';
import { verifyCompact } from './verify';

interface Keys {
  readonly public_jwk?: Record<string, unknown>;
  readonly symmetric_jwk?: Record<string, unknown>;
}
interface Vector {
  readonly id: string;
  readonly alg: string | null;
  readonly payload_b64: string;
  readonly keys: Keys | null;
  readonly unprotected_header?: Record<string, unknown>;
  readonly flattened: Record<string, unknown> | null;
  readonly general: { readonly signatures: readonly Record<string, unknown>[] } | null;
  readonly signatures?: readonly {
    readonly alg: string;
    readonly keys: Keys;
    readonly unprotected_header: Record<string, unknown>;
  }[];
}
const vectors = (vectorsJson as unknown as { vectors: readonly Vector[] }).vectors;

function verifyKeyText(keys: Keys): string {
  return JSON.stringify(keys.public_jwk ?? keys.symmetric_jwk);
}

/** Each signature's key text, in order. */
function keyTexts(vector: Vector): string[] {
  return vector.signatures
    ? vector.signatures.map((s) => verifyKeyText(s.keys))
    : [verifyKeyText(vector.keys!)];
}

const forms = vectors.flatMap((vector) =>
  (['flattened', 'general'] as const)
    .filter((form) => vector[form] !== null)
    .map((form) => ({ id: `${vector.id} ${form}`, vector, form })),
);

describe.each(forms)('$id', ({ vector, form }) => {
  const parsed = parseJwsJson(JSON.stringify(vector[form]));

  it("parses with each signature's protected and unprotected header", () => {
    expect(parsed.findings).toEqual([]);
    expect(parsed.form).toBe(form);
    expect(parsed.payloadSegment).toBe(vector.payload_b64);
    const expected = vector.signatures ?? [
      { alg: vector.alg!, unprotected_header: vector.unprotected_header! },
    ];
    expect(parsed.signatures.map((s) => [s.alg, s.unprotectedHeader])).toEqual(
      expected.map((s) => [s.alg, s.unprotected_header]),
    );
  });

  it('verifies each signature with its own key, and only with it', async () => {
    const texts = keyTexts(vector);
    for (const [index, text] of texts.entries()) {
      const verdict = await verifyJwsJsonWithKeyText(parsed, text);
      expect(verdict.verified).toEqual([index]);
      expect(verdict.signatures[index]!.verdict.status).toBe('verified');
    }
  });
});

describe('RFC 7515 §7.2.1', () => {
  const flattened = vectors.find((v) => v.id === 'RFC7515-A.7')!.flattened!;

  it('makes a header parameter in both the protected and the unprotected header an error', () => {
    const parsed = parseJwsJson(
      JSON.stringify({ ...flattened, header: { alg: 'ES256', kid: 'k' } }),
    );
    expect(parsed.findings).toMatchObject([
      { code: 'JWS_JSON_HEADER_DUPLICATE', signature: 0, detail: { name: 'alg' } },
    ]);
  });

  it.each([
    ['no payload', { signature: 'AA', protected: 'e30' }, 'JWS_JSON_NO_PAYLOAD'],
    [
      'both forms',
      { payload: '', signature: 'AA', signatures: [], protected: 'e30' },
      'JWS_JSON_BOTH_FORMS',
    ],
    ['no signature', { payload: '' }, 'JWS_JSON_NO_SIGNATURE'],
    ['no header at all', { payload: '', signature: 'AA' }, 'JWS_JSON_NO_HEADER'],
    [
      'crit unprotected',
      { payload: '', signature: 'AA', protected: 'eyJhbGciOiJIUzI1NiJ9', header: { crit: ['x'] } },
      'JWS_JSON_CRIT_UNPROTECTED',
    ],
    ['an empty signatures array', { payload: '', signatures: [] }, 'JWS_JSON_SIGNATURES_EMPTY'],
    [
      'a header that is no object',
      { payload: '', signature: 'AA', protected: 'eyJhbGciOiJIUzI1NiJ9', header: 1 },
      'JWS_JSON_HEADER_NOT_OBJECT',
    ],
  ])('names %s', (_, json, code) => {
    expect(parseJwsJson(JSON.stringify(json)).findings.map((f) => f.code)).toContain(code);
  });

  it('names text that is no JSON, or JSON that is no object, without throwing', () => {
    expect(parseJwsJson('{"payload":').findings.map((f) => f.code)).toEqual(['JWS_JSON_SYNTAX']);
    expect(parseJwsJson('[]').findings.map((f) => f.code)).toEqual(['JWS_JSON_NOT_OBJECT']);
  });
});

describe('compact and back', () => {
  it('converts RFC 7515 A.7 to compact, naming the unprotected kid it cannot carry, and it verifies as RFC 7515 A.3', async () => {
    const vector = vectors.find((v) => v.id === 'RFC7515-A.7')!;
    const result = jwsJsonToCompact(parseJwsJson(JSON.stringify(vector.flattened)));
    expect(result).toMatchObject({ ok: true, lossless: false, notCarried: ['kid'] });
    if (!result.ok) return;
    expect(result.findings.map((f) => f.code)).toEqual(['JWS_JSON_CONVERT_UNPROTECTED_DROPPED']);
    const key = await crypto.subtle.importKey(
      'jwk',
      vector.keys!.public_jwk as JsonWebKey,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    expect((await verifyCompact(parseCompact(result.compact), key)).status).toBe('verified');
  });

  it('round-trips a compact JWS through the flattened form losslessly, which jose verifies', async () => {
    const vector = vectors.find((v) => v.id === 'RFC7515-A.7')!;
    const compact = `${(vector.flattened as { protected: string }).protected}.${vector.payload_b64}.${(vector.flattened as { signature: string }).signature}`;
    const json = compactToJwsJson(compact);
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    await expect(
      flattenedVerify(json.json, await importJWK(vector.keys!.public_jwk!, 'ES256')),
    ).resolves.toBeDefined();
    const back = jwsJsonToCompact(parseJwsJson(json.text));
    expect(back).toMatchObject({ ok: true, compact, lossless: true, findings: [] });
  });

  it('says a JWS whose alg is only unprotected (RFC 7520 §4.7) has no alg once compact, and refuses several signatures', () => {
    const only = vectors.find((v) => v.id === 'RFC7520-4.7')!;
    const result = jwsJsonToCompact(parseJwsJson(JSON.stringify(only.flattened)));
    expect(result.ok && result.findings.map((f) => f.code)).toEqual([
      'JWS_JSON_CONVERT_UNPROTECTED_DROPPED',
      'JWS_JSON_CONVERT_ALG_UNPROTECTED',
    ]);
    const many = vectors.find((v) => v.id === 'RFC7515-A.6')!;
    expect(
      jwsJsonToCompact(parseJwsJson(JSON.stringify(many.general))).findings.map((f) => f.code),
    ).toEqual(['JWS_JSON_CONVERT_MULTIPLE']);
  });

  it('verifies with a key per signature through a callback', async () => {
    const vector = vectors.find((v) => v.id === 'RFC7515-A.6')!;
    const parsed = parseJwsJson(JSON.stringify(vector.general));
    const es = await crypto.subtle.importKey(
      'jwk',
      vector.signatures![1]!.keys.public_jwk as JsonWebKey,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const verdict = await verifyJwsJson(parsed, (signature) =>
      signature.alg === 'ES256' ? es : undefined,
    );
    expect(verdict.verified).toEqual([1]);
    expect(verdict.signatures[0]!.verdict.reason).toBe('NO_KEY');
  });
});
