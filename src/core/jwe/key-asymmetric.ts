/**
 * RSA-OAEP* and ECDH-ES* keys: PEM (SPKI, X.509, PKCS#8, PKCS#1, SEC1), JWK or JWK Set, checked
 * against the alg and imported with its WebCrypto parameters; a private key gives its public
 * half for encryption.
 */
import { ecdhCurve, type EcdhCurveInfo } from './algorithms';
import { errorReason } from './bytes';
import { jwkAllows, jwkForImport, type Jwk, type KeyContext, type KeyRole } from './key-jwk';
import {
  fail,
  isFailure,
  jwksFacts,
  kidOf,
  readMaterial,
  type Failure,
  type JweKeyFacts,
  type JweKeyResult,
  type Material,
} from './key-material';
import { rsaImportParams } from './rsa-oaep';
import { curveCapability, isCapabilitySupported } from './support';

/** Type, curve and size against the alg, in that order (style.md: fail in a fixed order). */
function checkShape(material: Material, context: KeyContext): Failure | EcdhCurveInfo | undefined {
  const { shape } = material;
  const found = shape.kty ?? shape.curve ?? 'unknown';
  if (context.alg.keyKind === 'RSA') {
    if (shape.kty !== 'RSA') return fail('JWE_KEY_WRONG_TYPE', { expected: 'RSA', found });
    // RFC 7518 §4.2, §4.3: a key of size 2048 bits or larger MUST be used.
    if (shape.modulusBits !== undefined && shape.modulusBits < 2048) {
      return fail('JWE_KEY_RSA_TOO_SMALL', { bits: shape.modulusBits, minimum: 2048 });
    }
    return undefined;
  }
  if (shape.kty !== 'EC' && shape.kty !== 'OKP' && shape.curve === undefined) {
    return fail('JWE_KEY_WRONG_TYPE', { expected: 'EC or OKP', found });
  }
  const curve = ecdhCurve(shape.curve);
  if (!curve) return fail('JWE_KEY_WRONG_CURVE', { found: shape.curve ?? 'unknown' });
  if (context.epkCurve !== undefined && curve.crv !== context.epkCurve) {
    return fail('JWE_KEY_CURVE_MISMATCH', { expected: context.epkCurve, found: curve.crv });
  }
  return curve;
}

async function importAs(
  material: Material,
  params: Algorithm | RsaHashedImportParams | EcKeyImportParams,
  which: 'private' | 'public',
  usages: KeyUsage[],
  extractable: boolean,
): Promise<CryptoKey> {
  if (material.format === 'jwk') {
    return crypto.subtle.importKey(
      'jwk',
      jwkForImport(material.jwk, which === 'public'),
      params,
      extractable,
      usages,
    );
  }
  const data = material.kind === 'private' ? material.pkcs8 : material.spki;
  return crypto.subtle.importKey(
    material.kind === 'private' ? 'pkcs8' : 'spki',
    data as Uint8Array<ArrayBuffer>,
    params,
    extractable,
    usages,
  );
}

export async function readAsymmetric(
  text: string,
  context: KeyContext,
  role: KeyRole,
): Promise<JweKeyResult> {
  const chosen = readMaterial(text, context, role);
  if (isFailure(chosen)) return chosen;
  const { material } = chosen;
  const shaped = checkShape(material, context);
  if (shaped && 'ok' in shaped) return shaped;
  const curve = shaped;
  if (material.format === 'jwk') {
    const problem = jwkAllows(material.jwk, context, role);
    if (problem) return fail(problem.code, problem.detail);
  }
  if (role === 'decrypt' && material.kind !== 'private') return fail('JWE_KEY_PUBLIC_ONLY');
  if (curve && !(await isCapabilitySupported(curveCapability(curve.crv)))) {
    return fail('JWE_CURVE_UNSUPPORTED', {
      name: curve.crv,
      capability: curveCapability(curve.crv),
    });
  }
  const params = curve ? curve.importParams : rsaImportParams(context.alg);
  const privateUsages: KeyUsage[] = curve ? ['deriveBits'] : ['decrypt'];
  const publicUsages: KeyUsage[] = curve ? [] : ['encrypt'];
  const facts: JweKeyFacts = {
    format: chosen.jwksIndex === undefined ? material.format : 'jwks',
    kind: material.kind === 'private' ? 'private' : 'public',
    kty: curve ? curve.kty : 'RSA',
    ...(curve ? { curve: curve.crv } : {}),
    ...(material.shape.modulusBits !== undefined ? { bits: material.shape.modulusBits } : {}),
    ...(material.format === 'jwk' ? kidOf(material.jwk) : {}),
    ...jwksFacts(chosen),
  };
  try {
    let privateKey: CryptoKey | undefined;
    let publicKey: CryptoKey | undefined;
    if (material.kind === 'private') {
      privateKey = await importAs(material, params, 'private', privateUsages, role === 'encrypt');
      if (role === 'encrypt') {
        // The public half of a private key: its JWK without the private members.
        const jwk = await crypto.subtle.exportKey('jwk', privateKey);
        publicKey = await crypto.subtle.importKey(
          'jwk',
          jwkForImport(jwk as Jwk, true),
          params,
          true,
          publicUsages,
        );
      }
    } else {
      publicKey = await importAs(material, params, 'public', publicUsages, true);
    }
    const keys = { ...(privateKey ? { privateKey } : {}), ...(publicKey ? { publicKey } : {}) };
    return {
      ok: true,
      key: curve ? { kind: 'ECDH', curve, ...keys, facts } : { kind: 'RSA', ...keys, facts },
    };
  } catch (error) {
    return fail('JWE_KEY_IMPORT_FAILED', { reason: errorReason(error) });
  }
}
