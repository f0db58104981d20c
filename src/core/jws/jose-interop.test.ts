import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { ASYMMETRIC_ALGS, HMAC_ALGS, keyForAlg, SECRET_FOR_ALG } from '../__fixtures__/algs';
import { seed } from '../__fixtures__';
import { utf8Encode } from '../encoding/utf8';
import { importKeyText } from '../keys/import';
import { importSecret } from '../keys/secret';
import { isAlgorithmSupported } from '../support';
import { parseCompact } from './parse';
import { signCompact } from './sign';
import { verifyCompact } from './verify';

const payload = '{"sub":"1234567890","name":"Zoë 🙂","iat":1516239022}';

const ML_DSA = ['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'] as const;
/** Probed once, before the tests are declared, so a skip can say why. */
const ML_DSA_SUPPORT = new Map(
  await Promise.all(ML_DSA.map(async (alg) => [alg, await isAlgorithmSupported(alg)] as const)),
);

async function ourKeys(alg: string) {
  if (HMAC_ALGS.includes(alg)) {
    const secret = await importSecret(SECRET_FOR_ALG[alg]!, 'utf8', alg);
    return { signKey: secret.cryptoKey, verifyKey: secret.cryptoKey };
  }
  const fixture = keyForAlg(alg);
  const signKey = (await importKeyText(fixture.pkcs8, { alg, usage: 'sign' })).cryptoKey;
  const verifyKey = (await importKeyText(fixture.spki, { alg, usage: 'verify' })).cryptoKey;
  return { signKey, verifyKey };
}

async function joseKeys(alg: string) {
  if (HMAC_ALGS.includes(alg)) {
    const secret = utf8Encode(SECRET_FOR_ALG[alg]!);
    return { signKey: secret, verifyKey: secret };
  }
  const fixture = keyForAlg(alg);
  return {
    signKey: await jose.importPKCS8(fixture.pkcs8, alg),
    verifyKey: await jose.importSPKI(fixture.spki, alg),
  };
}

describe('interoperability with jose, for every algorithm', () => {
  for (const alg of [...HMAC_ALGS, ...ASYMMETRIC_ALGS]) {
    it(`${alg}: a token we sign verifies with jose`, async () => {
      const header = JSON.stringify({ alg, typ: 'JWT' });
      const { signKey } = await ourKeys(alg);
      const { token } = await signCompact({ header, payload, alg, key: signKey });
      const { verifyKey } = await joseKeys(alg);
      const result = await jose.compactVerify(token, verifyKey);
      expect(new TextDecoder().decode(result.payload)).toBe(payload);
      expect(result.protectedHeader).toEqual({ alg, typ: 'JWT' });
    });

    it(`${alg}: a token jose signs verifies with ours, and fails once tampered`, async () => {
      const { signKey } = await joseKeys(alg);
      const token = await new jose.CompactSign(utf8Encode(payload))
        .setProtectedHeader({ alg, kid: 'k1' })
        .sign(signKey);
      const { verifyKey } = await ourKeys(alg);
      const parsed = parseCompact(token);
      expect(parsed.payload?.text).toBe(payload);
      expect(await verifyCompact(parsed, verifyKey)).toMatchObject({ status: 'verified' });

      const [h, , s] = token.split('.');
      const tampered = `${h}.${jose.base64url.encode('{"sub":"admin"}')}.${s}`;
      expect(await verifyCompact(parseCompact(tampered), verifyKey)).toMatchObject({
        status: 'invalid',
        reason: 'SIGNATURE_MISMATCH',
      });
    });
  }

  for (const alg of ML_DSA) {
    const supported = ML_DSA_SUPPORT.get(alg)!;
    // A visible skip with its reason where the runtime lacks the alg (Node 20, the minimum):
    // e2e/ml-dsa.spec.ts runs ML-DSA-44, -65 and -87 in Chromium instead.
    it.skipIf(!supported)(
      `${alg}: round-trips with jose${supported ? '' : ` (skipped: Node ${process.version} has no ${alg}; e2e/ml-dsa.spec.ts covers it in Chromium)`}`,
      async () => {
        const header = JSON.stringify({ alg });
        const pair = await jose.generateKeyPair(alg, { extractable: true });
        const spki = await jose.exportSPKI(pair.publicKey);
        const pkcs8 = await jose.exportPKCS8(pair.privateKey);
        const signKey = (await importKeyText(pkcs8, { alg, usage: 'sign' })).cryptoKey;
        const signed = await signCompact({ header, payload, alg, key: signKey });
        await expect(jose.compactVerify(signed.token, pair.publicKey)).resolves.toBeTruthy();
        const verifyKey = (await importKeyText(spki, { alg, usage: 'verify' })).cryptoKey;
        const theirs = await new jose.CompactSign(utf8Encode(payload))
          .setProtectedHeader({ alg })
          .sign(pair.privateKey);
        expect(await verifyCompact(parseCompact(theirs), verifyKey)).toMatchObject({
          status: 'verified',
        });
      },
    );

    if (!supported)
      it(`${alg}: where the runtime lacks it, the verdict says "not supported"`, async () => {
        const header = JSON.stringify({ alg });
        const token = `${jose.base64url.encode(header)}.${jose.base64url.encode(payload)}.AAAA`;
        const verdict = await verifyCompact(parseCompact(token), undefined);
        expect(verdict).toMatchObject({ status: 'unusable', reason: 'ALG_UNSUPPORTED' });
      });
  }
});

describe('the seed document example', () => {
  it('signs {"alg":"HS256","typ":"JWT"} and {"some":"payload"} with "secret" to the exact token', async () => {
    const key = await importSecret(seed.secret, 'utf8', 'HS256');
    const signed = await signCompact({
      header: seed.header,
      payload: seed.payload,
      alg: 'HS256',
      key: key.cryptoKey,
    });
    expect(signed.token).toBe(seed.token);
    expect(await verifyCompact(parseCompact(seed.token), key.cryptoKey)).toMatchObject({
      status: 'verified',
    });
  });
});
