/** Typed access to x509.json and ml-dsa.json (made by scripts/make-x509-fixtures.mjs and
 * scripts/make-ml-dsa-fixtures.mjs; see README.md beside this file). */
import mlDsaJson from './ml-dsa.json';
import x509Json from './x509.json';

/** What `openssl x509 -noout -subject -issuer -dates -fingerprint` printed. */
export interface OpensslReading {
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly sha1: string;
  readonly sha256: string;
}

export interface CertificateFixture {
  readonly pem: string;
  readonly key: string;
  readonly openssl: OpensslReading;
  /** Python cryptography's Name.rfc4514_string(). */
  readonly cryptography: { readonly subject: string; readonly issuer: string };
}

/** `openssl verify` of one certificate against one issuer, or of a whole chain. */
export interface VerifyResult {
  readonly ok: boolean;
  readonly output: string;
}

export const x509 = x509Json as unknown as {
  readonly certificates: Readonly<Record<string, CertificateFixture>>;
  readonly links: readonly (VerifyResult & { readonly subject: string; readonly issuer: string })[];
  readonly chains: Readonly<Record<string, VerifyResult & { readonly certificates: string[] }>>;
  readonly jwks: Readonly<Record<'leafWithChain' | 'wrongX5t', Record<string, unknown>>>;
  readonly leafPublicJwk: Record<string, unknown>;
  readonly leafThumbprint: string;
  readonly tokens: Readonly<Record<'headerX5c' | 'headerWrongX5t' | 'headerJwk', string>>;
};

export function certificate(name: string): CertificateFixture {
  const fixture = x509.certificates[name];
  if (!fixture) throw new Error(`no certificate fixture named ${name}`);
  return fixture;
}

export const mlDsa = mlDsaJson as unknown as {
  readonly keys: Readonly<
    Record<string, { readonly spki: string; readonly jwk: Record<string, string> }>
  >;
  readonly rfc9964: {
    readonly kid: string;
    readonly jwk: Record<string, string>;
    readonly spki: string;
  };
};
