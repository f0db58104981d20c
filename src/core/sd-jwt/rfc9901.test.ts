/**
 * RFC 9901's own examples (__fixtures__/rfc9901-examples.json, copied from the draft text that
 * became the RFC): each decodes to the disclosures the RFC prints, processes to its Processed
 * SD-JWT Payload, verifies with the Appendix A.5 issuer key, and its KB-JWT with cnf.jwk.
 */
import { describe, expect, it } from 'vitest';
import { parseJwsJson } from '../jws/json-parse';
import { verifyJwsJson } from '../jws/json-verify';
import { verifyCompact } from '../jws/verify';
import { rfc9901 } from './__fixtures__';
import { digestOf } from './digest';
import { compactOfJwsJson, parseSdJwtFromJwsJson, sdJwtToFlattenedJson } from './json';
import { verifyKeyBinding } from './key-binding';
import { parseSdJwt } from './parse';
import { processSdJwt } from './process';

const importIssuerKey = (jwk: Record<string, unknown>) =>
  crypto.subtle.importKey('jwk', jwk as JsonWebKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ]);

/** The digests embedded in a JSON value: `_sd` entries and `{"...": digest}` elements. */
function digestsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(digestsIn);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = Array.isArray(object._sd) ? (object._sd as string[]) : [];
  const ellipsis = typeof object['...'] === 'string' ? [object['...']] : [];
  return [
    ...own,
    ...ellipsis,
    ...Object.values(object)
      .flatMap(digestsIn)
      .filter((d) => !own.includes(d)),
  ];
}

describe.each(rfc9901.examples)('$id', (example) => {
  it('decodes every disclosure to the contents and digest the RFC prints', async () => {
    const parsed = parseSdJwt(example.sdJwt);
    const processed = await processSdJwt(parsed);
    expect(parsed.findings).toEqual([]);
    expect(processed.disclosures.length).toBeGreaterThan(0);
    for (const disclosure of processed.disclosures) {
      const printed = example.disclosures.find((d) => d.disclosure === disclosure.text);
      expect(printed, disclosure.text).toBeDefined();
      expect(disclosure.digest).toBe(printed!.digest);
      expect(disclosure.salt).toBe(printed!.contents[0]);
      if (printed!.name === null) {
        expect(disclosure.kind).toBe('array-element');
        expect(disclosure.value).toEqual(printed!.contents[1]);
      } else {
        expect(disclosure.kind).toBe('property');
        expect(disclosure.name).toBe(printed!.name);
        expect(disclosure.value).toEqual(printed!.contents[2]);
      }
      expect(JSON.parse(disclosure.valueText!)).toEqual(printed!.contents.at(-1));
      expect(disclosure.referenced).toBe(true);
    }
  });

  it('has the issuer payload the RFC prints', () => {
    expect(parseSdJwt(example.sdJwt).issuerPayload).toEqual(example.payload);
  });

  it('processes per §7.1 without a finding, to the Processed SD-JWT Payload where the RFC prints one', async () => {
    const processed = await processSdJwt(parseSdJwt(example.sdJwt));
    expect(processed.findings).toEqual([]);
    expect(processed.rejected).toBe(false);
    if (example.processed) expect(processed.disclosedPayload).toEqual(example.processed);
    // Every digest in the payload and in the disclosures is either disclosed here or a decoy.
    const digests = [example.payload, ...processed.disclosures.map((d) => d.value)].flatMap(
      digestsIn,
    );
    expect(digests.length).toBe(processed.disclosures.length + processed.decoys.length);
  });

  it('verifies with the issuer key of Appendix A.5', async () => {
    const parsed = parseSdJwt(example.sdJwt);
    const verdict = await verifyCompact(parsed.jws, await importIssuerKey(rfc9901.issuerKey.jwk));
    expect(verdict.status).toBe('verified');
  });

  it('checks its KB-JWT, when it has one, with the holder key in cnf.jwk', async () => {
    const parsed = parseSdJwt(example.sdJwt);
    const verdict = await verifyKeyBinding(parsed, {
      expectedAud: 'https://verifier.example.org',
      expectedNonce: '1234567890',
    });
    if (!parsed.kbJwt) {
      expect(verdict.status).toBe('absent');
      return;
    }
    expect(verdict.status).toBe('verified');
    if (verdict.status !== 'verified') return;
    expect(verdict.facts.findings).toEqual([]);
    if (example.kbPayload) {
      expect(verdict.facts.sdHash).toBe(example.kbPayload.sd_hash);
      expect(verdict.facts.iat).toBe(example.kbPayload.iat);
    }
  });
});

describe('RFC 9901 Appendix A.1', () => {
  it('shows the six decoy digests as decoys, not errors', async () => {
    const example = rfc9901.examples.find((e) => e.id === 'RFC 9901 A.1 presentation')!;
    const processed = await processSdJwt(parseSdJwt(example.sdJwt));
    const decoys = processed.decoys.map((d) => d.digest);
    for (const decoy of example.decoys) expect(decoys).toContain(decoy);
    expect(processed.rejected).toBe(false);
  });
});

describe('RFC 9901 §4.2.1 and §4.2.3', () => {
  // The family_name example and its three variants, all encoding "Möbius".
  const variants = [
    'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0',
    'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNXHUwMGY2Yml1cyJd',
    'WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsImZhbWlseV9uYW1lIiwiTcO2Yml1cyJd',
    'WwoiXzI2YmM0TFQtYWM2cTJLSTZjQlc1ZXMiLAoiZmFtaWx5X25hbWUiLAoiTcO2Yml1cyIKXQ',
  ];

  it('gives the digest X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0 for the first', async () => {
    expect(await digestOf(variants[0]!, 'SHA-256')).toBe(
      'X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0',
    );
  });

  it('reads every variant as family_name "Möbius", keeping each one\'s own value text', () => {
    const texts = variants.map((variant) => {
      const parsed = parseSdJwt(`e30.e30.AA~${variant}~`);
      const [disclosure] = parsed.disclosures;
      expect(disclosure).toMatchObject({ kind: 'property', name: 'family_name', value: 'Möbius' });
      return disclosure!.valueText;
    });
    expect(texts).toEqual(['"Möbius"', '"M\\u00f6bius"', '"Möbius"', '"Möbius"']);
  });
});

describe('RFC 9901 §8 (JWS JSON Serialization)', () => {
  const presentations = rfc9901.jsonExamples;

  it.each(presentations)(
    '$id verifies with the issuer keys, and its KB-JWT over the compact form (§8.1)',
    async (example) => {
      const parsed = parseJwsJson(JSON.stringify(example.jws));
      expect(parsed.findings).toEqual([]);
      const keys = [
        await importIssuerKey(rfc9901.issuerKey.jwk),
        await importIssuerKey(rfc9901.secondIssuerKey.jwk),
      ];
      const verdict = await verifyJwsJson(parsed, (signature) => keys[signature.index]);
      expect(verdict.verified).toEqual(parsed.signatures.map((s) => s.index));
      const sdJwt = parseSdJwtFromJwsJson(parsed)!;
      const processed = await processSdJwt(sdJwt);
      expect(processed.rejected).toBe(false);
      expect(processed.disclosedPayload).toMatchObject({ given_name: 'John', family_name: 'Doe' });
      const kb = await verifyKeyBinding(sdJwt);
      expect(kb.status).toBe(example.id.includes('presentation') ? 'verified' : 'absent');
    },
  );

  it('finds the four disclosures of the flattened issuance, sub included', async () => {
    const parsed = parseJwsJson(JSON.stringify(presentations[0]!.jws));
    const processed = await processSdJwt(parseSdJwtFromJwsJson(parsed)!);
    expect(processed.disclosures.map((d) => d.name)).toEqual([
      'sub',
      'given_name',
      'family_name',
      'birthdate',
    ]);
    expect(processed.disclosedPayload).toMatchObject({
      sub: 'john_doe_42',
      birthdate: '1940-01-01',
    });
  });
});

describe('RFC 9901 §8.2: compact and flattened', () => {
  it('turns the §5.2 presentation into the flattened form and back, byte for byte', () => {
    const example = rfc9901.examples.find((e) => e.id === 'RFC 9901 §5.2 presentation')!;
    const flattened = sdJwtToFlattenedJson(parseSdJwt(example.sdJwt))!;
    expect(flattened.json.header.disclosures).toHaveLength(4);
    expect(flattened.json.header.kb_jwt).toBe(
      example.sdJwt.slice(example.sdJwt.lastIndexOf('~') + 1),
    );
    const parsed = parseJwsJson(flattened.text);
    expect(parsed.findings).toEqual([]);
    expect(compactOfJwsJson(parsed)).toBe(example.sdJwt);
  });
});
