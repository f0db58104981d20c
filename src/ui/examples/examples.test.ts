// Checks the shipped example tokens (examples.json, made by scripts/make-examples.mjs) with jose
// as an independent verifier. ML-DSA can't be verified here (Node 20 has no ML-DSA; the script
// verified those in Chromium), so for them we check the key format and the kid only.
import {
  SignJWT,
  calculateJwkThumbprint,
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  importPKCS8,
  importSPKI,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS } from '../../core/algorithms';
import { seed } from '../../core/__fixtures__/seed';
import { en } from '../i18n/en';
import { enLater } from '../i18n/en-later';
import { zh } from '../i18n/zh';
import { zhLater } from '../i18n/zh-later';
import data from './examples.json';
import { EXAMPLE_IDS } from './menu';

interface Example {
  id: string;
  alg: string;
  label: string;
  token: string;
  secret?: string;
  secretEncoding?: 'utf8' | 'base64url';
  publicKey?: string;
  privateKey?: string;
}

const examples = data.examples as Example[];

const SEED_TOKEN = seed.token;

/** Every alg of the table; ML-DSA-87 only where the generating browser had it. */
const REQUIRED_ALGS = JWS_ALGORITHMS.filter((alg) => alg !== 'ML-DSA-87');

/** Raw ML-DSA public key sizes (FIPS 204, table 2). */
const ML_DSA_PUBLIC_KEY_BYTES: Record<string, number> = {
  'ML-DSA-44': 1312,
  'ML-DSA-65': 1952,
  'ML-DSA-87': 2592,
};

const isMlDsa = (example: Example) => example.alg.startsWith('ML-DSA-');
const isSecret = (example: Example) => example.secret !== undefined;

function pemBody(pem: string, label: string): Uint8Array {
  const match = new RegExp(
    `^-----BEGIN ${label}-----\\n([A-Za-z0-9+/=\\n]+)\\n-----END ${label}-----\\n?$`,
  ).exec(pem);
  if (!match?.[1]) throw new Error(`not a ${label} PEM`);
  return new Uint8Array(Buffer.from(match[1].replace(/\n/g, ''), 'base64'));
}

function secretBytes(example: Example): Uint8Array {
  const secret = example.secret ?? '';
  return example.secretEncoding === 'base64url'
    ? new Uint8Array(Buffer.from(secret, 'base64url'))
    : new TextEncoder().encode(secret);
}

describe('examples.json', () => {
  it('names its generator and generation date', () => {
    expect(data.generator).toBe('scripts/make-examples.mjs');
    expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
  });

  it('is listed in the menu in order, each with a name in both languages', () => {
    expect(EXAMPLE_IDS).toEqual(examples.map((example) => example.id));
    for (const example of examples) {
      const key = `example.${example.id}`;
      expect({ key, en: ({ ...en, ...enLater } as Record<string, string>)[key] }).toEqual({
        key,
        en: example.label,
      });
      expect(({ ...zh, ...zhLater } as Record<string, string>)[key], key).toBeTruthy();
    }
  });

  it('has unique kebab-case ids and short labels', () => {
    const ids = examples.map((example) => example.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const example of examples) {
      expect(example.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(example.label.length).toBeGreaterThan(0);
      expect(example.label.length).toBeLessThanOrEqual(60);
    }
  });

  it('covers every algorithm', () => {
    const algs = new Set(examples.map((example) => example.alg));
    for (const alg of REQUIRED_ALGS) expect(algs, alg).toContain(alg);
  });

  it('starts with the classic HS256 token', () => {
    const seed = examples.find((example) => example.id === 'hs256-seed');
    expect(examples[0]?.id).toBe('hs256-seed');
    expect(seed).toMatchObject({
      alg: 'HS256',
      token: SEED_TOKEN,
      secret: 'secret',
      secretEncoding: 'utf8',
    });
  });

  it('carries exactly the keys each kind of token needs', () => {
    for (const example of examples) {
      const fields = Object.keys(example).sort();
      if (example.alg === 'none') {
        expect(fields, example.id).toEqual(['alg', 'id', 'label', 'token']);
        expect(example.token.endsWith('.'), example.id).toBe(true);
      } else if (example.alg.startsWith('HS')) {
        expect(fields, example.id).toEqual([
          'alg',
          'id',
          'label',
          'secret',
          'secretEncoding',
          'token',
        ]);
      } else {
        expect(fields, example.id).toEqual([
          'alg',
          'id',
          'label',
          'privateKey',
          'publicKey',
          'token',
        ]);
        pemBody(example.publicKey ?? '', 'PUBLIC KEY');
        pemBody(example.privateKey ?? '', 'PRIVATE KEY');
      }
      expect(decodeProtectedHeader(example.token).alg, example.id).toBe(example.alg);
    }
  });

  it('uses HMAC secrets at least as long as the hash (except the classic example)', () => {
    for (const example of examples.filter(isSecret)) {
      if (example.id === 'hs256-seed') continue;
      const bits = Number(example.alg.slice(2));
      expect(secretBytes(example).length * 8, example.id).toBeGreaterThanOrEqual(bits);
    }
  });

  for (const example of examples) {
    if (isMlDsa(example) || example.alg === 'none') continue;

    it(`${example.id}: verifies with jose`, async () => {
      const key = isSecret(example)
        ? secretBytes(example)
        : await importSPKI(example.publicKey ?? '', example.alg);
      const { protectedHeader } = await compactVerify(example.token, key, {
        algorithms: [example.alg],
      });
      expect(protectedHeader.alg).toBe(example.alg);
      expect(protectedHeader.typ).toBe('JWT');
    });
  }

  for (const example of examples.filter((e) => !isSecret(e) && e.alg !== 'none' && !isMlDsa(e))) {
    it(`${example.id}: private key matches the public key and the kid`, async () => {
      const privateKey = await importPKCS8(example.privateKey ?? '', example.alg);
      const publicKey = await importSPKI(example.publicKey ?? '', example.alg, {
        extractable: true,
      });
      const token = await new SignJWT({ check: true })
        .setProtectedHeader({ alg: example.alg })
        .sign(privateKey);
      await compactVerify(token, publicKey, { algorithms: [example.alg] });
      const thumbprint = await calculateJwkThumbprint(await exportJWK(publicKey), 'sha256');
      expect(decodeProtectedHeader(example.token).kid).toBe(thumbprint);
    });
  }

  for (const example of examples.filter(isMlDsa)) {
    it(`${example.id}: kid is the RFC 7638 thumbprint of the AKP public key`, async () => {
      const size = ML_DSA_PUBLIC_KEY_BYTES[example.alg];
      if (size === undefined) throw new Error(`unknown ${example.alg}`);
      const spki = pemBody(example.publicKey ?? '', 'PUBLIC KEY');
      // SPKI = 22 bytes of DER header (sequence, AlgorithmIdentifier, BIT STRING) + the raw key.
      expect(spki.length).toBe(22 + size);
      const pub = Buffer.from(spki.subarray(22)).toString('base64url');
      const thumbprint = await calculateJwkThumbprint({ kty: 'AKP', alg: example.alg, pub });
      expect(decodeProtectedHeader(example.token).kid).toBe(thumbprint);
    });
  }

  it('gives every token but "expired" years of life after its generation', () => {
    // Measured from the file's own date, not the clock, so the test never goes stale by itself.
    const generated = Math.floor(Date.parse(data.generated) / 1000);
    const now = generated + 5 * 365 * 24 * 3600;
    for (const example of examples) {
      if (example.id === 'hs256-seed') continue; // no exp
      const { exp } = decodeJwt(example.token);
      expect(typeof exp, example.id).toBe('number');
      if (example.id === 'expired') expect(exp).toBeLessThan(now);
      else expect(exp, `${example.id} has expired`).toBeGreaterThan(now);
    }
  });

  it('shapes flask-access like a flask-jwt-extended access token', () => {
    const flask = examples.find((example) => example.id === 'flask-access');
    if (!flask) throw new Error('flask-access is missing');
    const claims = decodeJwt(flask.token);
    expect(Object.keys(claims)).toEqual([
      'fresh',
      'iat',
      'jti',
      'type',
      'sub',
      'nbf',
      'csrf',
      'exp',
    ]);
    expect(claims).toMatchObject({ fresh: false, type: 'access', sub: '42' });
    const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(claims.jti).toMatch(uuid4);
    expect(claims['csrf']).toMatch(uuid4);
  });
});
