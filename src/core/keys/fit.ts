/**
 * Whether a key that was read fits the alg and use, checked before WebCrypto sees it, so the
 * page can name both sides of a mismatch (style.md: fail in a fixed order).
 */
import type { JwsAlgorithm } from '../algorithms';
import { keyError } from './errors';
import type { KeyUsage } from './imported';
import { keyTypeName, neededKeyName } from './key-names';
import type { Jwk } from './jwk';
import type { KeyShape } from './shape';

/** Does the key's shape fit the alg? Throws the precise mismatch (style.md: fail in a fixed order). */
export function assertShapeFits(shape: KeyShape, entry: JwsAlgorithm): void {
  const found = keyTypeName(shape);
  if (found === undefined) {
    // DSA, or an algorithm OID no JWS alg uses: there is no key type to name.
    throw keyError('KEY_UNSUPPORTED_TYPE', `${entry.alg} cannot use a key of OID ${shape.oid}`, {
      alg: entry.alg,
      expected: neededKeyName(entry),
      oid: shape.oid ?? 'unknown',
    });
  }
  if (shape.kty !== entry.kty) {
    const expected = neededKeyName(entry);
    throw keyError('KEY_WRONG_TYPE', `${entry.alg} needs an ${expected} key, this is ${found}`, {
      alg: entry.alg,
      expected,
      found,
      ...(shape.curve ? { curve: shape.curve } : {}),
    });
  }
  if (entry.curve && shape.curve !== entry.curve) {
    throw keyError(
      'KEY_WRONG_CURVE',
      `${entry.alg} needs curve ${entry.curve}, this key is on ${shape.curve}`,
      {
        alg: entry.alg,
        expected: entry.curve,
        found: shape.curve ?? 'unknown',
      },
    );
  }
  if (entry.kty === 'AKP' && shape.parameterSet !== undefined && shape.parameterSet !== entry.alg) {
    throw keyError(
      'KEY_WRONG_TYPE',
      `${entry.alg} needs an ${entry.alg} key, this is ${shape.parameterSet}`,
      {
        alg: entry.alg,
        expected: entry.alg,
        found: shape.parameterSet,
      },
    );
  }
  if (entry.minRsaBits && shape.modulusBits !== undefined && shape.modulusBits < entry.minRsaBits) {
    throw keyError(
      'KEY_RSA_TOO_SMALL',
      `RSA keys must be at least ${entry.minRsaBits} bits; this one has ${shape.modulusBits}`,
      {
        alg: entry.alg,
        bits: shape.modulusBits,
        min: entry.minRsaBits,
      },
    );
  }
}

/** RFC 7517 §4.2-§4.4: a JWK's own `use`, `key_ops` and `alg` must allow this use. */
export function assertJwkAllows(jwk: Jwk, entry: JwsAlgorithm, usage: KeyUsage): void {
  if (jwk.alg !== undefined && jwk.alg !== entry.alg) {
    throw keyError(
      'KEY_JWK_ALG_MISMATCH',
      `the JWK is for alg ${String(jwk.alg)}, the token uses ${entry.alg}`,
      {
        alg: entry.alg,
        jwkAlg: String(jwk.alg),
      },
    );
  }
  if (jwk.use !== undefined && jwk.use !== 'sig') {
    throw keyError('KEY_JWK_USE_MISMATCH', `the JWK's "use" is "${String(jwk.use)}", not "sig"`, {
      member: 'use',
      value: String(jwk.use),
    });
  }
  if (Array.isArray(jwk.key_ops) && !jwk.key_ops.includes(usage)) {
    throw keyError('KEY_JWK_USE_MISMATCH', `the JWK's "key_ops" do not include "${usage}"`, {
      member: 'key_ops',
      value: jwk.key_ops.join(','),
      usage,
    });
  }
}
