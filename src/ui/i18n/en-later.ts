import type { DiagnosticCode } from '../../core/diagnostics';
import type { KeyErrorCode } from '../../core/keys/errors';
import type { LintRule } from '../../core/lints/rules';
import { strictEn } from './messages/strict';

/** Every diagnostic, key error and security check has its words here (complete.ts checks). */
type LaterCodeMessages = Record<`diag.${DiagnosticCode}`, string> &
  Record<`keyerr.${KeyErrorCode}`, string> &
  Record<`lint.${LintRule}`, string>;

/**
 * The English words the first screen can do without: diagnostics, key errors, security checks,
 * claim details, example names. A chunk of their own, loaded after the first paint
 * (docs/performance.md); `t()` has them from then on.
 */
export const enLater = {
  'verdict.SIGNATURE_WRONG_LENGTH':
    'The signature is {actual} bytes long; {alg} signatures with this key are {expected} bytes.',
  'verdict.SIGNATURE_DER_ENCODED':
    'The signature is DER-encoded (ASN.1), as OpenSSL and Java produce; JWS needs the raw R‖S form (RFC 7518 §3.4). Converted, it would verify: fix the signer.',
  'verdict.SIGNATURE_DER_ENCODED.no':
    'The signature is DER-encoded (ASN.1), as OpenSSL and Java produce; JWS needs the raw R‖S form (RFC 7518 §3.4). Even converted, it does not verify with this key.',
  'verdict.UNSIGNED':
    'Unsigned token (alg "none"): there is no signature to check. Never accept such a token.',
  'verdict.UNSIGNED.withSignature':
    'alg "none" but the token carries a signature anyway: it is not checked, and such a token must be rejected.',
  'verdict.TOKEN_MALFORMED':
    'No signature to check: the token cannot be decoded (see the message above).',
  'verdict.TOKEN_IS_JWE':
    'This is an encrypted token (JWE): only its header can be read; the content needs the decryption key.',
  'verdict.ALG_UNKNOWN': 'The header\'s alg "{alg}" is not a JWS algorithm this page knows.',
  'verdict.ALG_UNSUPPORTED': '{alg} is not supported by this browser.',
  'verdict.KEY_UNUSABLE': 'The key cannot be used: see the message above.',
  'verdict.KEY_ALG_MISMATCH': 'The key is for {keyAlgorithm}, the token uses {alg}.',
  'verdict.KEY_CANNOT_VERIFY': 'This key cannot verify.',
  'verdict.PAYLOAD_DETACHED':
    'The payload is detached (RFC 7515 Appendix F): it is not in the token, so the signature cannot be checked here.',
  'verdict.VERIFY_FAILED': 'WebCrypto could not check the signature: {reason}',
  'verdict.malformed.textVerifies':
    'The token cannot be decoded (see the message above). The signature does match its text, but no conforming verifier accepts a token whose parts are not base64url: fix the issuer.',
  'verdict.encrypted':
    'An encrypted token (JWE): its content needs the decryption key before a signature can be checked.',
  'verdict.failed':
    'Something went wrong while checking this token: {error}. Edit it or reload the page.',
  'verdict.encrypted.unsigned':
    'Decrypted, and the content is not a JWS: there is no signature to check. Its integrity rests on the authentication tag.',
  'example.hs256-seed': 'HS256 — the classic example',
  'example.hs256': 'HS256 — HMAC with SHA-256',
  'example.hs384': 'HS384 — HMAC with SHA-384',
  'example.hs512': 'HS512 — HMAC with SHA-512',
  'example.rs256': 'RS256 — RSA PKCS#1 v1.5 with SHA-256',
  'example.rs384': 'RS384 — RSA PKCS#1 v1.5 with SHA-384',
  'example.rs512': 'RS512 — RSA PKCS#1 v1.5 with SHA-512',
  'example.ps256': 'PS256 — RSA-PSS with SHA-256',
  'example.ps384': 'PS384 — RSA-PSS with SHA-384',
  'example.ps512': 'PS512 — RSA-PSS with SHA-512',
  'example.es256': 'ES256 — ECDSA P-256 with SHA-256',
  'example.es384': 'ES384 — ECDSA P-384 with SHA-384',
  'example.es512': 'ES512 — ECDSA P-521 with SHA-512',
  'example.eddsa': 'EdDSA — Ed25519 signature',
  'example.ed25519': 'Ed25519 — fully-specified EdDSA',
  'example.ml-dsa-44': 'ML-DSA-44 — post-quantum signature (FIPS 204)',
  'example.ml-dsa-65': 'ML-DSA-65 — post-quantum signature (FIPS 204)',
  'example.ml-dsa-87': 'ML-DSA-87 — post-quantum signature (FIPS 204)',
  'example.none': 'none — unsigned token',
  'example.flask-access': 'Flask-JWT-Extended access token',
  'example.expired': 'ES256 — expired in 2020',
  'format.spki': 'PEM public key (SPKI)',
  'format.pkcs1-public': 'PEM RSA public key (PKCS#1)',
  'format.x509': 'X.509 certificate',
  'format.pkcs8': 'PEM private key (PKCS#8)',
  'format.pkcs1-private': 'PEM RSA private key (PKCS#1)',
  'format.sec1': 'PEM EC private key (SEC1)',
  'format.jwk': 'JWK',
  'format.jwks': 'JWK Set',
  'format.secret': 'Secret',
  'facts.public': 'public key',
  'facts.private': 'private key',
  'facts.secret': '{bytes}-byte secret',
  'facts.rsa': 'RSA {bits} bits',
  'facts.curve': '{kty} on {curve}',
  'facts.akp': '{parameterSet}',
  'facts.thumbprint': 'Thumbprint (RFC 7638):',
  'facts.detected': 'Detected: {format}',
  'jwks.byKid': "Key {which} of the set ({count} keys), chosen by the header's kid.",
  'jwks.byAlg': 'Key {which} of the set ({count} keys), the first that fits {alg}.',
  'jwks.passedOver': 'Passed over: {list}',
  'jwks.reason.kid-differs': 'another kid',
  'jwks.reason.use-not-sig': 'use is not "sig"',
  'jwks.reason.alg-differs': 'another alg',
  'jwks.reason.kty-differs': 'another key type',
  'jwks.reason.curve-differs': 'another curve',
  'hint.secretEncoding':
    'The secret verifies when read as {encoding}: set Secret encoding to {encoding}.',
  'diag.TOKEN_EMPTY': 'the token is empty.',
  'diag.TOKEN_PART_COUNT': 'a JWS has 3 parts separated by dots; this has {count}.',
  'diag.TOKEN_PART_COUNT.2':
    'only 2 parts: the signature part is missing (a JWS ends with a dot and the signature).',
  'diag.TOKEN_PART_COUNT.5': '5 parts: this is an encrypted token (JWE).',
  'diag.BASE64URL_INVALID_CHAR':
    'character "{char}" at position {offset} is not base64url (A–Z, a–z, 0–9, - and _).',
  'diag.BASE64URL_STANDARD_ALPHABET':
    '"{char}" at position {offset} is standard base64, not base64url: JWTs use - and _ instead of + and /.',
  'diag.BASE64URL_PADDING': '"=" padding at position {offset}: base64url in JWTs has no padding.',
  'diag.BASE64URL_BAD_LENGTH':
    'its length ({length} characters) cannot be base64url: a character is missing or extra.',
  'diag.HEADER_NOT_UTF8': 'the decoded bytes are not UTF-8 text.',
  'diag.PAYLOAD_NOT_UTF8': 'the decoded bytes are not UTF-8 text.',
  'diag.HEADER_JSON_SYNTAX': 'invalid JSON at line {line}, column {column}: {expected}.',
  'diag.PAYLOAD_JSON_SYNTAX': 'invalid JSON at line {line}, column {column}: {expected}.',
  'diag.PAYLOAD_NOT_JSON': "not JSON: shown as text. A JWT's payload must be a JSON object.",
  'diag.PAYLOAD_NOT_OBJECT': "JSON, but not an object: a JWT's claims must be a JSON object.",
  'diag.JSON_TOO_DEEP': 'the JSON is nested too deeply to show (line {line}, column {column}).',
  'diag.HEADER_NOT_OBJECT': 'the header must be a JSON object.',
  'diag.HEADER_NO_ALG': 'the header has no "alg".',
  'diag.HEADER_ALG_NOT_STRING': '"alg" must be a string.',
  'diag.ALG_UNKNOWN': '"{alg}" is not a JWS algorithm this page knows.',
  'diag.SIGN_NO_SECRET': 'enter the secret to sign a {alg} token.',
  'diag.SIGN_NO_PRIVATE_KEY': 'paste or generate a private key to sign a {alg} token.',
  'diag.SIGN_FAILED': 'signing failed: {reason}',
  'diag.SIGN_KEY_ALG_MISMATCH': 'the key is for {keyAlgorithm}, not {alg}.',
  'diag.JSON_UNSAFE_INTEGER':
    '{path} = {text} is beyond 2^53: JavaScript and many libraries round it. Shown and kept as written.',
  'diag.JSON_LOSSY_NUMBER': '{path} = {text} cannot be held exactly as a number: kept as written.',
  'diag.JSON_NOT_CANONICAL_NUMBER': '{path} = {text} is written unusually: kept as written.',
  'diag.JSON_DUPLICATE_KEY':
    'the name "{key}" appears twice: verifiers must reject this or use the last one (RFC 7515 §5.2).',
  'diag.PAYLOAD_DETACHED':
    'the payload part is empty: an empty payload, or detached content (RFC 7515 Appendix F).',
  'expected.value': 'expected a value',
  'expected.string': 'expected a name in double quotes',
  'expected.:': 'expected ":"',
  'expected.,': 'expected ","',
  'expected.}': 'expected "}"',
  'expected.]': 'expected "]"',
  'expected.,-or-}': 'expected "," or "}"',
  'expected.,-or-]': 'expected "," or "]"',
  'expected.end': 'unexpected text after the JSON',
  'expected.digit': 'expected a digit',
  'expected.hex-digit': 'expected a hex digit in the \\u escape',
  'expected.escape': 'invalid escape',
  'expected."': 'the string is not closed (expected a closing ")',
  'expected.true': 'expected true',
  'expected.false': 'expected false',
  'expected.null': 'expected null',
  'expected.control': 'a control character must be escaped inside a string (e.g. \\n)',
  'expected.unknown': 'unexpected character',
  'keyerr.KEY_EMPTY': 'no key given.',
  'keyerr.KEY_UNKNOWN_FORMAT': 'not a PEM key, certificate, JWK or JWK Set.',
  'keyerr.KEY_UNKNOWN_FORMAT.openssh':
    'an OpenSSH key: convert it to PEM (ssh-keygen -e -m PKCS8 -f key.pub).',
  'keyerr.KEY_BAD_PEM': 'the PEM is broken: {reason}.',
  'keyerr.KEY_BAD_PEM.no-begin': 'no -----BEGIN line',
  'keyerr.KEY_BAD_PEM.no-end': 'no -----END {label}----- line',
  'keyerr.KEY_BAD_PEM.label-mismatch': 'BEGIN {label} ends with END {endLabel}',
  'keyerr.KEY_BAD_PEM.bad-base64': 'the body is not base64',
  'keyerr.KEY_BAD_PEM.empty': 'the body is empty',
  'keyerr.KEY_UNSUPPORTED_PEM_LABEL': 'a "{label}" PEM is not a key this page reads.',
  'keyerr.KEY_ENCRYPTED':
    'the key is encrypted with a passphrase: decrypt it first (openssl pkey -in key.pem).',
  'keyerr.KEY_PEM_ARMOR_MISSING':
    'base64 key material without its PEM lines: add -----BEGIN {label}----- before it and -----END {label}----- after it.',
  'keyerr.KEY_BAD_DER': 'the {label} is damaged: its DER structure does not parse.',
  'keyerr.KEY_BAD_JWK': 'not a usable JWK: {reason}.',
  'keyerr.KEY_NO_MATCH_IN_JWKS':
    'no key in the JWK Set fits this token ({alg}{kidPart}). {reasons}',
  'keyerr.KEY_WRONG_TYPE': '{alg} needs an {expected} key; this is an {found} key.',
  'keyerr.KEY_WRONG_CURVE': '{alg} needs curve {expected}; this key is on {found}.',
  'keyerr.KEY_RSA_TOO_SMALL':
    'RSA keys must have at least {min} bits (RFC 7518 §3.3); this one has {bits}.',
  'keyerr.KEY_PUBLIC_CANNOT_SIGN': 'this is a public key: signing needs the private key.',
  'keyerr.KEY_JWK_ALG_MISMATCH': 'the JWK is for alg {jwkAlg}, the token uses {alg}.',
  'keyerr.KEY_JWK_USE_MISMATCH': 'the JWK\'s {member} ("{value}") does not allow signatures.',
  'keyerr.KEY_ALG_NOT_SUPPORTED': '{alg} is not supported by this browser.',
  'keyerr.KEY_ALG_UNUSABLE': 'alg {alg} takes no key.',
  'keyerr.KEY_SECRET_BAD_ENCODING': 'not valid {encoding}{at}.',
  'keyerr.KEY_IMPORT_FAILED': 'the browser refused the key: {reason}',
  'keyerr.at': ' ("{char}" at position {offset})',
  'diag.STRIPPED_BEARER': 'Removed the leading "Bearer " (from an Authorization header).',
  'diag.STRIPPED_WHITESPACE': 'Ignored white space around the token.',
  'notice.large':
    'This token is {size} MB. Servers usually refuse headers over 8 to 16 KB; the box draws only the part in view.',
  'notice.reencoded':
    "Re-encoded: the {part} bytes now differ from the pasted token's (white space or formatting).",
  'time.utc': 'UTC',
  'time.local': 'Local',
  'time.ms':
    'Looks like milliseconds: as milliseconds it would be {iso}. NumericDate counts seconds.',
  'time.status.expired': 'Expired',
  'time.status.valid': 'Valid',
  'time.status.notYetValid': 'Not yet valid',
  'time.status.inFuture': 'In the future',
  'time.status.past': 'In the past',
  'time.status.fresh': 'Fresh',
  'time.status.stale': 'No longer fresh',
  'time.expiresIn': 'expires {relative}',
  'time.expiredAgo': 'expired {relative}',
  'time.validFrom': 'valid from {relative}',
  'time.issued': 'issued {relative}',
  'time.lifetime': 'Lifetime: {duration}',
  'lint.alg-none':
    'alg is "{alg}": the token is not signed, so anyone can forge it. Verifiers must never accept "none"; spellings like "None" or "NONE" have been used to slip past checks.',
  'lint.hmac-secret-looks-like-public-key':
    'The secret is a public key. This is the algorithm-confusion attack: if a verifier takes the algorithm from the token, an attacker signs with HS256 using your public key, which everyone has, and the token passes.',
  'lint.hmac-secret-well-known':
    'This secret is on public lists of well-known JWT secrets: anyone can try them all in seconds and forge tokens.',
  'lint.hmac-secret-short':
    'The secret is {bytes} bytes; {alg} needs at least {minimum} (as long as the hash). Short secrets can be brute-forced offline from one token.',
  'lint.crit-unknown':
    '"crit" lists extensions this page does not understand ({reason}: {names}). A verifier must reject a token whose critical extensions it does not understand.',
  'lint.crit.reason.malformed': 'not a non-empty array of names',
  'lint.crit.reason.registered': 'names RFC 7515 already defines',
  'lint.crit.reason.absent': 'names missing from the header',
  'lint.crit.reason.not-understood': 'unknown names',
  'lint.crit.reason.duplicate': 'names listed twice',
  'lint.kid-injection':
    'The kid "{value}" holds {kind} characters. An attacker who controls kid can point a verifier that uses it in a file path or database query at a key of their choosing (for example /dev/null, an empty key).',
  'lint.kid.kind.path': 'file-path',
  'lint.kid.kind.sql': 'SQL',
  'lint.kid.kind.command': 'shell',
  'lint.header-jwk':
    'The header carries its own key (jwk). A verifier that trusts it accepts any token the attacker signs with their own key: use only keys you already know.',
  'lint.header-jku':
    'The header names a key set URL (jku: {value}). A verifier that fetches it lets the attacker choose the key, and may be made to call internal addresses (SSRF): allow-list such URLs or ignore them.',
  'lint.header-x5u':
    'The header names a certificate URL (x5u: {value}). Fetching it lets the attacker supply the key, and can reach internal addresses (SSRF): allow-list or ignore it.',
  'lint.header-x5c':
    'The header carries a certificate chain ({count} certificates). It proves nothing until the verifier validates it against its own trusted roots.',
  'lint.payload-is-jwe':
    'The payload is an encrypted JWE: this token was encrypted, then signed. A signature over ciphertext says nothing about who wrote the claims inside; the right order is sign, then encrypt (a nested JWT).',
  'lint.no-exp':
    'No exp: the token never expires, so a stolen token works forever. Set an expiration time.',
  'lint.long-lifetime':
    'The token lives {days} days (counted from {from}). Long-lived tokens stay useful to a thief; prefer minutes or hours, with refresh tokens.',
  'lint.numericdate-milliseconds':
    '{claim} is {value}, which looks like milliseconds: NumericDate counts seconds, so this means a date millennia away. As milliseconds it would be {isoIfMilliseconds}.',
  'lint.iat-in-future':
    "iat is {seconds} seconds in the future: the issuer's clock is ahead, or the token was made by hand.",
  'lint.nbf-in-future': 'nbf is {seconds} seconds in the future: the token is not valid yet.',
  'lint.sensitive-claim':
    'The claim "{claim}" looks like {category} data. Anyone holding the token can read its payload (it is only encoded, not encrypted): keep secrets and personal data out of JWTs.',
  'lint.sensitive.card-number':
    'The claim "{claim}" holds what looks like a payment card number ({brand}). Anyone holding the token can read it.',
  'lint.typ-missing':
    'No typ in the header. Explicit types (e.g. "at+jwt") keep one kind of token from being accepted as another.',
  'lint.category.credential': 'credential (password, secret or key)',
  'lint.category.payment': 'payment',
  'lint.category.personal': 'personal',
  'lint.from.iat': 'iat',
  'lint.from.nbf': 'nbf',
  'lint.from.now': 'now',
  'keyerr.jwk.bad-json': 'invalid JSON at line {line}, column {column}',
  'keyerr.jwk.not-object': 'the JSON is not an object',
  'keyerr.jwk.keys-not-array': '"keys" is not an array',
  'keyerr.jwk.empty-set': 'the JWK Set has no keys',
  'keyerr.jwk.no-kty': 'it has no "kty"',
  'keyerr.jwk.unknown-kty': 'unknown "kty" {kty}',
  'keyerr.jwk.bad-member': 'member "{member}" is missing or invalid',
  'keyerr.jwk.bad-set-entry': 'entry {index} of the set is not an object',
  'keyerr.kid': ', kid "{kid}"',
  'diag.TOKEN_IS_JWE':
    'An encrypted token (JWE): its header is shown; its content needs the decryption key.',
  'diag.STRIPPED_BEARER.header':
    'Removed the leading "Authorization: Bearer " (an HTTP header line).',
  'diag.STRIPPED_QUOTES': 'Removed the quotes ({char}…{char}) around the token.',
  'diag.TOKEN_FROM_JSON': 'Read the token from the JSON member "{member}".',
  'diag.TOKEN_FROM_JSON.others':
    'Read the token from the JSON member "{member}"; the JSON also holds {others}: paste one of those on its own to read it.',
  'diag.TOKEN_JOINED':
    'Joined the token: removed {count} white-space characters inside it, the first ("{char}") at position {offset}. It was probably broken over lines when copied.',
  'diag.TOKEN_URL_DECODED':
    'Decoded {count} URL escapes (such as %2E for a dot): the token was copied from a URL.',
  'diag.TOKEN_TRAILING_DOT': 'Removed a dot at the end, after the last part.',
  'diag.SIGN_ALG_UNKNOWN': '"{alg}" is not an algorithm this page can sign with.',
  'diag.SIGN_NO_KEY': '{alg} needs a key to sign.',
  'diag.SIGN_KEY_CANNOT_SIGN': 'the key cannot sign: give a private key or secret.',
  'keyerr.jwk.set-not-a-key': 'a JWK Set holds keys: paste the one key to use',

  // Issue 14 (strict and forgiving): its codes' messages live in messages/strict.ts.
  ...strictEn,
} as const satisfies LaterCodeMessages & Readonly<Record<string, string>>;

export type LaterKey = keyof typeof enLater;
export type LaterMessages = Readonly<Record<LaterKey, string>>;
