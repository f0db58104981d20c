/** The JWE decryption snippets as data: which library decrypts what, and what the code pins. */
import { describe, expect, it } from 'vitest';
import { decryptionSnippets, JWE_SNIPPET_TARGETS } from './jwe-snippets';

const targets = (input: Parameters<typeof decryptionSnippets>[0]) =>
  decryptionSnippets(input)
    .filter((snippet) => snippet.unsupported === undefined)
    .map((snippet) => snippet.target);

describe('decryptionSnippets', () => {
  it('one snippet per library, in the page order', () => {
    expect(
      decryptionSnippets({ alg: 'dir', enc: 'A128GCM' }).map((snippet) => [
        snippet.target,
        snippet.language,
      ]),
    ).toEqual([
      ['node-jose', 'javascript'],
      ['python-jwcrypto', 'python'],
      ['python-joserfc', 'python'],
      ['java-jose4j', 'java'],
    ]);
    expect(JWE_SNIPPET_TARGETS).toHaveLength(4);
  });
  it('jose has no RSA1_5 and no X448; jose4j no X448; an unknown alg or enc is unsupported everywhere', () => {
    expect(targets({ alg: 'RSA1_5', enc: 'A128CBC-HS256' })).toEqual([
      'python-jwcrypto',
      'python-joserfc',
      'java-jose4j',
    ]);
    expect(targets({ alg: 'ECDH-ES', enc: 'A128GCM', curve: 'X448' })).toEqual([
      'python-jwcrypto',
      'python-joserfc',
    ]);
    expect(targets({ alg: 'HS256', enc: 'A128GCM' })).toEqual([]);
    expect(targets({ alg: 'dir', enc: 'A128CTR' })).toEqual([]);
  });
  it('every snippet pins the alg and enc, and reads the key at run time', () => {
    for (const snippet of decryptionSnippets({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })) {
      expect(snippet.code).toContain('"RSA-OAEP-256"');
      expect(snippet.code).toContain('"A256GCM"');
      expect(snippet.code).toContain('JWE_PRIVATE_KEY_FILE');
    }
  });
  it('jwcrypto reads an X25519 key from a JWK file; joserfc and jose4j pick the key class by type', () => {
    const [, jwcrypto, joserfc, jose4j] = decryptionSnippets({
      alg: 'ECDH-ES',
      enc: 'A128GCM',
      curve: 'X25519',
    });
    expect(jwcrypto!.code).toContain('JWE_PRIVATE_JWK_FILE');
    expect(joserfc!.code).toContain('OKPKey.import_key');
    expect(jose4j!.code).toContain('KeyFactory.getInstance("XDH")');
  });
  it('jose is told to allow a p2c above its default of 10,000', () => {
    const [jose] = decryptionSnippets({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 600000 });
    expect(jose!.code).toContain('maxPBES2Count: 600000,');
    const [plain] = decryptionSnippets({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 10000 });
    expect(plain!.code).not.toContain('maxPBES2Count');
  });
});
