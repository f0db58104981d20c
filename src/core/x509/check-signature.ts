import { ecdsaDerToRaw } from '../jws/ecdsa';
import { children, DerError, expectTag, readWhole, TAG } from '../keys/der';
import { OID } from '../keys/oids';
import { shapeOfSpki } from '../keys/shape';
import { spkiFromPkcs1 } from '../keys/wrap';
import type { Certificate } from './certificate';
import { signatureScheme, type SignatureScheme } from './signature-algorithms';

export type SignatureStatus = 'valid' | 'invalid' | 'unsupported';

export interface SignatureCheck {
  readonly status: SignatureStatus;
  /** Why it is invalid or unsupported, for the page's words. */
  readonly reason?:
    | 'signature-mismatch'
    | 'key-type'
    | 'bad-signature-encoding'
    | 'bad-key'
    | 'algorithm'
    | 'runtime';
}

/** ECDSA R and S lengths per curve (RFC 5480 §2.1.1.1 curves, SEC 1). */
const EC_SIZES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

interface Prepared {
  readonly spki: Uint8Array;
  readonly importParams: Algorithm;
  readonly verifyParams: Algorithm;
  readonly signature: Uint8Array;
}

/** The issuer key and signature in the form WebCrypto takes, or why they cannot be. */
function prepare(
  scheme: SignatureScheme,
  certificate: Certificate,
  issuerSpki: Uint8Array,
): Prepared | SignatureCheck {
  const shape = shapeOfSpki(issuerSpki);
  const { signature } = certificate;
  switch (scheme.family) {
    case 'rsa-pkcs1':
    case 'rsa-pss': {
      if (shape.kty !== 'RSA') return { status: 'invalid', reason: 'key-type' };
      // WebCrypto imports rsaEncryption SPKIs only: an id-RSASSA-PSS key (RFC 4055 §1.2)
      // holds the same RSAPublicKey.
      const spki = shape.oid === OID.rsassaPss ? asRsaEncryption(issuerSpki) : issuerSpki;
      const name = scheme.family === 'rsa-pss' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
      return {
        spki,
        importParams: { name, hash: scheme.hash } as Algorithm,
        verifyParams: (scheme.family === 'rsa-pss'
          ? { name, saltLength: scheme.saltLength }
          : { name }) as Algorithm,
        signature,
      };
    }
    case 'ecdsa': {
      const size = shape.kty === 'EC' && shape.curve ? EC_SIZES[shape.curve] : undefined;
      if (shape.kty !== 'EC') return { status: 'invalid', reason: 'key-type' };
      if (size === undefined) return { status: 'unsupported', reason: 'algorithm' };
      // RFC 5758 §3.2: an Ecdsa-Sig-Value in DER; WebCrypto takes R || S.
      const raw = ecdsaDerToRaw(signature, size);
      if (!raw) return { status: 'invalid', reason: 'bad-signature-encoding' };
      return {
        spki: issuerSpki,
        importParams: { name: 'ECDSA', namedCurve: shape.curve } as Algorithm,
        verifyParams: { name: 'ECDSA', hash: scheme.hash } as Algorithm,
        signature: raw,
      };
    }
    case 'eddsa':
    case 'ml-dsa': {
      const keyAlgorithm = shape.kty === 'AKP' ? shape.parameterSet : shape.curve;
      if (!keyAlgorithm || keyAlgorithm !== scheme.keyAlgorithm) {
        return { status: 'invalid', reason: 'key-type' };
      }
      // No browser's WebCrypto has Ed448: say so the same way everywhere, Node included.
      if (keyAlgorithm === 'Ed448') return { status: 'unsupported', reason: 'algorithm' };
      const params = { name: keyAlgorithm };
      return { spki: issuerSpki, importParams: params, verifyParams: params, signature };
    }
  }
}

function asRsaEncryption(spki: Uint8Array): Uint8Array {
  const [, key] = children(expectTag(readWhole(spki), TAG.SEQUENCE, 'SubjectPublicKeyInfo'));
  return spkiFromPkcs1(expectTag(key, TAG.BIT_STRING, 'subjectPublicKey').value.subarray(1));
}

/** A WebCrypto failure as a status: an algorithm the runtime lacks, or a key it refuses. */
function statusOfError(error: unknown, stage: 'import' | 'verify'): SignatureCheck {
  if (error instanceof Error && error.name === 'NotSupportedError') {
    return { status: 'unsupported', reason: 'runtime' };
  }
  // Node and browsers throw TypeError or SyntaxError for an algorithm name they lack.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'SyntaxError')) {
    return { status: 'unsupported', reason: 'runtime' };
  }
  if (error instanceof Error && error.name === 'DataError') {
    return { status: 'invalid', reason: stage === 'import' ? 'bad-key' : 'bad-signature-encoding' };
  }
  throw error;
}

/**
 * Is `certificate` signed by the key in `issuerSpki`? Checked with WebCrypto over the DER of
 * tbsCertificate (RFC 5280 §4.1.1.3). Never throws for bad input: the status says what held.
 */
export async function checkSignature(
  certificate: Certificate,
  issuerSpki: Uint8Array,
): Promise<SignatureCheck> {
  const scheme = signatureScheme(certificate.signatureAlgorithm);
  if (!scheme) return { status: 'unsupported', reason: 'algorithm' };
  let prepared: Prepared | SignatureCheck;
  try {
    prepared = prepare(scheme, certificate, issuerSpki);
  } catch (error) {
    if (error instanceof DerError) return { status: 'invalid', reason: 'bad-key' };
    throw error;
  }
  if ('status' in prepared) return prepared;
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey(
      'spki',
      prepared.spki as BufferSource,
      prepared.importParams,
      false,
      ['verify'],
    );
  } catch (error) {
    return statusOfError(error, 'import');
  }
  try {
    const valid = await crypto.subtle.verify(
      prepared.verifyParams,
      key,
      prepared.signature as BufferSource,
      certificate.tbs as BufferSource,
    );
    return valid ? { status: 'valid' } : { status: 'invalid', reason: 'signature-mismatch' };
  } catch (error) {
    return statusOfError(error, 'verify');
  }
}
