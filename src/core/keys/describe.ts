import type { Diagnostic } from '../diagnostics';
import { encodeBase64 } from '../encoding/base64url';
import { KeyError } from '../errors';
import { isJsonObject } from '../json/is-object';
import type { ChainReport, X509Finding } from '../x509';
import { inspectPemCertificates, inspectX5c } from '../x509/inspect';
import { certificatesFromX5c } from '../x509/sources';
import { parseCertificate } from '../x509/certificate';
import { DerError } from './der';
import { exportJwk } from './export';
import { keyFinding, type KeyFinding } from './details-codes';
import type { KeyErrorCode } from './errors';
import { isJwkObject, publicJwkOf, type Jwk } from './jwk';
import { toPem } from './pem';
import { readKeyText, type KeyMaterial } from './read';
import type { KeyShape } from './shape';
import { publicJwkFromSpki, spkiFromPublicJwk } from './spki-jwk';
import { jwkThumbprint } from './thumbprint';

/** A public key both ways, as the key details show it. */
export interface KeyViews {
  /** The public JWK: a JWK's own public members (kid, use, x5c… kept), else read from the SPKI. */
  readonly publicJwk: Jwk;
  /** SPKI as PEM (RFC 7468 §13): the key pasted, or the public half of a private key. */
  readonly spkiPem: string;
  /** RFC 7638 SHA-256 thumbprint, base64url. */
  readonly thumbprint: string;
  /** RFC 9278: the thumbprint as a URI. */
  readonly thumbprintUri: string;
  /** The JWK is an RFC 9964 AKP key (ML-DSA): `alg` names its parameter set, `pub` its bytes. */
  readonly akp: boolean;
}

export interface KeyDescription {
  /** Undefined for a secret, or a key type with no public form to show. */
  readonly views?: KeyViews;
  /** The key's certificates: the PEM blocks pasted, or the JWK's `x5c`. */
  readonly chain?: ChainReport;
  readonly findings: readonly (KeyFinding | X509Finding)[];
}

export type KeyDescriptionResult =
  ({ readonly ok: true } & KeyDescription) | { readonly ok: false; readonly code: KeyErrorCode };

export interface DescribeKeyInput {
  /** The key box's text. */
  readonly text: string;
  /** The public half WebCrypto derived on import, for a private PEM key (its DER may lack it). */
  readonly publicJwk?: Jwk;
  /** For a JWK Set: the index of the key the import chose (`ImportedKey.selection.index`). */
  readonly index?: number;
  /** Seconds since the epoch, for the certificates' dates. */
  readonly now: number;
  /** The token's protected header: a key that is the token's own is flagged (KEY_FROM_TOKEN). */
  readonly header?: unknown;
}

const THUMBPRINT_URI = 'urn:ietf:params:oauth:jwk-thumbprint:sha-256:';

/** WebCrypto parameters to import a private key of a shape, only to read its public half. */
function importParamsOf(shape: KeyShape): Algorithm | undefined {
  if (shape.kty === 'RSA') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as Algorithm;
  if (shape.kty === 'EC') return { name: 'ECDSA', namedCurve: shape.curve } as Algorithm;
  if (shape.kty === 'OKP' && shape.curve === 'Ed25519') return { name: 'Ed25519' };
  if (shape.kty === 'AKP' && shape.parameterSet) return { name: shape.parameterSet };
  return undefined;
}

/**
 * The public half of a PKCS#8 key, through WebCrypto (an Ed25519 or ML-DSA seed PKCS#8 holds
 * no public key to read). Undefined where this runtime cannot import it.
 */
async function publicHalfOfPkcs8(pkcs8: Uint8Array, shape: KeyShape): Promise<Jwk | undefined> {
  const params = importParamsOf(shape);
  if (!params) return undefined;
  try {
    const key = await crypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, params, true, [
      'sign',
    ]);
    return publicJwkOf(await exportJwk(key));
  } catch (error) {
    if (error instanceof Error && ['NotSupportedError', 'DataError'].includes(error.name)) {
      return undefined;
    }
    throw error;
  }
}

/** The JWK the material is, or holds, with only its public members. */
async function publicJwkOfMaterial(
  material: KeyMaterial,
  input: DescribeKeyInput,
): Promise<Jwk | undefined> {
  switch (material.format) {
    case 'spki':
    case 'pkcs1-public':
    case 'x509': {
      const read = publicJwkFromSpki(material.spki);
      return read.ok ? read.value : input.publicJwk;
    }
    case 'jwk':
      return material.kind === 'secret' ? undefined : publicJwkOf(material.jwk);
    case 'jwks': {
      const chosen = material.keys[input.index ?? 0];
      return isJwkObject(chosen) && chosen.kty !== 'oct' ? publicJwkOf(chosen) : undefined;
    }
    default:
      return input.publicJwk
        ? publicJwkOf(input.publicJwk)
        : publicHalfOfPkcs8(material.pkcs8, material.shape);
  }
}

/** Thumbprints of the keys a header carries: its `jwk`, and its first x5c certificate's key. */
async function headerKeyThumbprints(header: unknown): Promise<Map<string, 'jwk' | 'x5c'>> {
  const found = new Map<string, 'jwk' | 'x5c'>();
  if (!isJsonObject(header)) return found;
  if (isJsonObject(header.jwk)) {
    const thumbprint = await jwkThumbprint(header.jwk);
    if (thumbprint) found.set(thumbprint, 'jwk');
  }
  const [first] = certificatesFromX5c(header.x5c, 'header').ders;
  const jwk = first ? certificateJwk(first) : undefined;
  const thumbprint = jwk ? await jwkThumbprint(jwk) : undefined;
  if (thumbprint) found.set(thumbprint, 'x5c');
  return found;
}

function certificateJwk(der: Uint8Array): Jwk | undefined {
  try {
    const read = publicJwkFromSpki(parseCertificate(der).spki);
    return read.ok ? read.value : undefined;
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}

/**
 * What the key details show for a key box: the key as PEM and as JWK with its thumbprint, its
 * certificates checked, and whether it is the token's own key. Never throws for bad input.
 */
export async function describeKey(input: DescribeKeyInput): Promise<KeyDescriptionResult> {
  let material: KeyMaterial;
  try {
    material = readKeyText(input.text);
  } catch (error) {
    if (error instanceof KeyError) return { ok: false, code: error.code as KeyErrorCode };
    throw error;
  }
  const findings: (KeyFinding | X509Finding)[] = [];
  const publicJwk = await publicJwkOfMaterial(material, input);
  const spki =
    material.format === 'spki' || material.format === 'pkcs1-public' || material.format === 'x509'
      ? material.spki
      : publicJwk && spkiFromPublicJwk(publicJwk);
  const spkiBytes = spki instanceof Uint8Array ? spki : spki?.ok ? spki.value : undefined;
  const thumbprint = publicJwk ? await jwkThumbprint(publicJwk) : undefined;
  const views: KeyViews | undefined =
    publicJwk && spkiBytes && thumbprint
      ? {
          publicJwk,
          spkiPem: toPem('PUBLIC KEY', encodeBase64(spkiBytes)),
          thumbprint,
          thumbprintUri: `${THUMBPRINT_URI}${thumbprint}`,
          akp: publicJwk.kty === 'AKP',
        }
      : undefined;

  let chain: ChainReport | undefined;
  if (material.format === 'x509') {
    chain = await inspectPemCertificates(input.text, { now: input.now, part: 'key' });
  } else if (publicJwk?.x5c !== undefined) {
    chain = await inspectX5c(publicJwk, { now: input.now, part: 'key' });
    const certified = chain?.certificates[0]?.index === 0 ? chain.certificates[0] : undefined;
    const certifiedThumbprint = certified?.publicJwk && (await jwkThumbprint(certified.publicJwk));
    if (certified && certifiedThumbprint !== thumbprint) {
      findings.push(keyFinding('KEY_X5C_MISMATCH', 'key', 'error'));
    }
  }
  if (chain) findings.push(...chain.findings);

  const source = thumbprint
    ? (await headerKeyThumbprints(input.header)).get(thumbprint)
    : undefined;
  if (source) findings.push(keyFinding('KEY_FROM_TOKEN', 'key', 'warning', { source }));
  return {
    ok: true,
    ...(views ? { views } : {}),
    ...(chain ? { chain } : {}),
    findings: sortBySeverity(findings),
  };
}

const ORDER: Readonly<Record<Diagnostic['severity'], number>> = { error: 0, warning: 1, info: 2 };

function sortBySeverity<T extends { readonly severity: Diagnostic['severity'] }>(
  findings: T[],
): T[] {
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
