/**
 * English explanations: JOSE Header Parameters (RFC 7515, RFC 7516, RFC 7518, RFC 7797, RFC 8555). Keys as in src/core/claims/text-keys.ts.
 */
import type { ClaimTexts } from '../types';

export const headerEn: ClaimTexts = {
  // JOSE Header Parameters: RFC 7515 (JWS) and RFC 7516 (JWE).
  'header:alg': {
    title: 'Algorithm',
    description:
      'The algorithm that signs the token (JWS, e.g. HS256, RS256, ES256) or encrypts its key (JWE). Verifiers must decide which algorithms they accept from the key, never from this value: reject "none" and never use an RSA public key as an HS256 secret.',
  },
  'header:jku': {
    title: 'JWK Set URL',
    description:
      'A URL of a JWK Set holding the key that signed the token. A verifier must never fetch or trust keys from a URL named by the token itself unless that URL is on an allow-list.',
  },
  'header:jwk': {
    title: 'JSON Web Key (embedded)',
    description:
      'The public key itself, embedded in the header. A verifier must never trust a key supplied by the token without an allow-list; DPoP proofs and ACME requests carry it on purpose to prove possession of that key.',
  },
  'header:kid': {
    title: 'Key ID',
    description:
      "A hint naming the key that was used; verifiers use it to pick the key from a JWK Set. It is attacker-controlled text, so never put it into file paths or SQL queries; in ACME it is the account's URL.",
  },
  'header:x5u': {
    title: 'X.509 URL',
    description:
      'A URL of the X.509 certificate or chain for the signing key. A verifier must never fetch or trust a certificate named by the token itself without an allow-list, and must validate the chain.',
  },
  'header:x5c': {
    title: 'X.509 certificate chain',
    description:
      'An array of base64 (not base64url) DER certificates, the first holding the signing key. A verifier must validate the chain against its own trusted roots before trusting the key.',
  },
  'header:x5t': {
    title: 'X.509 thumbprint (SHA-1)',
    description:
      'The base64url SHA-1 digest of the DER certificate holding the key. Verifiers use it, like kid, to pick a certificate they already trust.',
  },
  'header:x5t#S256': {
    title: 'X.509 thumbprint (SHA-256)',
    description:
      'The base64url SHA-256 digest of the DER certificate holding the key. Verifiers use it, like kid, to pick a certificate they already trust.',
  },
  'header:typ': {
    title: 'Type',
    description:
      'The media type of the whole token, usually "JWT"; profiles set explicit types such as "at+jwt" (RFC 9068), "dpop+jwt" (RFC 9449) or "secevent+jwt" (RFC 8417). Checking it stops one kind of token being accepted as another.',
  },
  'header:cty': {
    title: 'Content type',
    description:
      'The media type of the payload. "JWT" means the payload is itself a JWT (a nested token, e.g. signed then encrypted); for ordinary JWTs it is left out.',
  },
  'header:crit': {
    title: 'Critical',
    description:
      'Lists extension Header Parameters the recipient must understand and process, such as ["b64"]. A recipient that does not understand one of them must reject the token.',
  },
  'header:enc': {
    title: 'Content encryption algorithm',
    description:
      'JWE only: the algorithm that encrypts the payload with the content encryption key, such as A256GCM or A128CBC-HS256.',
  },
  'header:zip': {
    title: 'Compression',
    description:
      'JWE only: "DEF" means the payload was compressed with DEFLATE before encryption. Recipients should cap the decompressed size to avoid decompression bombs.',
  },
  'header:epk': {
    title: 'Ephemeral public key',
    description:
      'The public key the sender generated for ECDH-ES key agreement; the recipient combines it with its private key to derive the key. Recipients must check the point lies on the expected curve.',
  },
  'header:apu': {
    title: 'Agreement PartyUInfo',
    description:
      'base64url information about the producer, such as its name, mixed into the ECDH-ES key derivation.',
  },
  'header:apv': {
    title: 'Agreement PartyVInfo',
    description:
      'base64url information about the recipient, such as its name, mixed into the ECDH-ES key derivation.',
  },
  'header:iv': {
    title: 'Initialization vector (key wrap)',
    description:
      'The 96-bit IV used by AES-GCM key wrapping (A128GCMKW and friends) to encrypt the content encryption key. It is not the IV of the content, which is a separate part of the JWE.',
  },
  'header:tag': {
    title: 'Authentication tag (key wrap)',
    description:
      'The 128-bit authentication tag from AES-GCM key wrapping of the content encryption key. It is not the tag of the content, which is a separate part of the JWE.',
  },
  'header:p2s': {
    title: 'PBES2 salt input',
    description:
      'base64url salt input for password-based encryption (PBES2), at least 8 bytes. The actual salt is the alg name, a zero byte and this value.',
  },
  'header:p2c': {
    title: 'PBES2 iteration count',
    description:
      'The number of PBKDF2 iterations for password-based encryption; at least 1000 is recommended. Recipients should cap it, since a huge count lets an attacker waste their CPU.',
  },
  'header:b64': {
    title: 'Base64url-encode payload',
    description:
      'false means the payload is not base64url-encoded and is signed as raw bytes (RFC 7797). It must also be listed in crit so that recipients who do not understand it reject the token.',
  },
  'header:url': {
    title: 'Request URL (ACME)',
    description:
      'The exact URL the ACME request is sent to. The server rejects the request if it does not match.',
  },
  'header:nonce': {
    title: 'Replay nonce (ACME)',
    description:
      "A value from the ACME server's Replay-Nonce response header. The server accepts each nonce only once, which protects against replayed requests.",
  },

  // Values with a meaning of their own (src/core/claims/header-values.ts).
  'header:typ=jwt': {
    title: 'typ "JWT": a JSON Web Token',
    description:
      'The token is a JWT (RFC 7519 §5.1). Many profiles define a more explicit type; a verifier that accepts "JWT" alone cannot tell an ID token from an access token or a logout token.',
  },
  'header:typ=at+jwt': {
    title: 'typ "at+jwt": an OAuth access token',
    description:
      'A JWT access token as RFC 9068 defines it. Resource servers should require this type, so that an ID token, which a client may hold for the same user, is never accepted as an access token.',
  },
  'header:typ=dpop+jwt': {
    title: 'typ "dpop+jwt": a DPoP proof',
    description:
      'A DPoP proof (RFC 9449 §4.2): signed by the key in its jwk header for one HTTP request (htm, htu). It proves possession of that key; it is not an access token.',
  },
  'header:typ=secevent+jwt': {
    title: 'typ "secevent+jwt": a Security Event Token',
    description:
      'A Security Event Token (RFC 8417), describing events in its events claim. It states that something happened and must not be accepted as an ID or access token.',
  },
  'header:typ=logout+jwt': {
    title: 'typ "logout+jwt": a logout token',
    description:
      'An OpenID Connect back-channel logout token, sent by the provider to end a session. Clients must not accept it as an ID token, nor an ID token as a logout token.',
  },
  'header:typ=token-introspection+jwt': {
    title: 'typ "token-introspection+jwt": a signed introspection response',
    description:
      'The signed response of a token introspection endpoint (RFC 9701), whose token_introspection claim holds what the authorization server says about another token.',
  },
  'header:typ=kb+jwt': {
    title: 'typ "kb+jwt": an SD-JWT Key Binding JWT',
    description:
      'The holder’s signature at the end of an SD-JWT presentation (RFC 9901 §4.3): signed with the key in cnf, for the aud and nonce of one verifier, over the presentation’s sd_hash. This typ is required.',
  },
  'header:typ=sd-jwt': {
    title: 'typ "sd-jwt": an SD-JWT',
    description:
      'The issuer-signed JWT of an SD-JWT (media type application/sd-jwt, RFC 9901). Disclosures follow it after "~"; only those the holder chose are presented.',
  },
  'header:typ=dc+sd-jwt': {
    title: 'typ "dc+sd-jwt": an SD-JWT VC',
    description:
      'The issuer-signed JWT of an SD-JWT-based verifiable credential (draft-ietf-oauth-sd-jwt-vc), as issued to EU digital identity wallets. Its payload must hold vct.',
  },
  'header:typ=vc+sd-jwt': {
    title: 'typ "vc+sd-jwt": an SD-JWT VC (former type)',
    description:
      'The type SD-JWT VCs used until November 2024, when it became "dc+sd-jwt". Verifiers and holders are asked to accept both for a transition period.',
  },
  'header:typ=jose': {
    title: 'typ "JOSE": a compact JWS or JWE',
    description:
      'Says only that the object is in the compact serialization of JWS or JWE (RFC 7515 §9.2), not what its payload is.',
  },
  'header:typ=jose+json': {
    title: 'typ "JOSE+JSON": a JSON-serialized JWS or JWE',
    description:
      'Says only that the object is in the JSON serialization of JWS or JWE (RFC 7515 §9.2), not what its payload is.',
  },
  'header:typ=*+sd-jwt': {
    title: 'An application type of SD-JWT',
    description:
      'A "+sd-jwt" suffix names an application’s own kind of SD-JWT, as RFC 9901 §9.11 recommends, such as "example+sd-jwt" in its examples. A verifier checks it is the type it expects.',
  },
  'header:typ=*+jwt': {
    title: 'An application type of JWT',
    description:
      'A "+jwt" suffix names a kind of JWT (explicit typing, RFC 8725 §3.11). Verifiers should require the type they expect, so that tokens made for one purpose cannot be used for another.',
  },
  'header:cty=jwt': {
    title: 'cty "JWT": a nested JWT',
    description:
      'The payload, or the decrypted plaintext of a JWE, is itself a JWT (RFC 7519 §5.2), typically signed then encrypted. The recipient verifies the inner token too.',
  },
  'header:zip=DEF': {
    title: 'zip "DEF": compressed with DEFLATE',
    description:
      'The plaintext was compressed with DEFLATE (RFC 1951) before encryption and must be inflated after decryption. Cap the inflated size, and do not compress data an attacker can influence.',
  },
};
