import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { key } from '../__fixtures__';
import { KeyError } from '../errors';
import { importKeyText } from './import';

async function keyErrorOf(text: string, options: Parameters<typeof importKeyText>[1]) {
  try {
    await importKeyText(text, options);
  } catch (error) {
    if (error instanceof KeyError) return error;
    throw error;
  }
  throw new Error('the key imported');
}

describe('importKeyText: keys are named by what they are', () => {
  it('OKP and AKP by their curve or parameter set, in both directions', async () => {
    expect(await keyErrorOf(key('ed25519').spki, { alg: 'RS256', usage: 'verify' })).toMatchObject({
      code: 'KEY_WRONG_TYPE',
      detail: { expected: 'RSA', found: 'Ed25519' },
    });
    expect(await keyErrorOf(key('ed448').spki, { alg: 'ES256', usage: 'verify' })).toMatchObject({
      code: 'KEY_WRONG_TYPE',
      detail: { expected: 'EC', found: 'Ed448' },
    });
    expect(await keyErrorOf(key('p256').spki, { alg: 'ML-DSA-65', usage: 'verify' })).toMatchObject(
      { code: 'KEY_WRONG_TYPE', detail: { expected: 'ML-DSA-65', found: 'EC' } },
    );
  });

  it('a key no JWS alg uses (DSA, from openssl) names its OID', async () => {
    const pair = spawnSync('openssl', ['dsaparam', '-genkey', '-noout', '1024']);
    const spki = spawnSync('openssl', ['pkey', '-pubout'], {
      input: pair.stdout,
    }).stdout.toString();
    expect(spki).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(await keyErrorOf(spki, { alg: 'RS256', usage: 'verify' })).toMatchObject({
      code: 'KEY_UNSUPPORTED_TYPE',
      detail: { alg: 'RS256', expected: 'RSA', oid: '1.2.840.10040.4.1' },
    });
  });
});
