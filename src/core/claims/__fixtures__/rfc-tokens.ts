/** DPoP, SD-JWT, SD-JWT VC and JWE examples from the RFCs and drafts (see provider-tokens.ts). */
import type { DocumentedToken } from './provider-tokens';

export const DPOP_PROOF: DocumentedToken = {
  name: 'DPoP proof for a resource request',
  source: {
    title: 'RFC 9449 §7.1 (DPoP proof JWT for the resource request)',
    url: 'https://www.rfc-editor.org/rfc/rfc9449#section-7.1',
  },
  header: {
    typ: 'dpop+jwt',
    alg: 'ES256',
    jwk: {
      kty: 'EC',
      x: 'l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs',
      y: '9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA',
      crv: 'P-256',
    },
  },
  payload: {
    jti: 'e1j3V_bKic8-LAEB',
    htm: 'GET',
    htu: 'https://resource.example.org/protectedresource',
    iat: 1562262618,
    ath: 'fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo',
  },
};

export const DPOP_BOUND_ACCESS_TOKEN: DocumentedToken = {
  name: 'DPoP-bound access token',
  source: {
    title: 'RFC 9449 §6.1 (JWK thumbprint confirmation method)',
    url: 'https://www.rfc-editor.org/rfc/rfc9449#section-6.1',
  },
  payload: {
    sub: 'someone@example.com',
    iss: 'https://server.example.com',
    nbf: 1562262611,
    exp: 1562266216,
    cnf: { jkt: '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I' },
  },
};

export const SD_JWT_ISSUER_JWT: DocumentedToken = {
  name: 'SD-JWT issuer-signed JWT',
  source: {
    title: 'RFC 9901 §5.1 (Issuance)',
    url: 'https://www.rfc-editor.org/rfc/rfc9901#section-5.1',
  },
  header: { alg: 'ES256', typ: 'example+sd-jwt' },
  payload: {
    _sd: [
      'CrQe7S5kqBAHt-nMYXgc6bdt2SH5aTY1sU_M-PgkjPI',
      'JzYjH4svliH0R3PyEMfeZu6Jt69u5qehZo7F7EPYlSE',
    ],
    iss: 'https://issuer.example.com',
    iat: 1683000000,
    exp: 1883000000,
    sub: 'user_42',
    nationalities: [{ '...': 'pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo' }],
    _sd_alg: 'sha-256',
    cnf: {
      jwk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc',
        y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ',
      },
    },
  },
};

export const SD_JWT_KB_JWT: DocumentedToken = {
  name: 'SD-JWT Key Binding JWT',
  source: {
    title: 'RFC 9901 §5.2 (Presentation)',
    url: 'https://www.rfc-editor.org/rfc/rfc9901#section-5.2',
  },
  header: { alg: 'ES256', typ: 'kb+jwt' },
  payload: {
    nonce: '1234567890',
    aud: 'https://verifier.example.org',
    iat: 1748361941,
    sd_hash: '1-Lcf6CiBmP72JDFuBF0bvalS-FzIlXyiCkJXp7pJmc',
  },
};

export const SD_JWT_VC: DocumentedToken = {
  name: 'SD-JWT VC issuer-signed JWT',
  source: {
    title: 'draft-ietf-oauth-sd-jwt-vc §3.2 (JOSE Header, JWT Claims Set)',
    url: 'https://datatracker.ietf.org/doc/draft-ietf-oauth-sd-jwt-vc/',
  },
  header: { alg: 'ES256', typ: 'dc+sd-jwt' },
  payload: {
    _sd: ['09vKrJMOlyTWM0sjpu_pdOBVBQ2M1y3KhpH515nXkpY'],
    iss: 'https://example.com/issuer',
    iat: 1683000000,
    exp: 1883000000,
    vct: 'https://credentials.example.com/identity_credential',
    'vct#integrity': 'sha256-WRL5ca_xGgX3c1VLmXfh-9cLlJNXN-TsMk-PmKjZ5t0',
    status: { status_list: { idx: 412, uri: 'https://example.com/statuslists/1' } },
    _sd_alg: 'sha-256',
    cnf: {
      jwk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc',
        y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ',
      },
    },
  },
};

/** JWE protected headers from the RFCs' examples. */
export const JWE_HEADERS: readonly {
  readonly source: string;
  readonly header: Readonly<Record<string, unknown>>;
}[] = [
  { source: 'RFC 7516 A.1', header: { alg: 'RSA-OAEP', enc: 'A256GCM' } },
  { source: 'RFC 7516 A.2', header: { alg: 'RSA1_5', enc: 'A128CBC-HS256' } },
  { source: 'RFC 7516 A.3', header: { alg: 'A128KW', enc: 'A128CBC-HS256' } },
  {
    source: 'RFC 7518 C',
    header: {
      alg: 'ECDH-ES',
      enc: 'A128GCM',
      apu: 'QWxpY2U',
      apv: 'Qm9i',
      epk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0',
        y: 'SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps',
      },
    },
  },
  {
    source: 'RFC 7520 §5.3',
    header: {
      alg: 'PBES2-HS512+A256KW',
      p2s: '8Q1SzinasR3xchYz6ZZcHA',
      p2c: 8192,
      cty: 'jwk-set+json',
      enc: 'A128CBC-HS256',
    },
  },
  {
    source: 'RFC 7520 §5.7',
    header: {
      alg: 'A256GCMKW',
      kid: '18ec08e1-bfa9-4d95-b205-2b4dd1d4321d',
      tag: 'kfPduVQ3T3H6vnewt--ksw',
      iv: 'KkYT0GX_2jHlfqN_',
      enc: 'A128CBC-HS256',
    },
  },
  {
    source: 'RFC 7520 §5.9',
    header: {
      alg: 'RSA-OAEP',
      kid: 'samwise.gamgee@hobbiton.example',
      enc: 'A128GCM',
      zip: 'DEF',
    },
  },
  { source: 'RFC 7519 A.2', header: { alg: 'RSA1_5', enc: 'A128CBC-HS256', cty: 'JWT' } },
];
