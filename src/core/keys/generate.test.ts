import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { JWS_ALGORITHMS, jwsAlgorithm } from '../algorithms';
import { decodeBase64url } from '../encoding/base64url';
import { signCompact } from '../jws/sign';
import { isAlgorithmSupported } from '../support';
import { generateKeyFor } from './generate';
import { importKeyText } from './import';

const header = (alg: string) => JSON.stringify({ alg });

const ALGS = JWS_ALGORITHMS.filter((name) => name !== 'none');
/** Probed before the tests are declared, so an alg this runtime lacks is a skip that says so. */
const SUPPORTED = new Map(
  await Promise.all(ALGS.map(async (alg) => [alg, await isAlgorithmSupported(alg)] as const)),
);

describe('generateKeyFor every algorithm', () => {
  for (const alg of ALGS) {
    const supported = SUPPORTED.get(alg)!;
    if (!supported)
      it(`${alg}: this runtime lacks it, and generating says so`, async () => {
        await expect(generateKeyFor(alg)).rejects.toMatchObject({ code: 'KEY_ALG_NOT_SUPPORTED' });
      });

    it.skipIf(!supported)(
      `${alg}: a fresh key signs a token jose verifies with the exported key${supported ? '' : ` (skipped: Node ${process.version} has no ${alg}; e2e/ml-dsa.spec.ts covers it in Chromium)`}`,
      async () => {
        const generated = await generateKeyFor(alg);
        const entry = jwsAlgorithm(alg)!;
        if (generated.kind === 'secret') {
          const bytes = decodeBase64url(generated.secret);
          expect(bytes.ok && bytes.bytes.length).toBe(entry.signatureLength);
          const { token } = await signCompact({
            header: header(alg),
            payload: '{}',
            alg,
            key: generated.key,
          });
          await expect(
            jose.compactVerify(token, bytes.ok ? bytes.bytes : new Uint8Array()),
          ).resolves.toBeTruthy();
          return;
        }
        expect(generated.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
        expect(generated.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
        const { token } = await signCompact({
          header: header(alg),
          payload: '{}',
          alg,
          key: generated.privateKey,
        });
        await expect(
          jose.compactVerify(token, await jose.importSPKI(generated.publicPem, alg)),
        ).resolves.toBeTruthy();
        await expect(
          jose.compactVerify(token, await jose.importJWK({ ...generated.publicJwk }, alg)),
        ).resolves.toBeTruthy();

        // The exported texts import back as the same key.
        const fromPem = await importKeyText(generated.privatePem, { alg, usage: 'sign' });
        const fromJwk = await importKeyText(JSON.stringify(generated.publicJwk), {
          alg,
          usage: 'verify',
        });
        expect(fromPem.facts.thumbprint).toBe(fromJwk.facts.thumbprint);
        if (entry.kty === 'RSA') expect(fromPem.facts.modulusBits).toBe(2048);
        if (entry.curve) expect(fromPem.facts.curve).toBe(entry.curve);
      },
    );
  }
});
